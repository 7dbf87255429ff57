/**
 */
package io.pilothouse.model.k8s.gateway.v1alpha2;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>UDP Route Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteRule#getBackendRefs <em>Backend Refs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteRule#getName <em>Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1alpha2.GatewayV1alpha2Package#getUDPRouteRule()
 * @generated
 */
public interface UDPRouteRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Backend Refs</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteBackendRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Backend Refs</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.GatewayV1alpha2Package#getUDPRouteRule_BackendRefs()
	 * @generated
	 */
	EList<UDPRouteBackendRef> getBackendRefs();

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.GatewayV1alpha2Package#getUDPRouteRule_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteRule#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

} // UDPRouteRule
