/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>GRPC Route Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteRule#getBackendRefs <em>Backend Refs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteRule#getFilters <em>Filters</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteRule#getMatches <em>Matches</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteRule#getName <em>Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGRPCRouteRule()
 * @generated
 */
public interface GRPCRouteRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Backend Refs</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteRuleBackendRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Backend Refs</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGRPCRouteRule_BackendRefs()
	 * @generated
	 */
	EList<GRPCRouteRuleBackendRef> getBackendRefs();

	/**
	 * Returns the value of the '<em><b>Filters</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteFilter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Filters</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGRPCRouteRule_Filters()
	 * @generated
	 */
	EList<GRPCRouteFilter> getFilters();

	/**
	 * Returns the value of the '<em><b>Matches</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteMatch}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Matches</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGRPCRouteRule_Matches()
	 * @generated
	 */
	EList<GRPCRouteMatch> getMatches();

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGRPCRouteRule_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteRule#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

} // GRPCRouteRule
