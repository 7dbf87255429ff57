/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container Resize Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerResizePolicy#getResourceName <em>Resource Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerResizePolicy#getRestartPolicy <em>Restart Policy</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerResizePolicy()
 * @generated
 */
public interface ContainerResizePolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Resource Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Name</em>' attribute.
	 * @see #setResourceName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerResizePolicy_ResourceName()
	 * @generated
	 */
	String getResourceName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerResizePolicy#getResourceName <em>Resource Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Name</em>' attribute.
	 * @see #getResourceName()
	 * @generated
	 */
	void setResourceName(String value);

	/**
	 * Returns the value of the '<em><b>Restart Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Restart Policy</em>' attribute.
	 * @see #setRestartPolicy(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerResizePolicy_RestartPolicy()
	 * @generated
	 */
	String getRestartPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerResizePolicy#getRestartPolicy <em>Restart Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Restart Policy</em>' attribute.
	 * @see #getRestartPolicy()
	 * @generated
	 */
	void setRestartPolicy(String value);

} // ContainerResizePolicy
