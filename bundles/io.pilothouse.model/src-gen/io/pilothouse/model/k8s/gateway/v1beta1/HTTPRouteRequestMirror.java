/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>HTTP Route Request Mirror</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestMirror#getBackendRef <em>Backend Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestMirror#getFraction <em>Fraction</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestMirror#getPercent <em>Percent</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getHTTPRouteRequestMirror()
 * @generated
 */
public interface HTTPRouteRequestMirror extends EObject {
	/**
	 * Returns the value of the '<em><b>Backend Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Backend Ref</em>' containment reference.
	 * @see #setBackendRef(HTTPRouteRequestMirrorBackendRef)
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getHTTPRouteRequestMirror_BackendRef()
	 * @generated
	 */
	HTTPRouteRequestMirrorBackendRef getBackendRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestMirror#getBackendRef <em>Backend Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backend Ref</em>' containment reference.
	 * @see #getBackendRef()
	 * @generated
	 */
	void setBackendRef(HTTPRouteRequestMirrorBackendRef value);

	/**
	 * Returns the value of the '<em><b>Fraction</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fraction</em>' containment reference.
	 * @see #setFraction(HTTPRouteFraction)
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getHTTPRouteRequestMirror_Fraction()
	 * @generated
	 */
	HTTPRouteFraction getFraction();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestMirror#getFraction <em>Fraction</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fraction</em>' containment reference.
	 * @see #getFraction()
	 * @generated
	 */
	void setFraction(HTTPRouteFraction value);

	/**
	 * Returns the value of the '<em><b>Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Percent</em>' attribute.
	 * @see #setPercent(Integer)
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getHTTPRouteRequestMirror_Percent()
	 * @generated
	 */
	Integer getPercent();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestMirror#getPercent <em>Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Percent</em>' attribute.
	 * @see #getPercent()
	 * @generated
	 */
	void setPercent(Integer value);

} // HTTPRouteRequestMirror
