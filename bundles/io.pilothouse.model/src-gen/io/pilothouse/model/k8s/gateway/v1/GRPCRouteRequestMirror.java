/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>GRPC Route Request Mirror</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteRequestMirror#getBackendRef <em>Backend Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteRequestMirror#getFraction <em>Fraction</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteRequestMirror#getPercent <em>Percent</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGRPCRouteRequestMirror()
 * @generated
 */
public interface GRPCRouteRequestMirror extends EObject {
	/**
	 * Returns the value of the '<em><b>Backend Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Backend Ref</em>' containment reference.
	 * @see #setBackendRef(GRPCRouteRequestMirrorBackendRef)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGRPCRouteRequestMirror_BackendRef()
	 * @generated
	 */
	GRPCRouteRequestMirrorBackendRef getBackendRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteRequestMirror#getBackendRef <em>Backend Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backend Ref</em>' containment reference.
	 * @see #getBackendRef()
	 * @generated
	 */
	void setBackendRef(GRPCRouteRequestMirrorBackendRef value);

	/**
	 * Returns the value of the '<em><b>Fraction</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fraction</em>' containment reference.
	 * @see #setFraction(GRPCRouteFraction)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGRPCRouteRequestMirror_Fraction()
	 * @generated
	 */
	GRPCRouteFraction getFraction();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteRequestMirror#getFraction <em>Fraction</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fraction</em>' containment reference.
	 * @see #getFraction()
	 * @generated
	 */
	void setFraction(GRPCRouteFraction value);

	/**
	 * Returns the value of the '<em><b>Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Percent</em>' attribute.
	 * @see #setPercent(Integer)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGRPCRouteRequestMirror_Percent()
	 * @generated
	 */
	Integer getPercent();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteRequestMirror#getPercent <em>Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Percent</em>' attribute.
	 * @see #getPercent()
	 * @generated
	 */
	void setPercent(Integer value);

} // GRPCRouteRequestMirror
