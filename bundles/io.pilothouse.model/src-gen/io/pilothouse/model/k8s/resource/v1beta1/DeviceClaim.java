/**
 */
package io.pilothouse.model.k8s.resource.v1beta1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device Claim</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClaim#getConfig <em>Config</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClaim#getConstraints <em>Constraints</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClaim#getRequests <em>Requests</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceClaim()
 * @generated
 */
public interface DeviceClaim extends EObject {
	/**
	 * Returns the value of the '<em><b>Config</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClaimConfiguration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Config</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceClaim_Config()
	 * @generated
	 */
	EList<DeviceClaimConfiguration> getConfig();

	/**
	 * Returns the value of the '<em><b>Constraints</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.resource.v1beta1.DeviceConstraint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Constraints</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceClaim_Constraints()
	 * @generated
	 */
	EList<DeviceConstraint> getConstraints();

	/**
	 * Returns the value of the '<em><b>Requests</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequest}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Requests</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceClaim_Requests()
	 * @generated
	 */
	EList<DeviceRequest> getRequests();

} // DeviceClaim
