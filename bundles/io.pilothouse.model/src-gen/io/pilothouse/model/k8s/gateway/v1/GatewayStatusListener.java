/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gateway Status Listener</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewayStatusListener#getAttachedRoutes <em>Attached Routes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewayStatusListener#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewayStatusListener#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewayStatusListener#getSupportedKinds <em>Supported Kinds</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewayStatusListener()
 * @generated
 */
public interface GatewayStatusListener extends EObject {
	/**
	 * Returns the value of the '<em><b>Attached Routes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attached Routes</em>' attribute.
	 * @see #setAttachedRoutes(Integer)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewayStatusListener_AttachedRoutes()
	 * @generated
	 */
	Integer getAttachedRoutes();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GatewayStatusListener#getAttachedRoutes <em>Attached Routes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attached Routes</em>' attribute.
	 * @see #getAttachedRoutes()
	 * @generated
	 */
	void setAttachedRoutes(Integer value);

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.GatewayCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewayStatusListener_Conditions()
	 * @generated
	 */
	EList<GatewayCondition> getConditions();

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewayStatusListener_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GatewayStatusListener#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Supported Kinds</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.GatewaySupportedKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supported Kinds</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewayStatusListener_SupportedKinds()
	 * @generated
	 */
	EList<GatewaySupportedKind> getSupportedKinds();

} // GatewayStatusListener
