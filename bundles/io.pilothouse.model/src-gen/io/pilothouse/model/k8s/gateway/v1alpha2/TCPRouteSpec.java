/**
 */
package io.pilothouse.model.k8s.gateway.v1alpha2;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>TCP Route Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteSpec#getParentRefs <em>Parent Refs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteSpec#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1alpha2.GatewayV1alpha2Package#getTCPRouteSpec()
 * @generated
 */
public interface TCPRouteSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Parent Refs</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteParentRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent Refs</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.GatewayV1alpha2Package#getTCPRouteSpec_ParentRefs()
	 * @generated
	 */
	EList<TCPRouteParentRef> getParentRefs();

	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.GatewayV1alpha2Package#getTCPRouteSpec_Rules()
	 * @generated
	 */
	EList<TCPRouteRule> getRules();

} // TCPRouteSpec
