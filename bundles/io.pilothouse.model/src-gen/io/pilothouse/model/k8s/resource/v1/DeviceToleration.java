/**
 */
package io.pilothouse.model.k8s.resource.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device Toleration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.DeviceToleration#getEffect <em>Effect</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.DeviceToleration#getKey <em>Key</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.DeviceToleration#getOperator <em>Operator</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.DeviceToleration#getTolerationSeconds <em>Toleration Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.DeviceToleration#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDeviceToleration()
 * @generated
 */
public interface DeviceToleration extends EObject {
	/**
	 * Returns the value of the '<em><b>Effect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Effect</em>' attribute.
	 * @see #setEffect(String)
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDeviceToleration_Effect()
	 * @generated
	 */
	String getEffect();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1.DeviceToleration#getEffect <em>Effect</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDeviceToleration_Key()
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1.DeviceToleration#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see #setOperator(String)
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDeviceToleration_Operator()
	 * @generated
	 */
	String getOperator();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1.DeviceToleration#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(String value);

	/**
	 * Returns the value of the '<em><b>Toleration Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Toleration Seconds</em>' attribute.
	 * @see #setTolerationSeconds(Long)
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDeviceToleration_TolerationSeconds()
	 * @generated
	 */
	Long getTolerationSeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1.DeviceToleration#getTolerationSeconds <em>Toleration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Toleration Seconds</em>' attribute.
	 * @see #getTolerationSeconds()
	 * @generated
	 */
	void setTolerationSeconds(Long value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDeviceToleration_Value()
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1.DeviceToleration#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

} // DeviceToleration
