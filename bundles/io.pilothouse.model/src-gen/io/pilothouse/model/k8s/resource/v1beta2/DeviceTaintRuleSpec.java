/**
 */
package io.pilothouse.model.k8s.resource.v1beta2;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device Taint Rule Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.DeviceTaintRuleSpec#getDeviceSelector <em>Device Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.DeviceTaintRuleSpec#getTaint <em>Taint</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package#getDeviceTaintRuleSpec()
 * @generated
 */
public interface DeviceTaintRuleSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Device Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device Selector</em>' containment reference.
	 * @see #setDeviceSelector(DeviceTaintSelector)
	 * @see io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package#getDeviceTaintRuleSpec_DeviceSelector()
	 * @generated
	 */
	DeviceTaintSelector getDeviceSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta2.DeviceTaintRuleSpec#getDeviceSelector <em>Device Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Selector</em>' containment reference.
	 * @see #getDeviceSelector()
	 * @generated
	 */
	void setDeviceSelector(DeviceTaintSelector value);

	/**
	 * Returns the value of the '<em><b>Taint</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Taint</em>' containment reference.
	 * @see #setTaint(DeviceTaint)
	 * @see io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package#getDeviceTaintRuleSpec_Taint()
	 * @generated
	 */
	DeviceTaint getTaint();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta2.DeviceTaintRuleSpec#getTaint <em>Taint</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Taint</em>' containment reference.
	 * @see #getTaint()
	 * @generated
	 */
	void setTaint(DeviceTaint value);

} // DeviceTaintRuleSpec
