/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.WindowsSecurityContextOptions;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Windows Security Context Options</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.WindowsSecurityContextOptionsImpl#getGmsaCredentialSpec <em>Gmsa Credential Spec</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.WindowsSecurityContextOptionsImpl#getGmsaCredentialSpecName <em>Gmsa Credential Spec Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.WindowsSecurityContextOptionsImpl#getHostProcess <em>Host Process</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.WindowsSecurityContextOptionsImpl#getRunAsUserName <em>Run As User Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WindowsSecurityContextOptionsImpl extends MinimalEObjectImpl.Container implements WindowsSecurityContextOptions {
	/**
	 * The default value of the '{@link #getGmsaCredentialSpec() <em>Gmsa Credential Spec</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGmsaCredentialSpec()
	 * @generated
	 * @ordered
	 */
	protected static final String GMSA_CREDENTIAL_SPEC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGmsaCredentialSpec() <em>Gmsa Credential Spec</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGmsaCredentialSpec()
	 * @generated
	 * @ordered
	 */
	protected String gmsaCredentialSpec = GMSA_CREDENTIAL_SPEC_EDEFAULT;

	/**
	 * The default value of the '{@link #getGmsaCredentialSpecName() <em>Gmsa Credential Spec Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGmsaCredentialSpecName()
	 * @generated
	 * @ordered
	 */
	protected static final String GMSA_CREDENTIAL_SPEC_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGmsaCredentialSpecName() <em>Gmsa Credential Spec Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGmsaCredentialSpecName()
	 * @generated
	 * @ordered
	 */
	protected String gmsaCredentialSpecName = GMSA_CREDENTIAL_SPEC_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getHostProcess() <em>Host Process</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostProcess()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean HOST_PROCESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostProcess() <em>Host Process</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostProcess()
	 * @generated
	 * @ordered
	 */
	protected Boolean hostProcess = HOST_PROCESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRunAsUserName() <em>Run As User Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunAsUserName()
	 * @generated
	 * @ordered
	 */
	protected static final String RUN_AS_USER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRunAsUserName() <em>Run As User Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunAsUserName()
	 * @generated
	 * @ordered
	 */
	protected String runAsUserName = RUN_AS_USER_NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WindowsSecurityContextOptionsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.WINDOWS_SECURITY_CONTEXT_OPTIONS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGmsaCredentialSpec() {
		return gmsaCredentialSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGmsaCredentialSpec(String newGmsaCredentialSpec) {
		String oldGmsaCredentialSpec = gmsaCredentialSpec;
		gmsaCredentialSpec = newGmsaCredentialSpec;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.WINDOWS_SECURITY_CONTEXT_OPTIONS__GMSA_CREDENTIAL_SPEC, oldGmsaCredentialSpec, gmsaCredentialSpec));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGmsaCredentialSpecName() {
		return gmsaCredentialSpecName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGmsaCredentialSpecName(String newGmsaCredentialSpecName) {
		String oldGmsaCredentialSpecName = gmsaCredentialSpecName;
		gmsaCredentialSpecName = newGmsaCredentialSpecName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.WINDOWS_SECURITY_CONTEXT_OPTIONS__GMSA_CREDENTIAL_SPEC_NAME, oldGmsaCredentialSpecName, gmsaCredentialSpecName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getHostProcess() {
		return hostProcess;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostProcess(Boolean newHostProcess) {
		Boolean oldHostProcess = hostProcess;
		hostProcess = newHostProcess;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.WINDOWS_SECURITY_CONTEXT_OPTIONS__HOST_PROCESS, oldHostProcess, hostProcess));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRunAsUserName() {
		return runAsUserName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRunAsUserName(String newRunAsUserName) {
		String oldRunAsUserName = runAsUserName;
		runAsUserName = newRunAsUserName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.WINDOWS_SECURITY_CONTEXT_OPTIONS__RUN_AS_USER_NAME, oldRunAsUserName, runAsUserName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.WINDOWS_SECURITY_CONTEXT_OPTIONS__GMSA_CREDENTIAL_SPEC:
				return getGmsaCredentialSpec();
			case CoreV1Package.WINDOWS_SECURITY_CONTEXT_OPTIONS__GMSA_CREDENTIAL_SPEC_NAME:
				return getGmsaCredentialSpecName();
			case CoreV1Package.WINDOWS_SECURITY_CONTEXT_OPTIONS__HOST_PROCESS:
				return getHostProcess();
			case CoreV1Package.WINDOWS_SECURITY_CONTEXT_OPTIONS__RUN_AS_USER_NAME:
				return getRunAsUserName();
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
			case CoreV1Package.WINDOWS_SECURITY_CONTEXT_OPTIONS__GMSA_CREDENTIAL_SPEC:
				setGmsaCredentialSpec((String)newValue);
				return;
			case CoreV1Package.WINDOWS_SECURITY_CONTEXT_OPTIONS__GMSA_CREDENTIAL_SPEC_NAME:
				setGmsaCredentialSpecName((String)newValue);
				return;
			case CoreV1Package.WINDOWS_SECURITY_CONTEXT_OPTIONS__HOST_PROCESS:
				setHostProcess((Boolean)newValue);
				return;
			case CoreV1Package.WINDOWS_SECURITY_CONTEXT_OPTIONS__RUN_AS_USER_NAME:
				setRunAsUserName((String)newValue);
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
			case CoreV1Package.WINDOWS_SECURITY_CONTEXT_OPTIONS__GMSA_CREDENTIAL_SPEC:
				setGmsaCredentialSpec(GMSA_CREDENTIAL_SPEC_EDEFAULT);
				return;
			case CoreV1Package.WINDOWS_SECURITY_CONTEXT_OPTIONS__GMSA_CREDENTIAL_SPEC_NAME:
				setGmsaCredentialSpecName(GMSA_CREDENTIAL_SPEC_NAME_EDEFAULT);
				return;
			case CoreV1Package.WINDOWS_SECURITY_CONTEXT_OPTIONS__HOST_PROCESS:
				setHostProcess(HOST_PROCESS_EDEFAULT);
				return;
			case CoreV1Package.WINDOWS_SECURITY_CONTEXT_OPTIONS__RUN_AS_USER_NAME:
				setRunAsUserName(RUN_AS_USER_NAME_EDEFAULT);
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
			case CoreV1Package.WINDOWS_SECURITY_CONTEXT_OPTIONS__GMSA_CREDENTIAL_SPEC:
				return GMSA_CREDENTIAL_SPEC_EDEFAULT == null ? gmsaCredentialSpec != null : !GMSA_CREDENTIAL_SPEC_EDEFAULT.equals(gmsaCredentialSpec);
			case CoreV1Package.WINDOWS_SECURITY_CONTEXT_OPTIONS__GMSA_CREDENTIAL_SPEC_NAME:
				return GMSA_CREDENTIAL_SPEC_NAME_EDEFAULT == null ? gmsaCredentialSpecName != null : !GMSA_CREDENTIAL_SPEC_NAME_EDEFAULT.equals(gmsaCredentialSpecName);
			case CoreV1Package.WINDOWS_SECURITY_CONTEXT_OPTIONS__HOST_PROCESS:
				return HOST_PROCESS_EDEFAULT == null ? hostProcess != null : !HOST_PROCESS_EDEFAULT.equals(hostProcess);
			case CoreV1Package.WINDOWS_SECURITY_CONTEXT_OPTIONS__RUN_AS_USER_NAME:
				return RUN_AS_USER_NAME_EDEFAULT == null ? runAsUserName != null : !RUN_AS_USER_NAME_EDEFAULT.equals(runAsUserName);
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
		result.append(" (gmsaCredentialSpec: ");
		result.append(gmsaCredentialSpec);
		result.append(", gmsaCredentialSpecName: ");
		result.append(gmsaCredentialSpecName);
		result.append(", hostProcess: ");
		result.append(hostProcess);
		result.append(", runAsUserName: ");
		result.append(runAsUserName);
		result.append(')');
		return result.toString();
	}

} //WindowsSecurityContextOptionsImpl
