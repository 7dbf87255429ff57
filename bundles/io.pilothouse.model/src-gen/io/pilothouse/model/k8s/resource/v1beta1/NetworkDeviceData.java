/**
 */
package io.pilothouse.model.k8s.resource.v1beta1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Device Data</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.NetworkDeviceData#getHardwareAddress <em>Hardware Address</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.NetworkDeviceData#getInterfaceName <em>Interface Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.NetworkDeviceData#getIps <em>Ips</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getNetworkDeviceData()
 * @generated
 */
public interface NetworkDeviceData extends EObject {
	/**
	 * Returns the value of the '<em><b>Hardware Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hardware Address</em>' attribute.
	 * @see #setHardwareAddress(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getNetworkDeviceData_HardwareAddress()
	 * @generated
	 */
	String getHardwareAddress();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.NetworkDeviceData#getHardwareAddress <em>Hardware Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hardware Address</em>' attribute.
	 * @see #getHardwareAddress()
	 * @generated
	 */
	void setHardwareAddress(String value);

	/**
	 * Returns the value of the '<em><b>Interface Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interface Name</em>' attribute.
	 * @see #setInterfaceName(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getNetworkDeviceData_InterfaceName()
	 * @generated
	 */
	String getInterfaceName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.NetworkDeviceData#getInterfaceName <em>Interface Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interface Name</em>' attribute.
	 * @see #getInterfaceName()
	 * @generated
	 */
	void setInterfaceName(String value);

	/**
	 * Returns the value of the '<em><b>Ips</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ips</em>' attribute list.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getNetworkDeviceData_Ips()
	 * @generated
	 */
	EList<String> getIps();

} // NetworkDeviceData
