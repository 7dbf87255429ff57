/**
 */
package io.pilothouse.model.k8s.discovery.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Endpoint Conditions</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.EndpointConditions#getReady <em>Ready</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.EndpointConditions#getServing <em>Serving</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.EndpointConditions#getTerminating <em>Terminating</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpointConditions()
 * @generated
 */
public interface EndpointConditions extends EObject {
	/**
	 * Returns the value of the '<em><b>Ready</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ready</em>' attribute.
	 * @see #setReady(Boolean)
	 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpointConditions_Ready()
	 * @generated
	 */
	Boolean getReady();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.discovery.v1.EndpointConditions#getReady <em>Ready</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ready</em>' attribute.
	 * @see #getReady()
	 * @generated
	 */
	void setReady(Boolean value);

	/**
	 * Returns the value of the '<em><b>Serving</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Serving</em>' attribute.
	 * @see #setServing(Boolean)
	 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpointConditions_Serving()
	 * @generated
	 */
	Boolean getServing();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.discovery.v1.EndpointConditions#getServing <em>Serving</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Serving</em>' attribute.
	 * @see #getServing()
	 * @generated
	 */
	void setServing(Boolean value);

	/**
	 * Returns the value of the '<em><b>Terminating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Terminating</em>' attribute.
	 * @see #setTerminating(Boolean)
	 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpointConditions_Terminating()
	 * @generated
	 */
	Boolean getTerminating();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.discovery.v1.EndpointConditions#getTerminating <em>Terminating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Terminating</em>' attribute.
	 * @see #getTerminating()
	 * @generated
	 */
	void setTerminating(Boolean value);

} // EndpointConditions
