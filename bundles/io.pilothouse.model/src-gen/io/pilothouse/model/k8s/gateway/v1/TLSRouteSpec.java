/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>TLS Route Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.TLSRouteSpec#getHostnames <em>Hostnames</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.TLSRouteSpec#getParentRefs <em>Parent Refs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.TLSRouteSpec#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getTLSRouteSpec()
 * @generated
 */
public interface TLSRouteSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Hostnames</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hostnames</em>' attribute list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getTLSRouteSpec_Hostnames()
	 * @generated
	 */
	EList<String> getHostnames();

	/**
	 * Returns the value of the '<em><b>Parent Refs</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.TLSRouteParentRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent Refs</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getTLSRouteSpec_ParentRefs()
	 * @generated
	 */
	EList<TLSRouteParentRef> getParentRefs();

	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.TLSRouteRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getTLSRouteSpec_Rules()
	 * @generated
	 */
	EList<TLSRouteRule> getRules();

} // TLSRouteSpec
