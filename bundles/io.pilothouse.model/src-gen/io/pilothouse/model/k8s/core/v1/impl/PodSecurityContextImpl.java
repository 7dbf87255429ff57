/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.AppArmorProfile;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.PodSecurityContext;
import io.pilothouse.model.k8s.core.v1.SELinuxOptions;
import io.pilothouse.model.k8s.core.v1.SeccompProfile;
import io.pilothouse.model.k8s.core.v1.Sysctl;
import io.pilothouse.model.k8s.core.v1.WindowsSecurityContextOptions;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pod Security Context</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSecurityContextImpl#getAppArmorProfile <em>App Armor Profile</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSecurityContextImpl#getFsGroup <em>Fs Group</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSecurityContextImpl#getFsGroupChangePolicy <em>Fs Group Change Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSecurityContextImpl#getRunAsGroup <em>Run As Group</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSecurityContextImpl#getRunAsNonRoot <em>Run As Non Root</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSecurityContextImpl#getRunAsUser <em>Run As User</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSecurityContextImpl#getSeLinuxChangePolicy <em>Se Linux Change Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSecurityContextImpl#getSeLinuxOptions <em>Se Linux Options</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSecurityContextImpl#getSeccompProfile <em>Seccomp Profile</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSecurityContextImpl#getSupplementalGroups <em>Supplemental Groups</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSecurityContextImpl#getSupplementalGroupsPolicy <em>Supplemental Groups Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSecurityContextImpl#getSysctls <em>Sysctls</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSecurityContextImpl#getWindowsOptions <em>Windows Options</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PodSecurityContextImpl extends MinimalEObjectImpl.Container implements PodSecurityContext {
	/**
	 * The cached value of the '{@link #getAppArmorProfile() <em>App Armor Profile</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppArmorProfile()
	 * @generated
	 * @ordered
	 */
	protected AppArmorProfile appArmorProfile;

	/**
	 * The default value of the '{@link #getFsGroup() <em>Fs Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFsGroup()
	 * @generated
	 * @ordered
	 */
	protected static final Long FS_GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFsGroup() <em>Fs Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFsGroup()
	 * @generated
	 * @ordered
	 */
	protected Long fsGroup = FS_GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getFsGroupChangePolicy() <em>Fs Group Change Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFsGroupChangePolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String FS_GROUP_CHANGE_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFsGroupChangePolicy() <em>Fs Group Change Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFsGroupChangePolicy()
	 * @generated
	 * @ordered
	 */
	protected String fsGroupChangePolicy = FS_GROUP_CHANGE_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #getRunAsGroup() <em>Run As Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunAsGroup()
	 * @generated
	 * @ordered
	 */
	protected static final Long RUN_AS_GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRunAsGroup() <em>Run As Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunAsGroup()
	 * @generated
	 * @ordered
	 */
	protected Long runAsGroup = RUN_AS_GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getRunAsNonRoot() <em>Run As Non Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunAsNonRoot()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean RUN_AS_NON_ROOT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRunAsNonRoot() <em>Run As Non Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunAsNonRoot()
	 * @generated
	 * @ordered
	 */
	protected Boolean runAsNonRoot = RUN_AS_NON_ROOT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRunAsUser() <em>Run As User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunAsUser()
	 * @generated
	 * @ordered
	 */
	protected static final Long RUN_AS_USER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRunAsUser() <em>Run As User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunAsUser()
	 * @generated
	 * @ordered
	 */
	protected Long runAsUser = RUN_AS_USER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeLinuxChangePolicy() <em>Se Linux Change Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeLinuxChangePolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String SE_LINUX_CHANGE_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSeLinuxChangePolicy() <em>Se Linux Change Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeLinuxChangePolicy()
	 * @generated
	 * @ordered
	 */
	protected String seLinuxChangePolicy = SE_LINUX_CHANGE_POLICY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSeLinuxOptions() <em>Se Linux Options</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeLinuxOptions()
	 * @generated
	 * @ordered
	 */
	protected SELinuxOptions seLinuxOptions;

	/**
	 * The cached value of the '{@link #getSeccompProfile() <em>Seccomp Profile</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeccompProfile()
	 * @generated
	 * @ordered
	 */
	protected SeccompProfile seccompProfile;

	/**
	 * The cached value of the '{@link #getSupplementalGroups() <em>Supplemental Groups</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupplementalGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<Long> supplementalGroups;

	/**
	 * The default value of the '{@link #getSupplementalGroupsPolicy() <em>Supplemental Groups Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupplementalGroupsPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String SUPPLEMENTAL_GROUPS_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupplementalGroupsPolicy() <em>Supplemental Groups Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupplementalGroupsPolicy()
	 * @generated
	 * @ordered
	 */
	protected String supplementalGroupsPolicy = SUPPLEMENTAL_GROUPS_POLICY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSysctls() <em>Sysctls</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSysctls()
	 * @generated
	 * @ordered
	 */
	protected EList<Sysctl> sysctls;

	/**
	 * The cached value of the '{@link #getWindowsOptions() <em>Windows Options</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowsOptions()
	 * @generated
	 * @ordered
	 */
	protected WindowsSecurityContextOptions windowsOptions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PodSecurityContextImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.POD_SECURITY_CONTEXT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AppArmorProfile getAppArmorProfile() {
		return appArmorProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAppArmorProfile(AppArmorProfile newAppArmorProfile, NotificationChain msgs) {
		AppArmorProfile oldAppArmorProfile = appArmorProfile;
		appArmorProfile = newAppArmorProfile;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SECURITY_CONTEXT__APP_ARMOR_PROFILE, oldAppArmorProfile, newAppArmorProfile);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAppArmorProfile(AppArmorProfile newAppArmorProfile) {
		if (newAppArmorProfile != appArmorProfile) {
			NotificationChain msgs = null;
			if (appArmorProfile != null)
				msgs = ((InternalEObject)appArmorProfile).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_SECURITY_CONTEXT__APP_ARMOR_PROFILE, null, msgs);
			if (newAppArmorProfile != null)
				msgs = ((InternalEObject)newAppArmorProfile).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_SECURITY_CONTEXT__APP_ARMOR_PROFILE, null, msgs);
			msgs = basicSetAppArmorProfile(newAppArmorProfile, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SECURITY_CONTEXT__APP_ARMOR_PROFILE, newAppArmorProfile, newAppArmorProfile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getFsGroup() {
		return fsGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFsGroup(Long newFsGroup) {
		Long oldFsGroup = fsGroup;
		fsGroup = newFsGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SECURITY_CONTEXT__FS_GROUP, oldFsGroup, fsGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFsGroupChangePolicy() {
		return fsGroupChangePolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFsGroupChangePolicy(String newFsGroupChangePolicy) {
		String oldFsGroupChangePolicy = fsGroupChangePolicy;
		fsGroupChangePolicy = newFsGroupChangePolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SECURITY_CONTEXT__FS_GROUP_CHANGE_POLICY, oldFsGroupChangePolicy, fsGroupChangePolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getRunAsGroup() {
		return runAsGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRunAsGroup(Long newRunAsGroup) {
		Long oldRunAsGroup = runAsGroup;
		runAsGroup = newRunAsGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SECURITY_CONTEXT__RUN_AS_GROUP, oldRunAsGroup, runAsGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getRunAsNonRoot() {
		return runAsNonRoot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRunAsNonRoot(Boolean newRunAsNonRoot) {
		Boolean oldRunAsNonRoot = runAsNonRoot;
		runAsNonRoot = newRunAsNonRoot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SECURITY_CONTEXT__RUN_AS_NON_ROOT, oldRunAsNonRoot, runAsNonRoot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getRunAsUser() {
		return runAsUser;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRunAsUser(Long newRunAsUser) {
		Long oldRunAsUser = runAsUser;
		runAsUser = newRunAsUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SECURITY_CONTEXT__RUN_AS_USER, oldRunAsUser, runAsUser));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSeLinuxChangePolicy() {
		return seLinuxChangePolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeLinuxChangePolicy(String newSeLinuxChangePolicy) {
		String oldSeLinuxChangePolicy = seLinuxChangePolicy;
		seLinuxChangePolicy = newSeLinuxChangePolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SECURITY_CONTEXT__SE_LINUX_CHANGE_POLICY, oldSeLinuxChangePolicy, seLinuxChangePolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SELinuxOptions getSeLinuxOptions() {
		return seLinuxOptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSeLinuxOptions(SELinuxOptions newSeLinuxOptions, NotificationChain msgs) {
		SELinuxOptions oldSeLinuxOptions = seLinuxOptions;
		seLinuxOptions = newSeLinuxOptions;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SECURITY_CONTEXT__SE_LINUX_OPTIONS, oldSeLinuxOptions, newSeLinuxOptions);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeLinuxOptions(SELinuxOptions newSeLinuxOptions) {
		if (newSeLinuxOptions != seLinuxOptions) {
			NotificationChain msgs = null;
			if (seLinuxOptions != null)
				msgs = ((InternalEObject)seLinuxOptions).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_SECURITY_CONTEXT__SE_LINUX_OPTIONS, null, msgs);
			if (newSeLinuxOptions != null)
				msgs = ((InternalEObject)newSeLinuxOptions).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_SECURITY_CONTEXT__SE_LINUX_OPTIONS, null, msgs);
			msgs = basicSetSeLinuxOptions(newSeLinuxOptions, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SECURITY_CONTEXT__SE_LINUX_OPTIONS, newSeLinuxOptions, newSeLinuxOptions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SeccompProfile getSeccompProfile() {
		return seccompProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSeccompProfile(SeccompProfile newSeccompProfile, NotificationChain msgs) {
		SeccompProfile oldSeccompProfile = seccompProfile;
		seccompProfile = newSeccompProfile;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SECURITY_CONTEXT__SECCOMP_PROFILE, oldSeccompProfile, newSeccompProfile);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeccompProfile(SeccompProfile newSeccompProfile) {
		if (newSeccompProfile != seccompProfile) {
			NotificationChain msgs = null;
			if (seccompProfile != null)
				msgs = ((InternalEObject)seccompProfile).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_SECURITY_CONTEXT__SECCOMP_PROFILE, null, msgs);
			if (newSeccompProfile != null)
				msgs = ((InternalEObject)newSeccompProfile).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_SECURITY_CONTEXT__SECCOMP_PROFILE, null, msgs);
			msgs = basicSetSeccompProfile(newSeccompProfile, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SECURITY_CONTEXT__SECCOMP_PROFILE, newSeccompProfile, newSeccompProfile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Long> getSupplementalGroups() {
		if (supplementalGroups == null) {
			supplementalGroups = new EDataTypeUniqueEList<Long>(Long.class, this, CoreV1Package.POD_SECURITY_CONTEXT__SUPPLEMENTAL_GROUPS);
		}
		return supplementalGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSupplementalGroupsPolicy() {
		return supplementalGroupsPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupplementalGroupsPolicy(String newSupplementalGroupsPolicy) {
		String oldSupplementalGroupsPolicy = supplementalGroupsPolicy;
		supplementalGroupsPolicy = newSupplementalGroupsPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SECURITY_CONTEXT__SUPPLEMENTAL_GROUPS_POLICY, oldSupplementalGroupsPolicy, supplementalGroupsPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Sysctl> getSysctls() {
		if (sysctls == null) {
			sysctls = new EObjectContainmentEList<Sysctl>(Sysctl.class, this, CoreV1Package.POD_SECURITY_CONTEXT__SYSCTLS);
		}
		return sysctls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WindowsSecurityContextOptions getWindowsOptions() {
		return windowsOptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetWindowsOptions(WindowsSecurityContextOptions newWindowsOptions, NotificationChain msgs) {
		WindowsSecurityContextOptions oldWindowsOptions = windowsOptions;
		windowsOptions = newWindowsOptions;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SECURITY_CONTEXT__WINDOWS_OPTIONS, oldWindowsOptions, newWindowsOptions);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindowsOptions(WindowsSecurityContextOptions newWindowsOptions) {
		if (newWindowsOptions != windowsOptions) {
			NotificationChain msgs = null;
			if (windowsOptions != null)
				msgs = ((InternalEObject)windowsOptions).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_SECURITY_CONTEXT__WINDOWS_OPTIONS, null, msgs);
			if (newWindowsOptions != null)
				msgs = ((InternalEObject)newWindowsOptions).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_SECURITY_CONTEXT__WINDOWS_OPTIONS, null, msgs);
			msgs = basicSetWindowsOptions(newWindowsOptions, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SECURITY_CONTEXT__WINDOWS_OPTIONS, newWindowsOptions, newWindowsOptions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.POD_SECURITY_CONTEXT__APP_ARMOR_PROFILE:
				return basicSetAppArmorProfile(null, msgs);
			case CoreV1Package.POD_SECURITY_CONTEXT__SE_LINUX_OPTIONS:
				return basicSetSeLinuxOptions(null, msgs);
			case CoreV1Package.POD_SECURITY_CONTEXT__SECCOMP_PROFILE:
				return basicSetSeccompProfile(null, msgs);
			case CoreV1Package.POD_SECURITY_CONTEXT__SYSCTLS:
				return ((InternalEList<?>)getSysctls()).basicRemove(otherEnd, msgs);
			case CoreV1Package.POD_SECURITY_CONTEXT__WINDOWS_OPTIONS:
				return basicSetWindowsOptions(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.POD_SECURITY_CONTEXT__APP_ARMOR_PROFILE:
				return getAppArmorProfile();
			case CoreV1Package.POD_SECURITY_CONTEXT__FS_GROUP:
				return getFsGroup();
			case CoreV1Package.POD_SECURITY_CONTEXT__FS_GROUP_CHANGE_POLICY:
				return getFsGroupChangePolicy();
			case CoreV1Package.POD_SECURITY_CONTEXT__RUN_AS_GROUP:
				return getRunAsGroup();
			case CoreV1Package.POD_SECURITY_CONTEXT__RUN_AS_NON_ROOT:
				return getRunAsNonRoot();
			case CoreV1Package.POD_SECURITY_CONTEXT__RUN_AS_USER:
				return getRunAsUser();
			case CoreV1Package.POD_SECURITY_CONTEXT__SE_LINUX_CHANGE_POLICY:
				return getSeLinuxChangePolicy();
			case CoreV1Package.POD_SECURITY_CONTEXT__SE_LINUX_OPTIONS:
				return getSeLinuxOptions();
			case CoreV1Package.POD_SECURITY_CONTEXT__SECCOMP_PROFILE:
				return getSeccompProfile();
			case CoreV1Package.POD_SECURITY_CONTEXT__SUPPLEMENTAL_GROUPS:
				return getSupplementalGroups();
			case CoreV1Package.POD_SECURITY_CONTEXT__SUPPLEMENTAL_GROUPS_POLICY:
				return getSupplementalGroupsPolicy();
			case CoreV1Package.POD_SECURITY_CONTEXT__SYSCTLS:
				return getSysctls();
			case CoreV1Package.POD_SECURITY_CONTEXT__WINDOWS_OPTIONS:
				return getWindowsOptions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CoreV1Package.POD_SECURITY_CONTEXT__APP_ARMOR_PROFILE:
				setAppArmorProfile((AppArmorProfile)newValue);
				return;
			case CoreV1Package.POD_SECURITY_CONTEXT__FS_GROUP:
				setFsGroup((Long)newValue);
				return;
			case CoreV1Package.POD_SECURITY_CONTEXT__FS_GROUP_CHANGE_POLICY:
				setFsGroupChangePolicy((String)newValue);
				return;
			case CoreV1Package.POD_SECURITY_CONTEXT__RUN_AS_GROUP:
				setRunAsGroup((Long)newValue);
				return;
			case CoreV1Package.POD_SECURITY_CONTEXT__RUN_AS_NON_ROOT:
				setRunAsNonRoot((Boolean)newValue);
				return;
			case CoreV1Package.POD_SECURITY_CONTEXT__RUN_AS_USER:
				setRunAsUser((Long)newValue);
				return;
			case CoreV1Package.POD_SECURITY_CONTEXT__SE_LINUX_CHANGE_POLICY:
				setSeLinuxChangePolicy((String)newValue);
				return;
			case CoreV1Package.POD_SECURITY_CONTEXT__SE_LINUX_OPTIONS:
				setSeLinuxOptions((SELinuxOptions)newValue);
				return;
			case CoreV1Package.POD_SECURITY_CONTEXT__SECCOMP_PROFILE:
				setSeccompProfile((SeccompProfile)newValue);
				return;
			case CoreV1Package.POD_SECURITY_CONTEXT__SUPPLEMENTAL_GROUPS:
				getSupplementalGroups().clear();
				getSupplementalGroups().addAll((Collection<? extends Long>)newValue);
				return;
			case CoreV1Package.POD_SECURITY_CONTEXT__SUPPLEMENTAL_GROUPS_POLICY:
				setSupplementalGroupsPolicy((String)newValue);
				return;
			case CoreV1Package.POD_SECURITY_CONTEXT__SYSCTLS:
				getSysctls().clear();
				getSysctls().addAll((Collection<? extends Sysctl>)newValue);
				return;
			case CoreV1Package.POD_SECURITY_CONTEXT__WINDOWS_OPTIONS:
				setWindowsOptions((WindowsSecurityContextOptions)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CoreV1Package.POD_SECURITY_CONTEXT__APP_ARMOR_PROFILE:
				setAppArmorProfile((AppArmorProfile)null);
				return;
			case CoreV1Package.POD_SECURITY_CONTEXT__FS_GROUP:
				setFsGroup(FS_GROUP_EDEFAULT);
				return;
			case CoreV1Package.POD_SECURITY_CONTEXT__FS_GROUP_CHANGE_POLICY:
				setFsGroupChangePolicy(FS_GROUP_CHANGE_POLICY_EDEFAULT);
				return;
			case CoreV1Package.POD_SECURITY_CONTEXT__RUN_AS_GROUP:
				setRunAsGroup(RUN_AS_GROUP_EDEFAULT);
				return;
			case CoreV1Package.POD_SECURITY_CONTEXT__RUN_AS_NON_ROOT:
				setRunAsNonRoot(RUN_AS_NON_ROOT_EDEFAULT);
				return;
			case CoreV1Package.POD_SECURITY_CONTEXT__RUN_AS_USER:
				setRunAsUser(RUN_AS_USER_EDEFAULT);
				return;
			case CoreV1Package.POD_SECURITY_CONTEXT__SE_LINUX_CHANGE_POLICY:
				setSeLinuxChangePolicy(SE_LINUX_CHANGE_POLICY_EDEFAULT);
				return;
			case CoreV1Package.POD_SECURITY_CONTEXT__SE_LINUX_OPTIONS:
				setSeLinuxOptions((SELinuxOptions)null);
				return;
			case CoreV1Package.POD_SECURITY_CONTEXT__SECCOMP_PROFILE:
				setSeccompProfile((SeccompProfile)null);
				return;
			case CoreV1Package.POD_SECURITY_CONTEXT__SUPPLEMENTAL_GROUPS:
				getSupplementalGroups().clear();
				return;
			case CoreV1Package.POD_SECURITY_CONTEXT__SUPPLEMENTAL_GROUPS_POLICY:
				setSupplementalGroupsPolicy(SUPPLEMENTAL_GROUPS_POLICY_EDEFAULT);
				return;
			case CoreV1Package.POD_SECURITY_CONTEXT__SYSCTLS:
				getSysctls().clear();
				return;
			case CoreV1Package.POD_SECURITY_CONTEXT__WINDOWS_OPTIONS:
				setWindowsOptions((WindowsSecurityContextOptions)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CoreV1Package.POD_SECURITY_CONTEXT__APP_ARMOR_PROFILE:
				return appArmorProfile != null;
			case CoreV1Package.POD_SECURITY_CONTEXT__FS_GROUP:
				return FS_GROUP_EDEFAULT == null ? fsGroup != null : !FS_GROUP_EDEFAULT.equals(fsGroup);
			case CoreV1Package.POD_SECURITY_CONTEXT__FS_GROUP_CHANGE_POLICY:
				return FS_GROUP_CHANGE_POLICY_EDEFAULT == null ? fsGroupChangePolicy != null : !FS_GROUP_CHANGE_POLICY_EDEFAULT.equals(fsGroupChangePolicy);
			case CoreV1Package.POD_SECURITY_CONTEXT__RUN_AS_GROUP:
				return RUN_AS_GROUP_EDEFAULT == null ? runAsGroup != null : !RUN_AS_GROUP_EDEFAULT.equals(runAsGroup);
			case CoreV1Package.POD_SECURITY_CONTEXT__RUN_AS_NON_ROOT:
				return RUN_AS_NON_ROOT_EDEFAULT == null ? runAsNonRoot != null : !RUN_AS_NON_ROOT_EDEFAULT.equals(runAsNonRoot);
			case CoreV1Package.POD_SECURITY_CONTEXT__RUN_AS_USER:
				return RUN_AS_USER_EDEFAULT == null ? runAsUser != null : !RUN_AS_USER_EDEFAULT.equals(runAsUser);
			case CoreV1Package.POD_SECURITY_CONTEXT__SE_LINUX_CHANGE_POLICY:
				return SE_LINUX_CHANGE_POLICY_EDEFAULT == null ? seLinuxChangePolicy != null : !SE_LINUX_CHANGE_POLICY_EDEFAULT.equals(seLinuxChangePolicy);
			case CoreV1Package.POD_SECURITY_CONTEXT__SE_LINUX_OPTIONS:
				return seLinuxOptions != null;
			case CoreV1Package.POD_SECURITY_CONTEXT__SECCOMP_PROFILE:
				return seccompProfile != null;
			case CoreV1Package.POD_SECURITY_CONTEXT__SUPPLEMENTAL_GROUPS:
				return supplementalGroups != null && !supplementalGroups.isEmpty();
			case CoreV1Package.POD_SECURITY_CONTEXT__SUPPLEMENTAL_GROUPS_POLICY:
				return SUPPLEMENTAL_GROUPS_POLICY_EDEFAULT == null ? supplementalGroupsPolicy != null : !SUPPLEMENTAL_GROUPS_POLICY_EDEFAULT.equals(supplementalGroupsPolicy);
			case CoreV1Package.POD_SECURITY_CONTEXT__SYSCTLS:
				return sysctls != null && !sysctls.isEmpty();
			case CoreV1Package.POD_SECURITY_CONTEXT__WINDOWS_OPTIONS:
				return windowsOptions != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (fsGroup: ");
		result.append(fsGroup);
		result.append(", fsGroupChangePolicy: ");
		result.append(fsGroupChangePolicy);
		result.append(", runAsGroup: ");
		result.append(runAsGroup);
		result.append(", runAsNonRoot: ");
		result.append(runAsNonRoot);
		result.append(", runAsUser: ");
		result.append(runAsUser);
		result.append(", seLinuxChangePolicy: ");
		result.append(seLinuxChangePolicy);
		result.append(", supplementalGroups: ");
		result.append(supplementalGroups);
		result.append(", supplementalGroupsPolicy: ");
		result.append(supplementalGroupsPolicy);
		result.append(')');
		return result.toString();
	}

} //PodSecurityContextImpl
