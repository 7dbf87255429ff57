/**
 */
package io.pilothouse.model.k8s.gateway.v1alpha2;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.gateway.v1alpha2.GatewayV1alpha2Package
 * @generated
 */
public interface GatewayV1alpha2Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	GatewayV1alpha2Factory eINSTANCE = io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>TCP Route</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TCP Route</em>'.
	 * @generated
	 */
	TCPRoute createTCPRoute();

	/**
	 * Returns a new object of class '<em>TLS Route</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TLS Route</em>'.
	 * @generated
	 */
	TLSRoute createTLSRoute();

	/**
	 * Returns a new object of class '<em>UDP Route</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>UDP Route</em>'.
	 * @generated
	 */
	UDPRoute createUDPRoute();

	/**
	 * Returns a new object of class '<em>TCP Route Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TCP Route Spec</em>'.
	 * @generated
	 */
	TCPRouteSpec createTCPRouteSpec();

	/**
	 * Returns a new object of class '<em>TCP Route Parent Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TCP Route Parent Ref</em>'.
	 * @generated
	 */
	TCPRouteParentRef createTCPRouteParentRef();

	/**
	 * Returns a new object of class '<em>TCP Route Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TCP Route Rule</em>'.
	 * @generated
	 */
	TCPRouteRule createTCPRouteRule();

	/**
	 * Returns a new object of class '<em>TCP Route Backend Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TCP Route Backend Ref</em>'.
	 * @generated
	 */
	TCPRouteBackendRef createTCPRouteBackendRef();

	/**
	 * Returns a new object of class '<em>TCP Route Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TCP Route Status</em>'.
	 * @generated
	 */
	TCPRouteStatus createTCPRouteStatus();

	/**
	 * Returns a new object of class '<em>TCP Route Parent</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TCP Route Parent</em>'.
	 * @generated
	 */
	TCPRouteParent createTCPRouteParent();

	/**
	 * Returns a new object of class '<em>TCP Route Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TCP Route Condition</em>'.
	 * @generated
	 */
	TCPRouteCondition createTCPRouteCondition();

	/**
	 * Returns a new object of class '<em>TLS Route Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TLS Route Spec</em>'.
	 * @generated
	 */
	TLSRouteSpec createTLSRouteSpec();

	/**
	 * Returns a new object of class '<em>TLS Route Parent Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TLS Route Parent Ref</em>'.
	 * @generated
	 */
	TLSRouteParentRef createTLSRouteParentRef();

	/**
	 * Returns a new object of class '<em>TLS Route Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TLS Route Rule</em>'.
	 * @generated
	 */
	TLSRouteRule createTLSRouteRule();

	/**
	 * Returns a new object of class '<em>TLS Route Backend Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TLS Route Backend Ref</em>'.
	 * @generated
	 */
	TLSRouteBackendRef createTLSRouteBackendRef();

	/**
	 * Returns a new object of class '<em>TLS Route Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TLS Route Status</em>'.
	 * @generated
	 */
	TLSRouteStatus createTLSRouteStatus();

	/**
	 * Returns a new object of class '<em>TLS Route Parent</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TLS Route Parent</em>'.
	 * @generated
	 */
	TLSRouteParent createTLSRouteParent();

	/**
	 * Returns a new object of class '<em>TLS Route Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TLS Route Condition</em>'.
	 * @generated
	 */
	TLSRouteCondition createTLSRouteCondition();

	/**
	 * Returns a new object of class '<em>UDP Route Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>UDP Route Spec</em>'.
	 * @generated
	 */
	UDPRouteSpec createUDPRouteSpec();

	/**
	 * Returns a new object of class '<em>UDP Route Parent Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>UDP Route Parent Ref</em>'.
	 * @generated
	 */
	UDPRouteParentRef createUDPRouteParentRef();

	/**
	 * Returns a new object of class '<em>UDP Route Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>UDP Route Rule</em>'.
	 * @generated
	 */
	UDPRouteRule createUDPRouteRule();

	/**
	 * Returns a new object of class '<em>UDP Route Backend Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>UDP Route Backend Ref</em>'.
	 * @generated
	 */
	UDPRouteBackendRef createUDPRouteBackendRef();

	/**
	 * Returns a new object of class '<em>UDP Route Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>UDP Route Status</em>'.
	 * @generated
	 */
	UDPRouteStatus createUDPRouteStatus();

	/**
	 * Returns a new object of class '<em>UDP Route Parent</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>UDP Route Parent</em>'.
	 * @generated
	 */
	UDPRouteParent createUDPRouteParent();

	/**
	 * Returns a new object of class '<em>UDP Route Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>UDP Route Condition</em>'.
	 * @generated
	 */
	UDPRouteCondition createUDPRouteCondition();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	GatewayV1alpha2Package getGatewayV1alpha2Package();

} //GatewayV1alpha2Factory
