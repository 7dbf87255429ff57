/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pod Security Context</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSecurityContext#getAppArmorProfile <em>App Armor Profile</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSecurityContext#getFsGroup <em>Fs Group</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSecurityContext#getFsGroupChangePolicy <em>Fs Group Change Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSecurityContext#getRunAsGroup <em>Run As Group</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSecurityContext#getRunAsNonRoot <em>Run As Non Root</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSecurityContext#getRunAsUser <em>Run As User</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSecurityContext#getSeLinuxChangePolicy <em>Se Linux Change Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSecurityContext#getSeLinuxOptions <em>Se Linux Options</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSecurityContext#getSeccompProfile <em>Seccomp Profile</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSecurityContext#getSupplementalGroups <em>Supplemental Groups</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSecurityContext#getSupplementalGroupsPolicy <em>Supplemental Groups Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSecurityContext#getSysctls <em>Sysctls</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodSecurityContext#getWindowsOptions <em>Windows Options</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSecurityContext()
 * @generated
 */
public interface PodSecurityContext extends EObject {
	/**
	 * Returns the value of the '<em><b>App Armor Profile</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>App Armor Profile</em>' containment reference.
	 * @see #setAppArmorProfile(AppArmorProfile)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSecurityContext_AppArmorProfile()
	 * @generated
	 */
	AppArmorProfile getAppArmorProfile();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSecurityContext#getAppArmorProfile <em>App Armor Profile</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>App Armor Profile</em>' containment reference.
	 * @see #getAppArmorProfile()
	 * @generated
	 */
	void setAppArmorProfile(AppArmorProfile value);

	/**
	 * Returns the value of the '<em><b>Fs Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fs Group</em>' attribute.
	 * @see #setFsGroup(Long)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSecurityContext_FsGroup()
	 * @generated
	 */
	Long getFsGroup();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSecurityContext#getFsGroup <em>Fs Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fs Group</em>' attribute.
	 * @see #getFsGroup()
	 * @generated
	 */
	void setFsGroup(Long value);

	/**
	 * Returns the value of the '<em><b>Fs Group Change Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fs Group Change Policy</em>' attribute.
	 * @see #setFsGroupChangePolicy(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSecurityContext_FsGroupChangePolicy()
	 * @generated
	 */
	String getFsGroupChangePolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSecurityContext#getFsGroupChangePolicy <em>Fs Group Change Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fs Group Change Policy</em>' attribute.
	 * @see #getFsGroupChangePolicy()
	 * @generated
	 */
	void setFsGroupChangePolicy(String value);

	/**
	 * Returns the value of the '<em><b>Run As Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Run As Group</em>' attribute.
	 * @see #setRunAsGroup(Long)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSecurityContext_RunAsGroup()
	 * @generated
	 */
	Long getRunAsGroup();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSecurityContext#getRunAsGroup <em>Run As Group</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSecurityContext_RunAsNonRoot()
	 * @generated
	 */
	Boolean getRunAsNonRoot();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSecurityContext#getRunAsNonRoot <em>Run As Non Root</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSecurityContext_RunAsUser()
	 * @generated
	 */
	Long getRunAsUser();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSecurityContext#getRunAsUser <em>Run As User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Run As User</em>' attribute.
	 * @see #getRunAsUser()
	 * @generated
	 */
	void setRunAsUser(Long value);

	/**
	 * Returns the value of the '<em><b>Se Linux Change Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Se Linux Change Policy</em>' attribute.
	 * @see #setSeLinuxChangePolicy(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSecurityContext_SeLinuxChangePolicy()
	 * @generated
	 */
	String getSeLinuxChangePolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSecurityContext#getSeLinuxChangePolicy <em>Se Linux Change Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Se Linux Change Policy</em>' attribute.
	 * @see #getSeLinuxChangePolicy()
	 * @generated
	 */
	void setSeLinuxChangePolicy(String value);

	/**
	 * Returns the value of the '<em><b>Se Linux Options</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Se Linux Options</em>' containment reference.
	 * @see #setSeLinuxOptions(SELinuxOptions)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSecurityContext_SeLinuxOptions()
	 * @generated
	 */
	SELinuxOptions getSeLinuxOptions();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSecurityContext#getSeLinuxOptions <em>Se Linux Options</em>}' containment reference.
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
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSecurityContext_SeccompProfile()
	 * @generated
	 */
	SeccompProfile getSeccompProfile();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSecurityContext#getSeccompProfile <em>Seccomp Profile</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seccomp Profile</em>' containment reference.
	 * @see #getSeccompProfile()
	 * @generated
	 */
	void setSeccompProfile(SeccompProfile value);

	/**
	 * Returns the value of the '<em><b>Supplemental Groups</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Long}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supplemental Groups</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSecurityContext_SupplementalGroups()
	 * @generated
	 */
	EList<Long> getSupplementalGroups();

	/**
	 * Returns the value of the '<em><b>Supplemental Groups Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supplemental Groups Policy</em>' attribute.
	 * @see #setSupplementalGroupsPolicy(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSecurityContext_SupplementalGroupsPolicy()
	 * @generated
	 */
	String getSupplementalGroupsPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSecurityContext#getSupplementalGroupsPolicy <em>Supplemental Groups Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supplemental Groups Policy</em>' attribute.
	 * @see #getSupplementalGroupsPolicy()
	 * @generated
	 */
	void setSupplementalGroupsPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Sysctls</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.Sysctl}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sysctls</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSecurityContext_Sysctls()
	 * @generated
	 */
	EList<Sysctl> getSysctls();

	/**
	 * Returns the value of the '<em><b>Windows Options</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Windows Options</em>' containment reference.
	 * @see #setWindowsOptions(WindowsSecurityContextOptions)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodSecurityContext_WindowsOptions()
	 * @generated
	 */
	WindowsSecurityContextOptions getWindowsOptions();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodSecurityContext#getWindowsOptions <em>Windows Options</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Windows Options</em>' containment reference.
	 * @see #getWindowsOptions()
	 * @generated
	 */
	void setWindowsOptions(WindowsSecurityContextOptions value);

} // PodSecurityContext
