/**
 */
package io.pilothouse.model.k8s.resource.v1;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device Capacity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.DeviceCapacity#getRequestPolicy <em>Request Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.DeviceCapacity#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDeviceCapacity()
 * @generated
 */
public interface DeviceCapacity extends EObject {
	/**
	 * Returns the value of the '<em><b>Request Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Request Policy</em>' containment reference.
	 * @see #setRequestPolicy(CapacityRequestPolicy)
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDeviceCapacity_RequestPolicy()
	 * @generated
	 */
	CapacityRequestPolicy getRequestPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1.DeviceCapacity#getRequestPolicy <em>Request Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Request Policy</em>' containment reference.
	 * @see #getRequestPolicy()
	 * @generated
	 */
	void setRequestPolicy(CapacityRequestPolicy value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(Quantity)
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDeviceCapacity_Value()
	 * @generated
	 */
	Quantity getValue();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1.DeviceCapacity#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(Quantity value);

} // DeviceCapacity
