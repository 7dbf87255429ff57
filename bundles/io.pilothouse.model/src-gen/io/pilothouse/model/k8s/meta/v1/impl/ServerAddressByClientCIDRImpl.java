/**
 */
package io.pilothouse.model.k8s.meta.v1.impl;

import io.pilothouse.model.k8s.meta.v1.MetaV1Package;
import io.pilothouse.model.k8s.meta.v1.ServerAddressByClientCIDR;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Server Address By Client CIDR</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ServerAddressByClientCIDRImpl#getClientCIDR <em>Client CIDR</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ServerAddressByClientCIDRImpl#getServerAddress <em>Server Address</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServerAddressByClientCIDRImpl extends MinimalEObjectImpl.Container implements ServerAddressByClientCIDR {
	/**
	 * The default value of the '{@link #getClientCIDR() <em>Client CIDR</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientCIDR()
	 * @generated
	 * @ordered
	 */
	protected static final String CLIENT_CIDR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClientCIDR() <em>Client CIDR</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientCIDR()
	 * @generated
	 * @ordered
	 */
	protected String clientCIDR = CLIENT_CIDR_EDEFAULT;

	/**
	 * The default value of the '{@link #getServerAddress() <em>Server Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServerAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVER_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServerAddress() <em>Server Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServerAddress()
	 * @generated
	 * @ordered
	 */
	protected String serverAddress = SERVER_ADDRESS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServerAddressByClientCIDRImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MetaV1Package.Literals.SERVER_ADDRESS_BY_CLIENT_CIDR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClientCIDR() {
		return clientCIDR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClientCIDR(String newClientCIDR) {
		String oldClientCIDR = clientCIDR;
		clientCIDR = newClientCIDR;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.SERVER_ADDRESS_BY_CLIENT_CIDR__CLIENT_CIDR, oldClientCIDR, clientCIDR));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServerAddress() {
		return serverAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServerAddress(String newServerAddress) {
		String oldServerAddress = serverAddress;
		serverAddress = newServerAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.SERVER_ADDRESS_BY_CLIENT_CIDR__SERVER_ADDRESS, oldServerAddress, serverAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MetaV1Package.SERVER_ADDRESS_BY_CLIENT_CIDR__CLIENT_CIDR:
				return getClientCIDR();
			case MetaV1Package.SERVER_ADDRESS_BY_CLIENT_CIDR__SERVER_ADDRESS:
				return getServerAddress();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MetaV1Package.SERVER_ADDRESS_BY_CLIENT_CIDR__CLIENT_CIDR:
				setClientCIDR((String)newValue);
				return;
			case MetaV1Package.SERVER_ADDRESS_BY_CLIENT_CIDR__SERVER_ADDRESS:
				setServerAddress((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case MetaV1Package.SERVER_ADDRESS_BY_CLIENT_CIDR__CLIENT_CIDR:
				setClientCIDR(CLIENT_CIDR_EDEFAULT);
				return;
			case MetaV1Package.SERVER_ADDRESS_BY_CLIENT_CIDR__SERVER_ADDRESS:
				setServerAddress(SERVER_ADDRESS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case MetaV1Package.SERVER_ADDRESS_BY_CLIENT_CIDR__CLIENT_CIDR:
				return CLIENT_CIDR_EDEFAULT == null ? clientCIDR != null : !CLIENT_CIDR_EDEFAULT.equals(clientCIDR);
			case MetaV1Package.SERVER_ADDRESS_BY_CLIENT_CIDR__SERVER_ADDRESS:
				return SERVER_ADDRESS_EDEFAULT == null ? serverAddress != null : !SERVER_ADDRESS_EDEFAULT.equals(serverAddress);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (clientCIDR: ");
		result.append(clientCIDR);
		result.append(", serverAddress: ");
		result.append(serverAddress);
		result.append(')');
		return result.toString();
	}

} //ServerAddressByClientCIDRImpl
