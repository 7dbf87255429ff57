/**
 */
package io.pilothouse.model.k8s.resource.v1beta2;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device Request</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.DeviceRequest#getExactly <em>Exactly</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.DeviceRequest#getFirstAvailable <em>First Available</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.DeviceRequest#getName <em>Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package#getDeviceRequest()
 * @generated
 */
public interface DeviceRequest extends EObject {
	/**
	 * Returns the value of the '<em><b>Exactly</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exactly</em>' containment reference.
	 * @see #setExactly(ExactDeviceRequest)
	 * @see io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package#getDeviceRequest_Exactly()
	 * @generated
	 */
	ExactDeviceRequest getExactly();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta2.DeviceRequest#getExactly <em>Exactly</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exactly</em>' containment reference.
	 * @see #getExactly()
	 * @generated
	 */
	void setExactly(ExactDeviceRequest value);

	/**
	 * Returns the value of the '<em><b>First Available</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.resource.v1beta2.DeviceSubRequest}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Available</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package#getDeviceRequest_FirstAvailable()
	 * @generated
	 */
	EList<DeviceSubRequest> getFirstAvailable();

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package#getDeviceRequest_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta2.DeviceRequest#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

} // DeviceRequest
