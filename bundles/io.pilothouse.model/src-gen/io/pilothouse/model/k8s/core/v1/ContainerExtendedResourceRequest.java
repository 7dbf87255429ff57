/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container Extended Resource Request</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerExtendedResourceRequest#getContainerName <em>Container Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerExtendedResourceRequest#getRequestName <em>Request Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerExtendedResourceRequest#getResourceName <em>Resource Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerExtendedResourceRequest()
 * @generated
 */
public interface ContainerExtendedResourceRequest extends EObject {
	/**
	 * Returns the value of the '<em><b>Container Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Container Name</em>' attribute.
	 * @see #setContainerName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerExtendedResourceRequest_ContainerName()
	 * @generated
	 */
	String getContainerName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerExtendedResourceRequest#getContainerName <em>Container Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Container Name</em>' attribute.
	 * @see #getContainerName()
	 * @generated
	 */
	void setContainerName(String value);

	/**
	 * Returns the value of the '<em><b>Request Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Request Name</em>' attribute.
	 * @see #setRequestName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerExtendedResourceRequest_RequestName()
	 * @generated
	 */
	String getRequestName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerExtendedResourceRequest#getRequestName <em>Request Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Request Name</em>' attribute.
	 * @see #getRequestName()
	 * @generated
	 */
	void setRequestName(String value);

	/**
	 * Returns the value of the '<em><b>Resource Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Name</em>' attribute.
	 * @see #setResourceName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerExtendedResourceRequest_ResourceName()
	 * @generated
	 */
	String getResourceName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerExtendedResourceRequest#getResourceName <em>Resource Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Name</em>' attribute.
	 * @see #getResourceName()
	 * @generated
	 */
	void setResourceName(String value);

} // ContainerExtendedResourceRequest
