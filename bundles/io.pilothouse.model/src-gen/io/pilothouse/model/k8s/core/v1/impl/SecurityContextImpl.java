/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.AppArmorProfile;
import io.pilothouse.model.k8s.core.v1.Capabilities;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.SELinuxOptions;
import io.pilothouse.model.k8s.core.v1.SeccompProfile;
import io.pilothouse.model.k8s.core.v1.SecurityContext;
import io.pilothouse.model.k8s.core.v1.WindowsSecurityContextOptions;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Security Context</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.SecurityContextImpl#getAllowPrivilegeEscalation <em>Allow Privilege Escalation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.SecurityContextImpl#getAppArmorProfile <em>App Armor Profile</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.SecurityContextImpl#getCapabilities <em>Capabilities</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.SecurityContextImpl#getPrivileged <em>Privileged</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.SecurityContextImpl#getProcMount <em>Proc Mount</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.SecurityContextImpl#getReadOnlyRootFilesystem <em>Read Only Root Filesystem</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.SecurityContextImpl#getRunAsGroup <em>Run As Group</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.SecurityContextImpl#getRunAsNonRoot <em>Run As Non Root</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.SecurityContextImpl#getRunAsUser <em>Run As User</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.SecurityContextImpl#getSeLinuxOptions <em>Se Linux Options</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.SecurityContextImpl#getSeccompProfile <em>Seccomp Profile</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.SecurityContextImpl#getWindowsOptions <em>Windows Options</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SecurityContextImpl extends MinimalEObjectImpl.Container implements SecurityContext {
	/**
	 * The default value of the '{@link #getAllowPrivilegeEscalation() <em>Allow Privilege Escalation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowPrivilegeEscalation()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean ALLOW_PRIVILEGE_ESCALATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAllowPrivilegeEscalation() <em>Allow Privilege Escalation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowPrivilegeEscalation()
	 * @generated
	 * @ordered
	 */
	protected Boolean allowPrivilegeEscalation = ALLOW_PRIVILEGE_ESCALATION_EDEFAULT;

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
	 * The cached value of the '{@link #getCapabilities() <em>Capabilities</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapabilities()
	 * @generated
	 * @ordered
	 */
	protected Capabilities capabilities;

	/**
	 * The default value of the '{@link #getPrivileged() <em>Privileged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrivileged()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean PRIVILEGED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrivileged() <em>Privileged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrivileged()
	 * @generated
	 * @ordered
	 */
	protected Boolean privileged = PRIVILEGED_EDEFAULT;

	/**
	 * The default value of the '{@link #getProcMount() <em>Proc Mount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcMount()
	 * @generated
	 * @ordered
	 */
	protected static final String PROC_MOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProcMount() <em>Proc Mount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcMount()
	 * @generated
	 * @ordered
	 */
	protected String procMount = PROC_MOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getReadOnlyRootFilesystem() <em>Read Only Root Filesystem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadOnlyRootFilesystem()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean READ_ONLY_ROOT_FILESYSTEM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReadOnlyRootFilesystem() <em>Read Only Root Filesystem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadOnlyRootFilesystem()
	 * @generated
	 * @ordered
	 */
	protected Boolean readOnlyRootFilesystem = READ_ONLY_ROOT_FILESYSTEM_EDEFAULT;

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
	protected SecurityContextImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.SECURITY_CONTEXT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getAllowPrivilegeEscalation() {
		return allowPrivilegeEscalation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllowPrivilegeEscalation(Boolean newAllowPrivilegeEscalation) {
		Boolean oldAllowPrivilegeEscalation = allowPrivilegeEscalation;
		allowPrivilegeEscalation = newAllowPrivilegeEscalation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SECURITY_CONTEXT__ALLOW_PRIVILEGE_ESCALATION, oldAllowPrivilegeEscalation, allowPrivilegeEscalation));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.SECURITY_CONTEXT__APP_ARMOR_PROFILE, oldAppArmorProfile, newAppArmorProfile);
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
				msgs = ((InternalEObject)appArmorProfile).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.SECURITY_CONTEXT__APP_ARMOR_PROFILE, null, msgs);
			if (newAppArmorProfile != null)
				msgs = ((InternalEObject)newAppArmorProfile).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.SECURITY_CONTEXT__APP_ARMOR_PROFILE, null, msgs);
			msgs = basicSetAppArmorProfile(newAppArmorProfile, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SECURITY_CONTEXT__APP_ARMOR_PROFILE, newAppArmorProfile, newAppArmorProfile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Capabilities getCapabilities() {
		return capabilities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCapabilities(Capabilities newCapabilities, NotificationChain msgs) {
		Capabilities oldCapabilities = capabilities;
		capabilities = newCapabilities;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.SECURITY_CONTEXT__CAPABILITIES, oldCapabilities, newCapabilities);
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
	public void setCapabilities(Capabilities newCapabilities) {
		if (newCapabilities != capabilities) {
			NotificationChain msgs = null;
			if (capabilities != null)
				msgs = ((InternalEObject)capabilities).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.SECURITY_CONTEXT__CAPABILITIES, null, msgs);
			if (newCapabilities != null)
				msgs = ((InternalEObject)newCapabilities).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.SECURITY_CONTEXT__CAPABILITIES, null, msgs);
			msgs = basicSetCapabilities(newCapabilities, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SECURITY_CONTEXT__CAPABILITIES, newCapabilities, newCapabilities));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getPrivileged() {
		return privileged;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrivileged(Boolean newPrivileged) {
		Boolean oldPrivileged = privileged;
		privileged = newPrivileged;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SECURITY_CONTEXT__PRIVILEGED, oldPrivileged, privileged));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProcMount() {
		return procMount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProcMount(String newProcMount) {
		String oldProcMount = procMount;
		procMount = newProcMount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SECURITY_CONTEXT__PROC_MOUNT, oldProcMount, procMount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getReadOnlyRootFilesystem() {
		return readOnlyRootFilesystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadOnlyRootFilesystem(Boolean newReadOnlyRootFilesystem) {
		Boolean oldReadOnlyRootFilesystem = readOnlyRootFilesystem;
		readOnlyRootFilesystem = newReadOnlyRootFilesystem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SECURITY_CONTEXT__READ_ONLY_ROOT_FILESYSTEM, oldReadOnlyRootFilesystem, readOnlyRootFilesystem));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SECURITY_CONTEXT__RUN_AS_GROUP, oldRunAsGroup, runAsGroup));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SECURITY_CONTEXT__RUN_AS_NON_ROOT, oldRunAsNonRoot, runAsNonRoot));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SECURITY_CONTEXT__RUN_AS_USER, oldRunAsUser, runAsUser));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.SECURITY_CONTEXT__SE_LINUX_OPTIONS, oldSeLinuxOptions, newSeLinuxOptions);
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
				msgs = ((InternalEObject)seLinuxOptions).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.SECURITY_CONTEXT__SE_LINUX_OPTIONS, null, msgs);
			if (newSeLinuxOptions != null)
				msgs = ((InternalEObject)newSeLinuxOptions).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.SECURITY_CONTEXT__SE_LINUX_OPTIONS, null, msgs);
			msgs = basicSetSeLinuxOptions(newSeLinuxOptions, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SECURITY_CONTEXT__SE_LINUX_OPTIONS, newSeLinuxOptions, newSeLinuxOptions));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.SECURITY_CONTEXT__SECCOMP_PROFILE, oldSeccompProfile, newSeccompProfile);
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
				msgs = ((InternalEObject)seccompProfile).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.SECURITY_CONTEXT__SECCOMP_PROFILE, null, msgs);
			if (newSeccompProfile != null)
				msgs = ((InternalEObject)newSeccompProfile).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.SECURITY_CONTEXT__SECCOMP_PROFILE, null, msgs);
			msgs = basicSetSeccompProfile(newSeccompProfile, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SECURITY_CONTEXT__SECCOMP_PROFILE, newSeccompProfile, newSeccompProfile));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.SECURITY_CONTEXT__WINDOWS_OPTIONS, oldWindowsOptions, newWindowsOptions);
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
				msgs = ((InternalEObject)windowsOptions).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.SECURITY_CONTEXT__WINDOWS_OPTIONS, null, msgs);
			if (newWindowsOptions != null)
				msgs = ((InternalEObject)newWindowsOptions).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.SECURITY_CONTEXT__WINDOWS_OPTIONS, null, msgs);
			msgs = basicSetWindowsOptions(newWindowsOptions, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SECURITY_CONTEXT__WINDOWS_OPTIONS, newWindowsOptions, newWindowsOptions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.SECURITY_CONTEXT__APP_ARMOR_PROFILE:
				return basicSetAppArmorProfile(null, msgs);
			case CoreV1Package.SECURITY_CONTEXT__CAPABILITIES:
				return basicSetCapabilities(null, msgs);
			case CoreV1Package.SECURITY_CONTEXT__SE_LINUX_OPTIONS:
				return basicSetSeLinuxOptions(null, msgs);
			case CoreV1Package.SECURITY_CONTEXT__SECCOMP_PROFILE:
				return basicSetSeccompProfile(null, msgs);
			case CoreV1Package.SECURITY_CONTEXT__WINDOWS_OPTIONS:
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
			case CoreV1Package.SECURITY_CONTEXT__ALLOW_PRIVILEGE_ESCALATION:
				return getAllowPrivilegeEscalation();
			case CoreV1Package.SECURITY_CONTEXT__APP_ARMOR_PROFILE:
				return getAppArmorProfile();
			case CoreV1Package.SECURITY_CONTEXT__CAPABILITIES:
				return getCapabilities();
			case CoreV1Package.SECURITY_CONTEXT__PRIVILEGED:
				return getPrivileged();
			case CoreV1Package.SECURITY_CONTEXT__PROC_MOUNT:
				return getProcMount();
			case CoreV1Package.SECURITY_CONTEXT__READ_ONLY_ROOT_FILESYSTEM:
				return getReadOnlyRootFilesystem();
			case CoreV1Package.SECURITY_CONTEXT__RUN_AS_GROUP:
				return getRunAsGroup();
			case CoreV1Package.SECURITY_CONTEXT__RUN_AS_NON_ROOT:
				return getRunAsNonRoot();
			case CoreV1Package.SECURITY_CONTEXT__RUN_AS_USER:
				return getRunAsUser();
			case CoreV1Package.SECURITY_CONTEXT__SE_LINUX_OPTIONS:
				return getSeLinuxOptions();
			case CoreV1Package.SECURITY_CONTEXT__SECCOMP_PROFILE:
				return getSeccompProfile();
			case CoreV1Package.SECURITY_CONTEXT__WINDOWS_OPTIONS:
				return getWindowsOptions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CoreV1Package.SECURITY_CONTEXT__ALLOW_PRIVILEGE_ESCALATION:
				setAllowPrivilegeEscalation((Boolean)newValue);
				return;
			case CoreV1Package.SECURITY_CONTEXT__APP_ARMOR_PROFILE:
				setAppArmorProfile((AppArmorProfile)newValue);
				return;
			case CoreV1Package.SECURITY_CONTEXT__CAPABILITIES:
				setCapabilities((Capabilities)newValue);
				return;
			case CoreV1Package.SECURITY_CONTEXT__PRIVILEGED:
				setPrivileged((Boolean)newValue);
				return;
			case CoreV1Package.SECURITY_CONTEXT__PROC_MOUNT:
				setProcMount((String)newValue);
				return;
			case CoreV1Package.SECURITY_CONTEXT__READ_ONLY_ROOT_FILESYSTEM:
				setReadOnlyRootFilesystem((Boolean)newValue);
				return;
			case CoreV1Package.SECURITY_CONTEXT__RUN_AS_GROUP:
				setRunAsGroup((Long)newValue);
				return;
			case CoreV1Package.SECURITY_CONTEXT__RUN_AS_NON_ROOT:
				setRunAsNonRoot((Boolean)newValue);
				return;
			case CoreV1Package.SECURITY_CONTEXT__RUN_AS_USER:
				setRunAsUser((Long)newValue);
				return;
			case CoreV1Package.SECURITY_CONTEXT__SE_LINUX_OPTIONS:
				setSeLinuxOptions((SELinuxOptions)newValue);
				return;
			case CoreV1Package.SECURITY_CONTEXT__SECCOMP_PROFILE:
				setSeccompProfile((SeccompProfile)newValue);
				return;
			case CoreV1Package.SECURITY_CONTEXT__WINDOWS_OPTIONS:
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
			case CoreV1Package.SECURITY_CONTEXT__ALLOW_PRIVILEGE_ESCALATION:
				setAllowPrivilegeEscalation(ALLOW_PRIVILEGE_ESCALATION_EDEFAULT);
				return;
			case CoreV1Package.SECURITY_CONTEXT__APP_ARMOR_PROFILE:
				setAppArmorProfile((AppArmorProfile)null);
				return;
			case CoreV1Package.SECURITY_CONTEXT__CAPABILITIES:
				setCapabilities((Capabilities)null);
				return;
			case CoreV1Package.SECURITY_CONTEXT__PRIVILEGED:
				setPrivileged(PRIVILEGED_EDEFAULT);
				return;
			case CoreV1Package.SECURITY_CONTEXT__PROC_MOUNT:
				setProcMount(PROC_MOUNT_EDEFAULT);
				return;
			case CoreV1Package.SECURITY_CONTEXT__READ_ONLY_ROOT_FILESYSTEM:
				setReadOnlyRootFilesystem(READ_ONLY_ROOT_FILESYSTEM_EDEFAULT);
				return;
			case CoreV1Package.SECURITY_CONTEXT__RUN_AS_GROUP:
				setRunAsGroup(RUN_AS_GROUP_EDEFAULT);
				return;
			case CoreV1Package.SECURITY_CONTEXT__RUN_AS_NON_ROOT:
				setRunAsNonRoot(RUN_AS_NON_ROOT_EDEFAULT);
				return;
			case CoreV1Package.SECURITY_CONTEXT__RUN_AS_USER:
				setRunAsUser(RUN_AS_USER_EDEFAULT);
				return;
			case CoreV1Package.SECURITY_CONTEXT__SE_LINUX_OPTIONS:
				setSeLinuxOptions((SELinuxOptions)null);
				return;
			case CoreV1Package.SECURITY_CONTEXT__SECCOMP_PROFILE:
				setSeccompProfile((SeccompProfile)null);
				return;
			case CoreV1Package.SECURITY_CONTEXT__WINDOWS_OPTIONS:
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
			case CoreV1Package.SECURITY_CONTEXT__ALLOW_PRIVILEGE_ESCALATION:
				return ALLOW_PRIVILEGE_ESCALATION_EDEFAULT == null ? allowPrivilegeEscalation != null : !ALLOW_PRIVILEGE_ESCALATION_EDEFAULT.equals(allowPrivilegeEscalation);
			case CoreV1Package.SECURITY_CONTEXT__APP_ARMOR_PROFILE:
				return appArmorProfile != null;
			case CoreV1Package.SECURITY_CONTEXT__CAPABILITIES:
				return capabilities != null;
			case CoreV1Package.SECURITY_CONTEXT__PRIVILEGED:
				return PRIVILEGED_EDEFAULT == null ? privileged != null : !PRIVILEGED_EDEFAULT.equals(privileged);
			case CoreV1Package.SECURITY_CONTEXT__PROC_MOUNT:
				return PROC_MOUNT_EDEFAULT == null ? procMount != null : !PROC_MOUNT_EDEFAULT.equals(procMount);
			case CoreV1Package.SECURITY_CONTEXT__READ_ONLY_ROOT_FILESYSTEM:
				return READ_ONLY_ROOT_FILESYSTEM_EDEFAULT == null ? readOnlyRootFilesystem != null : !READ_ONLY_ROOT_FILESYSTEM_EDEFAULT.equals(readOnlyRootFilesystem);
			case CoreV1Package.SECURITY_CONTEXT__RUN_AS_GROUP:
				return RUN_AS_GROUP_EDEFAULT == null ? runAsGroup != null : !RUN_AS_GROUP_EDEFAULT.equals(runAsGroup);
			case CoreV1Package.SECURITY_CONTEXT__RUN_AS_NON_ROOT:
				return RUN_AS_NON_ROOT_EDEFAULT == null ? runAsNonRoot != null : !RUN_AS_NON_ROOT_EDEFAULT.equals(runAsNonRoot);
			case CoreV1Package.SECURITY_CONTEXT__RUN_AS_USER:
				return RUN_AS_USER_EDEFAULT == null ? runAsUser != null : !RUN_AS_USER_EDEFAULT.equals(runAsUser);
			case CoreV1Package.SECURITY_CONTEXT__SE_LINUX_OPTIONS:
				return seLinuxOptions != null;
			case CoreV1Package.SECURITY_CONTEXT__SECCOMP_PROFILE:
				return seccompProfile != null;
			case CoreV1Package.SECURITY_CONTEXT__WINDOWS_OPTIONS:
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
		result.append(" (allowPrivilegeEscalation: ");
		result.append(allowPrivilegeEscalation);
		result.append(", privileged: ");
		result.append(privileged);
		result.append(", procMount: ");
		result.append(procMount);
		result.append(", readOnlyRootFilesystem: ");
		result.append(readOnlyRootFilesystem);
		result.append(", runAsGroup: ");
		result.append(runAsGroup);
		result.append(", runAsNonRoot: ");
		result.append(runAsNonRoot);
		result.append(", runAsUser: ");
		result.append(runAsUser);
		result.append(')');
		return result.toString();
	}

} //SecurityContextImpl
