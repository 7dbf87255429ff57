/**
 */
package io.pilothouse.model.k8s.discovery.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Endpoint Hints</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.EndpointHints#getForNodes <em>For Nodes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.EndpointHints#getForZones <em>For Zones</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpointHints()
 * @generated
 */
public interface EndpointHints extends EObject {
	/**
	 * Returns the value of the '<em><b>For Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.discovery.v1.ForNode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>For Nodes</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpointHints_ForNodes()
	 * @generated
	 */
	EList<ForNode> getForNodes();

	/**
	 * Returns the value of the '<em><b>For Zones</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.discovery.v1.ForZone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>For Zones</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpointHints_ForZones()
	 * @generated
	 */
	EList<ForZone> getForZones();

} // EndpointHints
