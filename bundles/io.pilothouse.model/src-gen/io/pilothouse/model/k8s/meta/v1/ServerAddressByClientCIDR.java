/**
 */
package io.pilothouse.model.k8s.meta.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Server Address By Client CIDR</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ServerAddressByClientCIDR#getClientCIDR <em>Client CIDR</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ServerAddressByClientCIDR#getServerAddress <em>Server Address</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getServerAddressByClientCIDR()
 * @generated
 */
public interface ServerAddressByClientCIDR extends EObject {
	/**
	 * Returns the value of the '<em><b>Client CIDR</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Client CIDR</em>' attribute.
	 * @see #setClientCIDR(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getServerAddressByClientCIDR_ClientCIDR()
	 * @generated
	 */
	String getClientCIDR();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.ServerAddressByClientCIDR#getClientCIDR <em>Client CIDR</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client CIDR</em>' attribute.
	 * @see #getClientCIDR()
	 * @generated
	 */
	void setClientCIDR(String value);

	/**
	 * Returns the value of the '<em><b>Server Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Server Address</em>' attribute.
	 * @see #setServerAddress(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getServerAddressByClientCIDR_ServerAddress()
	 * @generated
	 */
	String getServerAddress();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.ServerAddressByClientCIDR#getServerAddress <em>Server Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Server Address</em>' attribute.
	 * @see #getServerAddress()
	 * @generated
	 */
	void setServerAddress(String value);

} // ServerAddressByClientCIDR
