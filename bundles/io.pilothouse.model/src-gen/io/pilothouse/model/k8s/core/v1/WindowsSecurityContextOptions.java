/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Windows Security Context Options</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.WindowsSecurityContextOptions#getGmsaCredentialSpec <em>Gmsa Credential Spec</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.WindowsSecurityContextOptions#getGmsaCredentialSpecName <em>Gmsa Credential Spec Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.WindowsSecurityContextOptions#getHostProcess <em>Host Process</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.WindowsSecurityContextOptions#getRunAsUserName <em>Run As User Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getWindowsSecurityContextOptions()
 * @generated
 */
public interface WindowsSecurityContextOptions extends EObject {
	/**
	 * Returns the value of the '<em><b>Gmsa Credential Spec</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gmsa Credential Spec</em>' attribute.
	 * @see #setGmsaCredentialSpec(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getWindowsSecurityContextOptions_GmsaCredentialSpec()
	 * @generated
	 */
	String getGmsaCredentialSpec();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.WindowsSecurityContextOptions#getGmsaCredentialSpec <em>Gmsa Credential Spec</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gmsa Credential Spec</em>' attribute.
	 * @see #getGmsaCredentialSpec()
	 * @generated
	 */
	void setGmsaCredentialSpec(String value);

	/**
	 * Returns the value of the '<em><b>Gmsa Credential Spec Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gmsa Credential Spec Name</em>' attribute.
	 * @see #setGmsaCredentialSpecName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getWindowsSecurityContextOptions_GmsaCredentialSpecName()
	 * @generated
	 */
	String getGmsaCredentialSpecName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.WindowsSecurityContextOptions#getGmsaCredentialSpecName <em>Gmsa Credential Spec Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gmsa Credential Spec Name</em>' attribute.
	 * @see #getGmsaCredentialSpecName()
	 * @generated
	 */
	void setGmsaCredentialSpecName(String value);

	/**
	 * Returns the value of the '<em><b>Host Process</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host Process</em>' attribute.
	 * @see #setHostProcess(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getWindowsSecurityContextOptions_HostProcess()
	 * @generated
	 */
	Boolean getHostProcess();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.WindowsSecurityContextOptions#getHostProcess <em>Host Process</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Process</em>' attribute.
	 * @see #getHostProcess()
	 * @generated
	 */
	void setHostProcess(Boolean value);

	/**
	 * Returns the value of the '<em><b>Run As User Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Run As User Name</em>' attribute.
	 * @see #setRunAsUserName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getWindowsSecurityContextOptions_RunAsUserName()
	 * @generated
	 */
	String getRunAsUserName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.WindowsSecurityContextOptions#getRunAsUserName <em>Run As User Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Run As User Name</em>' attribute.
	 * @see #getRunAsUserName()
	 * @generated
	 */
	void setRunAsUserName(String value);

} // WindowsSecurityContextOptions
