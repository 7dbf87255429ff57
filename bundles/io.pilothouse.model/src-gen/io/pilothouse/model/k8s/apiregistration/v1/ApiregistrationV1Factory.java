/**
 */
package io.pilothouse.model.k8s.apiregistration.v1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.apiregistration.v1.ApiregistrationV1Package
 * @generated
 */
public interface ApiregistrationV1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ApiregistrationV1Factory eINSTANCE = io.pilothouse.model.k8s.apiregistration.v1.impl.ApiregistrationV1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>API Service</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>API Service</em>'.
	 * @generated
	 */
	APIService createAPIService();

	/**
	 * Returns a new object of class '<em>API Service Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>API Service Condition</em>'.
	 * @generated
	 */
	APIServiceCondition createAPIServiceCondition();

	/**
	 * Returns a new object of class '<em>API Service List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>API Service List</em>'.
	 * @generated
	 */
	APIServiceList createAPIServiceList();

	/**
	 * Returns a new object of class '<em>API Service Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>API Service Spec</em>'.
	 * @generated
	 */
	APIServiceSpec createAPIServiceSpec();

	/**
	 * Returns a new object of class '<em>API Service Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>API Service Status</em>'.
	 * @generated
	 */
	APIServiceStatus createAPIServiceStatus();

	/**
	 * Returns a new object of class '<em>Service Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Reference</em>'.
	 * @generated
	 */
	ServiceReference createServiceReference();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ApiregistrationV1Package getApiregistrationV1Package();

} //ApiregistrationV1Factory
