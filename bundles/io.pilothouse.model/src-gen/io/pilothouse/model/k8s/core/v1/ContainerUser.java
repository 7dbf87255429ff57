/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container User</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerUser#getLinux <em>Linux</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerUser()
 * @generated
 */
public interface ContainerUser extends EObject {
	/**
	 * Returns the value of the '<em><b>Linux</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Linux</em>' containment reference.
	 * @see #setLinux(LinuxContainerUser)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerUser_Linux()
	 * @generated
	 */
	LinuxContainerUser getLinux();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerUser#getLinux <em>Linux</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Linux</em>' containment reference.
	 * @see #getLinux()
	 * @generated
	 */
	void setLinux(LinuxContainerUser value);

} // ContainerUser
