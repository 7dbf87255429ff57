/**
 */
package io.pilothouse.model.k8s.gateway.v1alpha2;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>TCP Route Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteRule#getBackendRefs <em>Backend Refs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteRule#getName <em>Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1alpha2.GatewayV1alpha2Package#getTCPRouteRule()
 * @generated
 */
public interface TCPRouteRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Backend Refs</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteBackendRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Backend Refs</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.GatewayV1alpha2Package#getTCPRouteRule_BackendRefs()
	 * @generated
	 */
	EList<TCPRouteBackendRef> getBackendRefs();

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.GatewayV1alpha2Package#getTCPRouteRule_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteRule#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

} // TCPRouteRule
