/**
 */
package io.pilothouse.model.k8s.resource.v1beta1.impl;

import io.pilothouse.model.k8s.resource.v1beta1.NetworkDeviceData;
import io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network Device Data</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.NetworkDeviceDataImpl#getHardwareAddress <em>Hardware Address</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.NetworkDeviceDataImpl#getInterfaceName <em>Interface Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.NetworkDeviceDataImpl#getIps <em>Ips</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetworkDeviceDataImpl extends MinimalEObjectImpl.Container implements NetworkDeviceData {
	/**
	 * The default value of the '{@link #getHardwareAddress() <em>Hardware Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardwareAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String HARDWARE_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHardwareAddress() <em>Hardware Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardwareAddress()
	 * @generated
	 * @ordered
	 */
	protected String hardwareAddress = HARDWARE_ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getInterfaceName() <em>Interface Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterfaceName()
	 * @generated
	 * @ordered
	 */
	protected static final String INTERFACE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInterfaceName() <em>Interface Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterfaceName()
	 * @generated
	 * @ordered
	 */
	protected String interfaceName = INTERFACE_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIps() <em>Ips</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIps()
	 * @generated
	 * @ordered
	 */
	protected EList<String> ips;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetworkDeviceDataImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1beta1Package.Literals.NETWORK_DEVICE_DATA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHardwareAddress() {
		return hardwareAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHardwareAddress(String newHardwareAddress) {
		String oldHardwareAddress = hardwareAddress;
		hardwareAddress = newHardwareAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.NETWORK_DEVICE_DATA__HARDWARE_ADDRESS, oldHardwareAddress, hardwareAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInterfaceName() {
		return interfaceName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterfaceName(String newInterfaceName) {
		String oldInterfaceName = interfaceName;
		interfaceName = newInterfaceName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.NETWORK_DEVICE_DATA__INTERFACE_NAME, oldInterfaceName, interfaceName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getIps() {
		if (ips == null) {
			ips = new EDataTypeUniqueEList<String>(String.class, this, ResourceV1beta1Package.NETWORK_DEVICE_DATA__IPS);
		}
		return ips;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ResourceV1beta1Package.NETWORK_DEVICE_DATA__HARDWARE_ADDRESS:
				return getHardwareAddress();
			case ResourceV1beta1Package.NETWORK_DEVICE_DATA__INTERFACE_NAME:
				return getInterfaceName();
			case ResourceV1beta1Package.NETWORK_DEVICE_DATA__IPS:
				return getIps();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ResourceV1beta1Package.NETWORK_DEVICE_DATA__HARDWARE_ADDRESS:
				setHardwareAddress((String)newValue);
				return;
			case ResourceV1beta1Package.NETWORK_DEVICE_DATA__INTERFACE_NAME:
				setInterfaceName((String)newValue);
				return;
			case ResourceV1beta1Package.NETWORK_DEVICE_DATA__IPS:
				getIps().clear();
				getIps().addAll((Collection<? extends String>)newValue);
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
			case ResourceV1beta1Package.NETWORK_DEVICE_DATA__HARDWARE_ADDRESS:
				setHardwareAddress(HARDWARE_ADDRESS_EDEFAULT);
				return;
			case ResourceV1beta1Package.NETWORK_DEVICE_DATA__INTERFACE_NAME:
				setInterfaceName(INTERFACE_NAME_EDEFAULT);
				return;
			case ResourceV1beta1Package.NETWORK_DEVICE_DATA__IPS:
				getIps().clear();
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
			case ResourceV1beta1Package.NETWORK_DEVICE_DATA__HARDWARE_ADDRESS:
				return HARDWARE_ADDRESS_EDEFAULT == null ? hardwareAddress != null : !HARDWARE_ADDRESS_EDEFAULT.equals(hardwareAddress);
			case ResourceV1beta1Package.NETWORK_DEVICE_DATA__INTERFACE_NAME:
				return INTERFACE_NAME_EDEFAULT == null ? interfaceName != null : !INTERFACE_NAME_EDEFAULT.equals(interfaceName);
			case ResourceV1beta1Package.NETWORK_DEVICE_DATA__IPS:
				return ips != null && !ips.isEmpty();
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
		result.append(" (hardwareAddress: ");
		result.append(hardwareAddress);
		result.append(", interfaceName: ");
		result.append(interfaceName);
		result.append(", ips: ");
		result.append(ips);
		result.append(')');
		return result.toString();
	}

} //NetworkDeviceDataImpl
