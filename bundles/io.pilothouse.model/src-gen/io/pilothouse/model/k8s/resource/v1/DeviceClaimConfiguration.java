/**
 */
package io.pilothouse.model.k8s.resource.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device Claim Configuration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.DeviceClaimConfiguration#getOpaque <em>Opaque</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.DeviceClaimConfiguration#getRequests <em>Requests</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDeviceClaimConfiguration()
 * @generated
 */
public interface DeviceClaimConfiguration extends EObject {
	/**
	 * Returns the value of the '<em><b>Opaque</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Opaque</em>' containment reference.
	 * @see #setOpaque(OpaqueDeviceConfiguration)
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDeviceClaimConfiguration_Opaque()
	 * @generated
	 */
	OpaqueDeviceConfiguration getOpaque();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1.DeviceClaimConfiguration#getOpaque <em>Opaque</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opaque</em>' containment reference.
	 * @see #getOpaque()
	 * @generated
	 */
	void setOpaque(OpaqueDeviceConfiguration value);

	/**
	 * Returns the value of the '<em><b>Requests</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Requests</em>' attribute list.
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDeviceClaimConfiguration_Requests()
	 * @generated
	 */
	EList<String> getRequests();

} // DeviceClaimConfiguration
