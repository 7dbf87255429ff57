/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Endpoint Subset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.EndpointSubset#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.EndpointSubset#getNotReadyAddresses <em>Not Ready Addresses</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.EndpointSubset#getPorts <em>Ports</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEndpointSubset()
 * @generated
 */
public interface EndpointSubset extends EObject {
	/**
	 * Returns the value of the '<em><b>Addresses</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.EndpointAddress}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addresses</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEndpointSubset_Addresses()
	 * @generated
	 */
	EList<EndpointAddress> getAddresses();

	/**
	 * Returns the value of the '<em><b>Not Ready Addresses</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.EndpointAddress}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Not Ready Addresses</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEndpointSubset_NotReadyAddresses()
	 * @generated
	 */
	EList<EndpointAddress> getNotReadyAddresses();

	/**
	 * Returns the value of the '<em><b>Ports</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.EndpointPort}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ports</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEndpointSubset_Ports()
	 * @generated
	 */
	EList<EndpointPort> getPorts();

} // EndpointSubset
