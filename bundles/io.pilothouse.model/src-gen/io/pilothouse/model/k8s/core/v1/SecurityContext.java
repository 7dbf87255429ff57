/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Security Context</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.SecurityContext#getAllowPrivilegeEscalation <em>Allow Privilege Escalation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.SecurityContext#getAppArmorProfile <em>App Armor Profile</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.SecurityContext#getCapabilities <em>Capabilities</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.SecurityContext#getPrivileged <em>Privileged</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.SecurityContext#getProcMount <em>Proc Mount</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.SecurityContext#getReadOnlyRootFilesystem <em>Read Only Root Filesystem</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.SecurityContext#getRunAsGroup <em>Run As Group</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.SecurityContext#getRunAsNonRoot <em>Run As Non Root</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.SecurityContext#getRunAsUser <em>Run As User</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.SecurityContext#getSeLinuxOptions <em>Se Linux Options</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.SecurityContext#getSeccompProfile <em>Seccomp Profile</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.SecurityContext#getWindowsOptions <em>Windows Options</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSecurityContext()
 * @generated
 */
public interface SecurityContext extends EObject {
	/**
	 * Returns the value of the '<em><b>Allow Privilege Escalation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allow Privilege Escalation</em>' attribute.
	 * @see #setAllowPrivilegeEscalation(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSecurityContext_AllowPrivilegeEscalation()
	 * @generated
	 */
	Boolean getAllowPrivilegeEscalation();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.SecurityContext#getAllowPrivilegeEscalation <em>Allow Privilege Escalation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allow Privilege Escalation</em>' attribute.
	 * @see #getAllowPrivilegeEscalation()
	 * @generated
	 */
	void setAllowPrivilegeEscalation(Boolean value);

	/**
	 * Returns the value of the '<em><b>App Armor Profile</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>App Armor Profile</em>' containment reference.
	 * @see #setAppArmorProfile(AppArmorProfile)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSecurityContext_AppArmorProfile()
	 * @generated
	 */
	AppArmorProfile getAppArmorProfile();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.SecurityContext#getAppArmorProfile <em>App Armor Profile</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>App Armor Profile</em>' containment reference.
	 * @see #getAppArmorProfile()
	 * @generated
	 */
	void setAppArmorProfile(AppArmorProfile value);

	/**
	 * Returns the value of the '<em><b>Capabilities</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capabilities</em>' containment reference.
	 * @see #setCapabilities(Capabilities)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSecurityContext_Capabilities()
	 * @generated
	 */
	Capabilities getCapabilities();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.SecurityContext#getCapabilities <em>Capabilities</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capabilities</em>' containment reference.
	 * @see #getCapabilities()
	 * @generated
	 */
	void setCapabilities(Capabilities value);

	/**
	 * Returns the value of the '<em><b>Privileged</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Privileged</em>' attribute.
	 * @see #setPrivileged(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSecurityContext_Privileged()
	 * @generated
	 */
	Boolean getPrivileged();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.SecurityContext#getPrivileged <em>Privileged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Privileged</em>' attribute.
	 * @see #getPrivileged()
	 * @generated
	 */
	void setPrivileged(Boolean value);

	/**
	 * Returns the value of the '<em><b>Proc Mount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Proc Mount</em>' attribute.
	 * @see #setProcMount(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSecurityContext_ProcMount()
	 * @generated
	 */
	String getProcMount();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.SecurityContext#getProcMount <em>Proc Mount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proc Mount</em>' attribute.
	 * @see #getProcMount()
	 * @generated
	 */
	void setProcMount(String value);

	/**
	 * Returns the value of the '<em><b>Read Only Root Filesystem</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Read Only Root Filesystem</em>' attribute.
	 * @see #setReadOnlyRootFilesystem(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSecurityContext_ReadOnlyRootFilesystem()
	 * @generated
	 */
	Boolean getReadOnlyRootFilesystem();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.SecurityContext#getReadOnlyRootFilesystem <em>Read Only Root Filesystem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Only Root Filesystem</em>' attribute.
	 * @see #getReadOnlyRootFilesystem()
	 * @generated
	 */
	void setReadOnlyRootFilesystem(Boolean value);

	/**
	 * Returns the value of the '<em><b>Run As Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Run As Group</em>' attribute.
	 * @see #setRunAsGroup(Long)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSecurityContext_RunAsGroup()
	 * @generated
	 */
	Long getRunAsGroup();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.SecurityContext#getRunAsGroup <em>Run As Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Run As Group</em>' attribute.
	 * @see #getRunAsGroup()
	 * @generated
	 */
	void setRunAsGroup(Long value);

	/**
	 * Returns the value of the '<em><b>Run As Non Root</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Run As Non Root</em>' attribute.
	 * @see #setRunAsNonRoot(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSecurityContext_RunAsNonRoot()
	 * @generated
	 */
	Boolean getRunAsNonRoot();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.SecurityContext#getRunAsNonRoot <em>Run As Non Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Run As Non Root</em>' attribute.
	 * @see #getRunAsNonRoot()
	 * @generated
	 */
	void setRunAsNonRoot(Boolean value);

	/**
	 * Returns the value of the '<em><b>Run As User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Run As User</em>' attribute.
	 * @see #setRunAsUser(Long)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSecurityContext_RunAsUser()
	 * @generated
	 */
	Long getRunAsUser();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.SecurityContext#getRunAsUser <em>Run As User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Run As User</em>' attribute.
	 * @see #getRunAsUser()
	 * @generated
	 */
	void setRunAsUser(Long value);

	/**
	 * Returns the value of the '<em><b>Se Linux Options</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Se Linux Options</em>' containment reference.
	 * @see #setSeLinuxOptions(SELinuxOptions)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSecurityContext_SeLinuxOptions()
	 * @generated
	 */
	SELinuxOptions getSeLinuxOptions();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.SecurityContext#getSeLinuxOptions <em>Se Linux Options</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Se Linux Options</em>' containment reference.
	 * @see #getSeLinuxOptions()
	 * @generated
	 */
	void setSeLinuxOptions(SELinuxOptions value);

	/**
	 * Returns the value of the '<em><b>Seccomp Profile</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seccomp Profile</em>' containment reference.
	 * @see #setSeccompProfile(SeccompProfile)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSecurityContext_SeccompProfile()
	 * @generated
	 */
	SeccompProfile getSeccompProfile();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.SecurityContext#getSeccompProfile <em>Seccomp Profile</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seccomp Profile</em>' containment reference.
	 * @see #getSeccompProfile()
	 * @generated
	 */
	void setSeccompProfile(SeccompProfile value);

	/**
	 * Returns the value of the '<em><b>Windows Options</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Windows Options</em>' containment reference.
	 * @see #setWindowsOptions(WindowsSecurityContextOptions)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSecurityContext_WindowsOptions()
	 * @generated
	 */
	WindowsSecurityContextOptions getWindowsOptions();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.SecurityContext#getWindowsOptions <em>Windows Options</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Windows Options</em>' containment reference.
	 * @see #getWindowsOptions()
	 * @generated
	 */
	void setWindowsOptions(WindowsSecurityContextOptions value);

} // SecurityContext
