/**
 */
package io.pilothouse.model.k8s.meta.v1.impl;

import io.pilothouse.model.k8s.meta.v1.Info;
import io.pilothouse.model.k8s.meta.v1.MetaV1Package;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Info</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.InfoImpl#getBuildDate <em>Build Date</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.InfoImpl#getCompiler <em>Compiler</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.InfoImpl#getEmulationMajor <em>Emulation Major</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.InfoImpl#getEmulationMinor <em>Emulation Minor</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.InfoImpl#getGitCommit <em>Git Commit</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.InfoImpl#getGitTreeState <em>Git Tree State</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.InfoImpl#getGitVersion <em>Git Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.InfoImpl#getGoVersion <em>Go Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.InfoImpl#getMajor <em>Major</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.InfoImpl#getMinCompatibilityMajor <em>Min Compatibility Major</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.InfoImpl#getMinCompatibilityMinor <em>Min Compatibility Minor</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.InfoImpl#getMinor <em>Minor</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.InfoImpl#getPlatform <em>Platform</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InfoImpl extends MinimalEObjectImpl.Container implements Info {
	/**
	 * The default value of the '{@link #getBuildDate() <em>Build Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuildDate()
	 * @generated
	 * @ordered
	 */
	protected static final String BUILD_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBuildDate() <em>Build Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuildDate()
	 * @generated
	 * @ordered
	 */
	protected String buildDate = BUILD_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompiler() <em>Compiler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompiler()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPILER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompiler() <em>Compiler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompiler()
	 * @generated
	 * @ordered
	 */
	protected String compiler = COMPILER_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmulationMajor() <em>Emulation Major</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmulationMajor()
	 * @generated
	 * @ordered
	 */
	protected static final String EMULATION_MAJOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmulationMajor() <em>Emulation Major</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmulationMajor()
	 * @generated
	 * @ordered
	 */
	protected String emulationMajor = EMULATION_MAJOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmulationMinor() <em>Emulation Minor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmulationMinor()
	 * @generated
	 * @ordered
	 */
	protected static final String EMULATION_MINOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmulationMinor() <em>Emulation Minor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmulationMinor()
	 * @generated
	 * @ordered
	 */
	protected String emulationMinor = EMULATION_MINOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getGitCommit() <em>Git Commit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGitCommit()
	 * @generated
	 * @ordered
	 */
	protected static final String GIT_COMMIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGitCommit() <em>Git Commit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGitCommit()
	 * @generated
	 * @ordered
	 */
	protected String gitCommit = GIT_COMMIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getGitTreeState() <em>Git Tree State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGitTreeState()
	 * @generated
	 * @ordered
	 */
	protected static final String GIT_TREE_STATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGitTreeState() <em>Git Tree State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGitTreeState()
	 * @generated
	 * @ordered
	 */
	protected String gitTreeState = GIT_TREE_STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGitVersion() <em>Git Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGitVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String GIT_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGitVersion() <em>Git Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGitVersion()
	 * @generated
	 * @ordered
	 */
	protected String gitVersion = GIT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getGoVersion() <em>Go Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String GO_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGoVersion() <em>Go Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoVersion()
	 * @generated
	 * @ordered
	 */
	protected String goVersion = GO_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMajor() <em>Major</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMajor()
	 * @generated
	 * @ordered
	 */
	protected static final String MAJOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMajor() <em>Major</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMajor()
	 * @generated
	 * @ordered
	 */
	protected String major = MAJOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinCompatibilityMajor() <em>Min Compatibility Major</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinCompatibilityMajor()
	 * @generated
	 * @ordered
	 */
	protected static final String MIN_COMPATIBILITY_MAJOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinCompatibilityMajor() <em>Min Compatibility Major</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinCompatibilityMajor()
	 * @generated
	 * @ordered
	 */
	protected String minCompatibilityMajor = MIN_COMPATIBILITY_MAJOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinCompatibilityMinor() <em>Min Compatibility Minor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinCompatibilityMinor()
	 * @generated
	 * @ordered
	 */
	protected static final String MIN_COMPATIBILITY_MINOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinCompatibilityMinor() <em>Min Compatibility Minor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinCompatibilityMinor()
	 * @generated
	 * @ordered
	 */
	protected String minCompatibilityMinor = MIN_COMPATIBILITY_MINOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinor() <em>Minor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinor()
	 * @generated
	 * @ordered
	 */
	protected static final String MINOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinor() <em>Minor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinor()
	 * @generated
	 * @ordered
	 */
	protected String minor = MINOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlatform() <em>Platform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlatform()
	 * @generated
	 * @ordered
	 */
	protected static final String PLATFORM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlatform() <em>Platform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlatform()
	 * @generated
	 * @ordered
	 */
	protected String platform = PLATFORM_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InfoImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MetaV1Package.Literals.INFO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBuildDate() {
		return buildDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuildDate(String newBuildDate) {
		String oldBuildDate = buildDate;
		buildDate = newBuildDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.INFO__BUILD_DATE, oldBuildDate, buildDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCompiler() {
		return compiler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompiler(String newCompiler) {
		String oldCompiler = compiler;
		compiler = newCompiler;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.INFO__COMPILER, oldCompiler, compiler));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmulationMajor() {
		return emulationMajor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmulationMajor(String newEmulationMajor) {
		String oldEmulationMajor = emulationMajor;
		emulationMajor = newEmulationMajor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.INFO__EMULATION_MAJOR, oldEmulationMajor, emulationMajor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmulationMinor() {
		return emulationMinor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmulationMinor(String newEmulationMinor) {
		String oldEmulationMinor = emulationMinor;
		emulationMinor = newEmulationMinor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.INFO__EMULATION_MINOR, oldEmulationMinor, emulationMinor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGitCommit() {
		return gitCommit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGitCommit(String newGitCommit) {
		String oldGitCommit = gitCommit;
		gitCommit = newGitCommit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.INFO__GIT_COMMIT, oldGitCommit, gitCommit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGitTreeState() {
		return gitTreeState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGitTreeState(String newGitTreeState) {
		String oldGitTreeState = gitTreeState;
		gitTreeState = newGitTreeState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.INFO__GIT_TREE_STATE, oldGitTreeState, gitTreeState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGitVersion() {
		return gitVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGitVersion(String newGitVersion) {
		String oldGitVersion = gitVersion;
		gitVersion = newGitVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.INFO__GIT_VERSION, oldGitVersion, gitVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGoVersion() {
		return goVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGoVersion(String newGoVersion) {
		String oldGoVersion = goVersion;
		goVersion = newGoVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.INFO__GO_VERSION, oldGoVersion, goVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMajor() {
		return major;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMajor(String newMajor) {
		String oldMajor = major;
		major = newMajor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.INFO__MAJOR, oldMajor, major));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMinCompatibilityMajor() {
		return minCompatibilityMajor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinCompatibilityMajor(String newMinCompatibilityMajor) {
		String oldMinCompatibilityMajor = minCompatibilityMajor;
		minCompatibilityMajor = newMinCompatibilityMajor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.INFO__MIN_COMPATIBILITY_MAJOR, oldMinCompatibilityMajor, minCompatibilityMajor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMinCompatibilityMinor() {
		return minCompatibilityMinor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinCompatibilityMinor(String newMinCompatibilityMinor) {
		String oldMinCompatibilityMinor = minCompatibilityMinor;
		minCompatibilityMinor = newMinCompatibilityMinor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.INFO__MIN_COMPATIBILITY_MINOR, oldMinCompatibilityMinor, minCompatibilityMinor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMinor() {
		return minor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinor(String newMinor) {
		String oldMinor = minor;
		minor = newMinor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.INFO__MINOR, oldMinor, minor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlatform() {
		return platform;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlatform(String newPlatform) {
		String oldPlatform = platform;
		platform = newPlatform;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.INFO__PLATFORM, oldPlatform, platform));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MetaV1Package.INFO__BUILD_DATE:
				return getBuildDate();
			case MetaV1Package.INFO__COMPILER:
				return getCompiler();
			case MetaV1Package.INFO__EMULATION_MAJOR:
				return getEmulationMajor();
			case MetaV1Package.INFO__EMULATION_MINOR:
				return getEmulationMinor();
			case MetaV1Package.INFO__GIT_COMMIT:
				return getGitCommit();
			case MetaV1Package.INFO__GIT_TREE_STATE:
				return getGitTreeState();
			case MetaV1Package.INFO__GIT_VERSION:
				return getGitVersion();
			case MetaV1Package.INFO__GO_VERSION:
				return getGoVersion();
			case MetaV1Package.INFO__MAJOR:
				return getMajor();
			case MetaV1Package.INFO__MIN_COMPATIBILITY_MAJOR:
				return getMinCompatibilityMajor();
			case MetaV1Package.INFO__MIN_COMPATIBILITY_MINOR:
				return getMinCompatibilityMinor();
			case MetaV1Package.INFO__MINOR:
				return getMinor();
			case MetaV1Package.INFO__PLATFORM:
				return getPlatform();
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
			case MetaV1Package.INFO__BUILD_DATE:
				setBuildDate((String)newValue);
				return;
			case MetaV1Package.INFO__COMPILER:
				setCompiler((String)newValue);
				return;
			case MetaV1Package.INFO__EMULATION_MAJOR:
				setEmulationMajor((String)newValue);
				return;
			case MetaV1Package.INFO__EMULATION_MINOR:
				setEmulationMinor((String)newValue);
				return;
			case MetaV1Package.INFO__GIT_COMMIT:
				setGitCommit((String)newValue);
				return;
			case MetaV1Package.INFO__GIT_TREE_STATE:
				setGitTreeState((String)newValue);
				return;
			case MetaV1Package.INFO__GIT_VERSION:
				setGitVersion((String)newValue);
				return;
			case MetaV1Package.INFO__GO_VERSION:
				setGoVersion((String)newValue);
				return;
			case MetaV1Package.INFO__MAJOR:
				setMajor((String)newValue);
				return;
			case MetaV1Package.INFO__MIN_COMPATIBILITY_MAJOR:
				setMinCompatibilityMajor((String)newValue);
				return;
			case MetaV1Package.INFO__MIN_COMPATIBILITY_MINOR:
				setMinCompatibilityMinor((String)newValue);
				return;
			case MetaV1Package.INFO__MINOR:
				setMinor((String)newValue);
				return;
			case MetaV1Package.INFO__PLATFORM:
				setPlatform((String)newValue);
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
			case MetaV1Package.INFO__BUILD_DATE:
				setBuildDate(BUILD_DATE_EDEFAULT);
				return;
			case MetaV1Package.INFO__COMPILER:
				setCompiler(COMPILER_EDEFAULT);
				return;
			case MetaV1Package.INFO__EMULATION_MAJOR:
				setEmulationMajor(EMULATION_MAJOR_EDEFAULT);
				return;
			case MetaV1Package.INFO__EMULATION_MINOR:
				setEmulationMinor(EMULATION_MINOR_EDEFAULT);
				return;
			case MetaV1Package.INFO__GIT_COMMIT:
				setGitCommit(GIT_COMMIT_EDEFAULT);
				return;
			case MetaV1Package.INFO__GIT_TREE_STATE:
				setGitTreeState(GIT_TREE_STATE_EDEFAULT);
				return;
			case MetaV1Package.INFO__GIT_VERSION:
				setGitVersion(GIT_VERSION_EDEFAULT);
				return;
			case MetaV1Package.INFO__GO_VERSION:
				setGoVersion(GO_VERSION_EDEFAULT);
				return;
			case MetaV1Package.INFO__MAJOR:
				setMajor(MAJOR_EDEFAULT);
				return;
			case MetaV1Package.INFO__MIN_COMPATIBILITY_MAJOR:
				setMinCompatibilityMajor(MIN_COMPATIBILITY_MAJOR_EDEFAULT);
				return;
			case MetaV1Package.INFO__MIN_COMPATIBILITY_MINOR:
				setMinCompatibilityMinor(MIN_COMPATIBILITY_MINOR_EDEFAULT);
				return;
			case MetaV1Package.INFO__MINOR:
				setMinor(MINOR_EDEFAULT);
				return;
			case MetaV1Package.INFO__PLATFORM:
				setPlatform(PLATFORM_EDEFAULT);
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
			case MetaV1Package.INFO__BUILD_DATE:
				return BUILD_DATE_EDEFAULT == null ? buildDate != null : !BUILD_DATE_EDEFAULT.equals(buildDate);
			case MetaV1Package.INFO__COMPILER:
				return COMPILER_EDEFAULT == null ? compiler != null : !COMPILER_EDEFAULT.equals(compiler);
			case MetaV1Package.INFO__EMULATION_MAJOR:
				return EMULATION_MAJOR_EDEFAULT == null ? emulationMajor != null : !EMULATION_MAJOR_EDEFAULT.equals(emulationMajor);
			case MetaV1Package.INFO__EMULATION_MINOR:
				return EMULATION_MINOR_EDEFAULT == null ? emulationMinor != null : !EMULATION_MINOR_EDEFAULT.equals(emulationMinor);
			case MetaV1Package.INFO__GIT_COMMIT:
				return GIT_COMMIT_EDEFAULT == null ? gitCommit != null : !GIT_COMMIT_EDEFAULT.equals(gitCommit);
			case MetaV1Package.INFO__GIT_TREE_STATE:
				return GIT_TREE_STATE_EDEFAULT == null ? gitTreeState != null : !GIT_TREE_STATE_EDEFAULT.equals(gitTreeState);
			case MetaV1Package.INFO__GIT_VERSION:
				return GIT_VERSION_EDEFAULT == null ? gitVersion != null : !GIT_VERSION_EDEFAULT.equals(gitVersion);
			case MetaV1Package.INFO__GO_VERSION:
				return GO_VERSION_EDEFAULT == null ? goVersion != null : !GO_VERSION_EDEFAULT.equals(goVersion);
			case MetaV1Package.INFO__MAJOR:
				return MAJOR_EDEFAULT == null ? major != null : !MAJOR_EDEFAULT.equals(major);
			case MetaV1Package.INFO__MIN_COMPATIBILITY_MAJOR:
				return MIN_COMPATIBILITY_MAJOR_EDEFAULT == null ? minCompatibilityMajor != null : !MIN_COMPATIBILITY_MAJOR_EDEFAULT.equals(minCompatibilityMajor);
			case MetaV1Package.INFO__MIN_COMPATIBILITY_MINOR:
				return MIN_COMPATIBILITY_MINOR_EDEFAULT == null ? minCompatibilityMinor != null : !MIN_COMPATIBILITY_MINOR_EDEFAULT.equals(minCompatibilityMinor);
			case MetaV1Package.INFO__MINOR:
				return MINOR_EDEFAULT == null ? minor != null : !MINOR_EDEFAULT.equals(minor);
			case MetaV1Package.INFO__PLATFORM:
				return PLATFORM_EDEFAULT == null ? platform != null : !PLATFORM_EDEFAULT.equals(platform);
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
		result.append(" (buildDate: ");
		result.append(buildDate);
		result.append(", compiler: ");
		result.append(compiler);
		result.append(", emulationMajor: ");
		result.append(emulationMajor);
		result.append(", emulationMinor: ");
		result.append(emulationMinor);
		result.append(", gitCommit: ");
		result.append(gitCommit);
		result.append(", gitTreeState: ");
		result.append(gitTreeState);
		result.append(", gitVersion: ");
		result.append(gitVersion);
		result.append(", goVersion: ");
		result.append(goVersion);
		result.append(", major: ");
		result.append(major);
		result.append(", minCompatibilityMajor: ");
		result.append(minCompatibilityMajor);
		result.append(", minCompatibilityMinor: ");
		result.append(minCompatibilityMinor);
		result.append(", minor: ");
		result.append(minor);
		result.append(", platform: ");
		result.append(platform);
		result.append(')');
		return result.toString();
	}

} //InfoImpl
