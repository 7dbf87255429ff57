/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>HTTP Route Parent</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteParent#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteParent#getControllerName <em>Controller Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteParent#getParentRef <em>Parent Ref</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getHTTPRouteParent()
 * @generated
 */
public interface HTTPRouteParent extends EObject {
	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getHTTPRouteParent_Conditions()
	 * @generated
	 */
	EList<HTTPRouteCondition> getConditions();

	/**
	 * Returns the value of the '<em><b>Controller Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Controller Name</em>' attribute.
	 * @see #setControllerName(String)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getHTTPRouteParent_ControllerName()
	 * @generated
	 */
	String getControllerName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteParent#getControllerName <em>Controller Name</em>}' attribute.
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
	 * @see #setParentRef(HTTPRouteParentRef)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getHTTPRouteParent_ParentRef()
	 * @generated
	 */
	HTTPRouteParentRef getParentRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.HTTPRouteParent#getParentRef <em>Parent Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent Ref</em>' containment reference.
	 * @see #getParentRef()
	 * @generated
	 */
	void setParentRef(HTTPRouteParentRef value);

} // HTTPRouteParent
