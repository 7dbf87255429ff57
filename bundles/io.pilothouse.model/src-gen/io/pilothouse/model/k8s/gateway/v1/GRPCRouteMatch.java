/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>GRPC Route Match</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteMatch#getHeaders <em>Headers</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteMatch#getMethod <em>Method</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGRPCRouteMatch()
 * @generated
 */
public interface GRPCRouteMatch extends EObject {
	/**
	 * Returns the value of the '<em><b>Headers</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteHeader}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Headers</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGRPCRouteMatch_Headers()
	 * @generated
	 */
	EList<GRPCRouteHeader> getHeaders();

	/**
	 * Returns the value of the '<em><b>Method</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' containment reference.
	 * @see #setMethod(GRPCRouteMethod)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGRPCRouteMatch_Method()
	 * @generated
	 */
	GRPCRouteMethod getMethod();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteMatch#getMethod <em>Method</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' containment reference.
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(GRPCRouteMethod value);

} // GRPCRouteMatch
