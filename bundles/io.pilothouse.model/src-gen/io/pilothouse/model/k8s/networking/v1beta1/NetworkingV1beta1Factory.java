/**
 */
package io.pilothouse.model.k8s.networking.v1beta1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.networking.v1beta1.NetworkingV1beta1Package
 * @generated
 */
public interface NetworkingV1beta1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NetworkingV1beta1Factory eINSTANCE = io.pilothouse.model.k8s.networking.v1beta1.impl.NetworkingV1beta1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>IP Address</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>IP Address</em>'.
	 * @generated
	 */
	IPAddress createIPAddress();

	/**
	 * Returns a new object of class '<em>IP Address List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>IP Address List</em>'.
	 * @generated
	 */
	IPAddressList createIPAddressList();

	/**
	 * Returns a new object of class '<em>IP Address Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>IP Address Spec</em>'.
	 * @generated
	 */
	IPAddressSpec createIPAddressSpec();

	/**
	 * Returns a new object of class '<em>Parent Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Parent Reference</em>'.
	 * @generated
	 */
	ParentReference createParentReference();

	/**
	 * Returns a new object of class '<em>Service CIDR</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service CIDR</em>'.
	 * @generated
	 */
	ServiceCIDR createServiceCIDR();

	/**
	 * Returns a new object of class '<em>Service CIDR List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service CIDR List</em>'.
	 * @generated
	 */
	ServiceCIDRList createServiceCIDRList();

	/**
	 * Returns a new object of class '<em>Service CIDR Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service CIDR Spec</em>'.
	 * @generated
	 */
	ServiceCIDRSpec createServiceCIDRSpec();

	/**
	 * Returns a new object of class '<em>Service CIDR Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service CIDR Status</em>'.
	 * @generated
	 */
	ServiceCIDRStatus createServiceCIDRStatus();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	NetworkingV1beta1Package getNetworkingV1beta1Package();

} //NetworkingV1beta1Factory
