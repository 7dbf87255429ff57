/**
 */
package io.pilothouse.model.k8s.discovery.v1;

import io.pilothouse.model.k8s.core.v1.ObjectReference;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Endpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.Endpoint#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.Endpoint#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.Endpoint#getDeprecatedTopology <em>Deprecated Topology</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.Endpoint#getHints <em>Hints</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.Endpoint#getHostname <em>Hostname</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.Endpoint#getNodeName <em>Node Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.Endpoint#getTargetRef <em>Target Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.Endpoint#getZone <em>Zone</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpoint()
 * @generated
 */
public interface Endpoint extends EObject {
	/**
	 * Returns the value of the '<em><b>Addresses</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addresses</em>' attribute list.
	 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpoint_Addresses()
	 * @generated
	 */
	EList<String> getAddresses();

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference.
	 * @see #setConditions(EndpointConditions)
	 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpoint_Conditions()
	 * @generated
	 */
	EndpointConditions getConditions();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.discovery.v1.Endpoint#getConditions <em>Conditions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Conditions</em>' containment reference.
	 * @see #getConditions()
	 * @generated
	 */
	void setConditions(EndpointConditions value);

	/**
	 * Returns the value of the '<em><b>Deprecated Topology</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deprecated Topology</em>' map.
	 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpoint_DeprecatedTopology()
	 * @generated
	 */
	EMap<String, String> getDeprecatedTopology();

	/**
	 * Returns the value of the '<em><b>Hints</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hints</em>' containment reference.
	 * @see #setHints(EndpointHints)
	 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpoint_Hints()
	 * @generated
	 */
	EndpointHints getHints();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.discovery.v1.Endpoint#getHints <em>Hints</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hints</em>' containment reference.
	 * @see #getHints()
	 * @generated
	 */
	void setHints(EndpointHints value);

	/**
	 * Returns the value of the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hostname</em>' attribute.
	 * @see #setHostname(String)
	 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpoint_Hostname()
	 * @generated
	 */
	String getHostname();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.discovery.v1.Endpoint#getHostname <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hostname</em>' attribute.
	 * @see #getHostname()
	 * @generated
	 */
	void setHostname(String value);

	/**
	 * Returns the value of the '<em><b>Node Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Name</em>' attribute.
	 * @see #setNodeName(String)
	 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpoint_NodeName()
	 * @generated
	 */
	String getNodeName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.discovery.v1.Endpoint#getNodeName <em>Node Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Name</em>' attribute.
	 * @see #getNodeName()
	 * @generated
	 */
	void setNodeName(String value);

	/**
	 * Returns the value of the '<em><b>Target Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Ref</em>' containment reference.
	 * @see #setTargetRef(ObjectReference)
	 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpoint_TargetRef()
	 * @generated
	 */
	ObjectReference getTargetRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.discovery.v1.Endpoint#getTargetRef <em>Target Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Ref</em>' containment reference.
	 * @see #getTargetRef()
	 * @generated
	 */
	void setTargetRef(ObjectReference value);

	/**
	 * Returns the value of the '<em><b>Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Zone</em>' attribute.
	 * @see #setZone(String)
	 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpoint_Zone()
	 * @generated
	 */
	String getZone();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.discovery.v1.Endpoint#getZone <em>Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zone</em>' attribute.
	 * @see #getZone()
	 * @generated
	 */
	void setZone(String value);

} // Endpoint
