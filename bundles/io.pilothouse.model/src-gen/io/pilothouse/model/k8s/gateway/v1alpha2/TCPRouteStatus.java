/**
 */
package io.pilothouse.model.k8s.gateway.v1alpha2;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>TCP Route Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteStatus#getParents <em>Parents</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1alpha2.GatewayV1alpha2Package#getTCPRouteStatus()
 * @generated
 */
public interface TCPRouteStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Parents</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteParent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parents</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.GatewayV1alpha2Package#getTCPRouteStatus_Parents()
	 * @generated
	 */
	EList<TCPRouteParent> getParents();

} // TCPRouteStatus
