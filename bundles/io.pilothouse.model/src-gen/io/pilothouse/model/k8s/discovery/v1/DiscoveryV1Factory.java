/**
 */
package io.pilothouse.model.k8s.discovery.v1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package
 * @generated
 */
public interface DiscoveryV1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DiscoveryV1Factory eINSTANCE = io.pilothouse.model.k8s.discovery.v1.impl.DiscoveryV1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Endpoint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Endpoint</em>'.
	 * @generated
	 */
	Endpoint createEndpoint();

	/**
	 * Returns a new object of class '<em>Endpoint Conditions</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Endpoint Conditions</em>'.
	 * @generated
	 */
	EndpointConditions createEndpointConditions();

	/**
	 * Returns a new object of class '<em>Endpoint Hints</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Endpoint Hints</em>'.
	 * @generated
	 */
	EndpointHints createEndpointHints();

	/**
	 * Returns a new object of class '<em>Endpoint Port</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Endpoint Port</em>'.
	 * @generated
	 */
	EndpointPort createEndpointPort();

	/**
	 * Returns a new object of class '<em>Endpoint Slice</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Endpoint Slice</em>'.
	 * @generated
	 */
	EndpointSlice createEndpointSlice();

	/**
	 * Returns a new object of class '<em>Endpoint Slice List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Endpoint Slice List</em>'.
	 * @generated
	 */
	EndpointSliceList createEndpointSliceList();

	/**
	 * Returns a new object of class '<em>For Node</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>For Node</em>'.
	 * @generated
	 */
	ForNode createForNode();

	/**
	 * Returns a new object of class '<em>For Zone</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>For Zone</em>'.
	 * @generated
	 */
	ForZone createForZone();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	DiscoveryV1Package getDiscoveryV1Package();

} //DiscoveryV1Factory
