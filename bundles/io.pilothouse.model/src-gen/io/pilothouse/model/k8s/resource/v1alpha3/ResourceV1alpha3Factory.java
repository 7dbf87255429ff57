/**
 */
package io.pilothouse.model.k8s.resource.v1alpha3;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package
 * @generated
 */
public interface ResourceV1alpha3Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ResourceV1alpha3Factory eINSTANCE = io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourceV1alpha3FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Device Taint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Taint</em>'.
	 * @generated
	 */
	DeviceTaint createDeviceTaint();

	/**
	 * Returns a new object of class '<em>Device Taint Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Taint Rule</em>'.
	 * @generated
	 */
	DeviceTaintRule createDeviceTaintRule();

	/**
	 * Returns a new object of class '<em>Device Taint Rule List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Taint Rule List</em>'.
	 * @generated
	 */
	DeviceTaintRuleList createDeviceTaintRuleList();

	/**
	 * Returns a new object of class '<em>Device Taint Rule Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Taint Rule Spec</em>'.
	 * @generated
	 */
	DeviceTaintRuleSpec createDeviceTaintRuleSpec();

	/**
	 * Returns a new object of class '<em>Device Taint Rule Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Taint Rule Status</em>'.
	 * @generated
	 */
	DeviceTaintRuleStatus createDeviceTaintRuleStatus();

	/**
	 * Returns a new object of class '<em>Device Taint Selector</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Taint Selector</em>'.
	 * @generated
	 */
	DeviceTaintSelector createDeviceTaintSelector();

	/**
	 * Returns a new object of class '<em>Pool Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pool Status</em>'.
	 * @generated
	 */
	PoolStatus createPoolStatus();

	/**
	 * Returns a new object of class '<em>Resource Pool Status Request</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Pool Status Request</em>'.
	 * @generated
	 */
	ResourcePoolStatusRequest createResourcePoolStatusRequest();

	/**
	 * Returns a new object of class '<em>Resource Pool Status Request List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Pool Status Request List</em>'.
	 * @generated
	 */
	ResourcePoolStatusRequestList createResourcePoolStatusRequestList();

	/**
	 * Returns a new object of class '<em>Resource Pool Status Request Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Pool Status Request Spec</em>'.
	 * @generated
	 */
	ResourcePoolStatusRequestSpec createResourcePoolStatusRequestSpec();

	/**
	 * Returns a new object of class '<em>Resource Pool Status Request Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Pool Status Request Status</em>'.
	 * @generated
	 */
	ResourcePoolStatusRequestStatus createResourcePoolStatusRequestStatus();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ResourceV1alpha3Package getResourceV1alpha3Package();

} //ResourceV1alpha3Factory
