/**
 */
package io.pilothouse.model.k8s.resource.v1alpha3;

import io.pilothouse.model.types.Time;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device Taint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaint#getEffect <em>Effect</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaint#getKey <em>Key</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaint#getTimeAdded <em>Time Added</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaint#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package#getDeviceTaint()
 * @generated
 */
public interface DeviceTaint extends EObject {
	/**
	 * Returns the value of the '<em><b>Effect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Effect</em>' attribute.
	 * @see #setEffect(String)
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package#getDeviceTaint_Effect()
	 * @generated
	 */
	String getEffect();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaint#getEffect <em>Effect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effect</em>' attribute.
	 * @see #getEffect()
	 * @generated
	 */
	void setEffect(String value);

	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package#getDeviceTaint_Key()
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaint#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Time Added</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time Added</em>' attribute.
	 * @see #setTimeAdded(Time)
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package#getDeviceTaint_TimeAdded()
	 * @generated
	 */
	Time getTimeAdded();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaint#getTimeAdded <em>Time Added</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Added</em>' attribute.
	 * @see #getTimeAdded()
	 * @generated
	 */
	void setTimeAdded(Time value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package#getDeviceTaint_Value()
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaint#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

} // DeviceTaint
