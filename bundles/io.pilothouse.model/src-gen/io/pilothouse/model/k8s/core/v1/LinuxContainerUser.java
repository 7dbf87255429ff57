/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Linux Container User</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.LinuxContainerUser#getGid <em>Gid</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.LinuxContainerUser#getSupplementalGroups <em>Supplemental Groups</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.LinuxContainerUser#getUid <em>Uid</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLinuxContainerUser()
 * @generated
 */
public interface LinuxContainerUser extends EObject {
	/**
	 * Returns the value of the '<em><b>Gid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gid</em>' attribute.
	 * @see #setGid(Long)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLinuxContainerUser_Gid()
	 * @generated
	 */
	Long getGid();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.LinuxContainerUser#getGid <em>Gid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gid</em>' attribute.
	 * @see #getGid()
	 * @generated
	 */
	void setGid(Long value);

	/**
	 * Returns the value of the '<em><b>Supplemental Groups</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Long}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supplemental Groups</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLinuxContainerUser_SupplementalGroups()
	 * @generated
	 */
	EList<Long> getSupplementalGroups();

	/**
	 * Returns the value of the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uid</em>' attribute.
	 * @see #setUid(Long)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLinuxContainerUser_Uid()
	 * @generated
	 */
	Long getUid();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.LinuxContainerUser#getUid <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uid</em>' attribute.
	 * @see #getUid()
	 * @generated
	 */
	void setUid(Long value);

} // LinuxContainerUser
