/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>UDP Route Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.UDPRouteSpec#getParentRefs <em>Parent Refs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.UDPRouteSpec#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getUDPRouteSpec()
 * @generated
 */
public interface UDPRouteSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Parent Refs</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.UDPRouteParentRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent Refs</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getUDPRouteSpec_ParentRefs()
	 * @generated
	 */
	EList<UDPRouteParentRef> getParentRefs();

	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.UDPRouteRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getUDPRouteSpec_Rules()
	 * @generated
	 */
	EList<UDPRouteRule> getRules();

} // UDPRouteSpec
