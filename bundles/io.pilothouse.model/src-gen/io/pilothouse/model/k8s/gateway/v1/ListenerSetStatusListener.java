/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Listener Set Status Listener</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetStatusListener#getAttachedRoutes <em>Attached Routes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetStatusListener#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetStatusListener#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetStatusListener#getSupportedKinds <em>Supported Kinds</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getListenerSetStatusListener()
 * @generated
 */
public interface ListenerSetStatusListener extends EObject {
	/**
	 * Returns the value of the '<em><b>Attached Routes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attached Routes</em>' attribute.
	 * @see #setAttachedRoutes(Integer)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getListenerSetStatusListener_AttachedRoutes()
	 * @generated
	 */
	Integer getAttachedRoutes();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetStatusListener#getAttachedRoutes <em>Attached Routes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attached Routes</em>' attribute.
	 * @see #getAttachedRoutes()
	 * @generated
	 */
	void setAttachedRoutes(Integer value);

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.ListenerSetCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getListenerSetStatusListener_Conditions()
	 * @generated
	 */
	EList<ListenerSetCondition> getConditions();

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getListenerSetStatusListener_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetStatusListener#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Supported Kinds</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.ListenerSetSupportedKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supported Kinds</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getListenerSetStatusListener_SupportedKinds()
	 * @generated
	 */
	EList<ListenerSetSupportedKind> getSupportedKinds();

} // ListenerSetStatusListener
