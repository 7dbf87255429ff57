/**
 */
package io.pilothouse.model.k8s.resource.v1beta1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device Allocation Configuration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAllocationConfiguration#getOpaque <em>Opaque</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAllocationConfiguration#getRequests <em>Requests</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAllocationConfiguration#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceAllocationConfiguration()
 * @generated
 */
public interface DeviceAllocationConfiguration extends EObject {
	/**
	 * Returns the value of the '<em><b>Opaque</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Opaque</em>' containment reference.
	 * @see #setOpaque(OpaqueDeviceConfiguration)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceAllocationConfiguration_Opaque()
	 * @generated
	 */
	OpaqueDeviceConfiguration getOpaque();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAllocationConfiguration#getOpaque <em>Opaque</em>}' containment reference.
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
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceAllocationConfiguration_Requests()
	 * @generated
	 */
	EList<String> getRequests();

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceAllocationConfiguration_Source()
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAllocationConfiguration#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

} // DeviceAllocationConfiguration
