/**
 */
package io.pilothouse.model.k8s.gateway.v1alpha3;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package
 * @generated
 */
public interface GatewayV1alpha3Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	GatewayV1alpha3Factory eINSTANCE = io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Backend TLS Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backend TLS Policy</em>'.
	 * @generated
	 */
	BackendTLSPolicy createBackendTLSPolicy();

	/**
	 * Returns a new object of class '<em>TLS Route</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>TLS Route</em>'.
	 * @generated
	 */
	TLSRoute createTLSRoute();

	/**
	 * Returns a new object of class '<em>Backend TLS Policy Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backend TLS Policy Spec</em>'.
	 * @generated
	 */
	BackendTLSPolicySpec createBackendTLSPolicySpec();

	/**
	 * Returns a new object of class '<em>Backend TLS Policy Target Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backend TLS Policy Target Ref</em>'.
	 * @generated
	 */
	BackendTLSPolicyTargetRef createBackendTLSPolicyTargetRef();

	/**
	 * Returns a new object of class '<em>Backend TLS Policy Validation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backend TLS Policy Validation</em>'.
	 * @generated
	 */
	BackendTLSPolicyValidation createBackendTLSPolicyValidation();

	/**
	 * Returns a new object of class '<em>Backend TLS Policy Ca Certificate Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backend TLS Policy Ca Certificate Ref</em>'.
	 * @generated
	 */
	BackendTLSPolicyCaCertificateRef createBackendTLSPolicyCaCertificateRef();

	/**
	 * Returns a new object of class '<em>Backend TLS Policy Subject Alt Name</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backend TLS Policy Subject Alt Name</em>'.
	 * @generated
	 */
	BackendTLSPolicySubjectAltName createBackendTLSPolicySubjectAltName();

	/**
	 * Returns a new object of class '<em>Backend TLS Policy Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backend TLS Policy Status</em>'.
	 * @generated
	 */
	BackendTLSPolicyStatus createBackendTLSPolicyStatus();

	/**
	 * Returns a new object of class '<em>Backend TLS Policy Ancestor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backend TLS Policy Ancestor</em>'.
	 * @generated
	 */
	BackendTLSPolicyAncestor createBackendTLSPolicyAncestor();

	/**
	 * Returns a new object of class '<em>Backend TLS Policy Ancestor Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backend TLS Policy Ancestor Ref</em>'.
	 * @generated
	 */
	BackendTLSPolicyAncestorRef createBackendTLSPolicyAncestorRef();

	/**
	 * Returns a new object of class '<em>Backend TLS Policy Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backend TLS Policy Condition</em>'.
	 * @generated
	 */
	BackendTLSPolicyCondition createBackendTLSPolicyCondition();

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
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	GatewayV1alpha3Package getGatewayV1alpha3Package();

} //GatewayV1alpha3Factory
