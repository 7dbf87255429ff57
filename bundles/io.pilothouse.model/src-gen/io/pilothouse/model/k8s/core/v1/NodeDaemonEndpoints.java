/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Daemon Endpoints</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeDaemonEndpoints#getKubeletEndpoint <em>Kubelet Endpoint</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeDaemonEndpoints()
 * @generated
 */
public interface NodeDaemonEndpoints extends EObject {
	/**
	 * Returns the value of the '<em><b>Kubelet Endpoint</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kubelet Endpoint</em>' containment reference.
	 * @see #setKubeletEndpoint(DaemonEndpoint)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeDaemonEndpoints_KubeletEndpoint()
	 * @generated
	 */
	DaemonEndpoint getKubeletEndpoint();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeDaemonEndpoints#getKubeletEndpoint <em>Kubelet Endpoint</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kubelet Endpoint</em>' containment reference.
	 * @see #getKubeletEndpoint()
	 * @generated
	 */
	void setKubeletEndpoint(DaemonEndpoint value);

} // NodeDaemonEndpoints
