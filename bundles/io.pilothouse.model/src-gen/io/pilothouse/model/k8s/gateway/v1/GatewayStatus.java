/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gateway Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewayStatus#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewayStatus#getAttachedListenerSets <em>Attached Listener Sets</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewayStatus#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewayStatus#getListeners <em>Listeners</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewayStatus()
 * @generated
 */
public interface GatewayStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Addresses</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.GatewayStatusAddress}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addresses</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewayStatus_Addresses()
	 * @generated
	 */
	EList<GatewayStatusAddress> getAddresses();

	/**
	 * Returns the value of the '<em><b>Attached Listener Sets</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attached Listener Sets</em>' attribute.
	 * @see #setAttachedListenerSets(Integer)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewayStatus_AttachedListenerSets()
	 * @generated
	 */
	Integer getAttachedListenerSets();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GatewayStatus#getAttachedListenerSets <em>Attached Listener Sets</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attached Listener Sets</em>' attribute.
	 * @see #getAttachedListenerSets()
	 * @generated
	 */
	void setAttachedListenerSets(Integer value);

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.GatewayCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewayStatus_Conditions()
	 * @generated
	 */
	EList<GatewayCondition> getConditions();

	/**
	 * Returns the value of the '<em><b>Listeners</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.GatewayStatusListener}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Listeners</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewayStatus_Listeners()
	 * @generated
	 */
	EList<GatewayStatusListener> getListeners();

} // GatewayStatus
