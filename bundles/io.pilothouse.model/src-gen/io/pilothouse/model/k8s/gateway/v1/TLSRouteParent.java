/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>TLS Route Parent</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.TLSRouteParent#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.TLSRouteParent#getControllerName <em>Controller Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.TLSRouteParent#getParentRef <em>Parent Ref</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getTLSRouteParent()
 * @generated
 */
public interface TLSRouteParent extends EObject {
	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.TLSRouteCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getTLSRouteParent_Conditions()
	 * @generated
	 */
	EList<TLSRouteCondition> getConditions();

	/**
	 * Returns the value of the '<em><b>Controller Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Controller Name</em>' attribute.
	 * @see #setControllerName(String)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getTLSRouteParent_ControllerName()
	 * @generated
	 */
	String getControllerName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.TLSRouteParent#getControllerName <em>Controller Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Controller Name</em>' attribute.
	 * @see #getControllerName()
	 * @generated
	 */
	void setControllerName(String value);

	/**
	 * Returns the value of the '<em><b>Parent Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent Ref</em>' containment reference.
	 * @see #setParentRef(TLSRouteParentRef)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getTLSRouteParent_ParentRef()
	 * @generated
	 */
	TLSRouteParentRef getParentRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.TLSRouteParent#getParentRef <em>Parent Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent Ref</em>' containment reference.
	 * @see #getParentRef()
	 * @generated
	 */
	void setParentRef(TLSRouteParentRef value);

} // TLSRouteParent
