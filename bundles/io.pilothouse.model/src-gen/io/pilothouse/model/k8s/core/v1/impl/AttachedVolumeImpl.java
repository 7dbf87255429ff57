/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.AttachedVolume;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Attached Volume</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.AttachedVolumeImpl#getDevicePath <em>Device Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.AttachedVolumeImpl#getName <em>Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AttachedVolumeImpl extends MinimalEObjectImpl.Container implements AttachedVolume {
	/**
	 * The default value of the '{@link #getDevicePath() <em>Device Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevicePath()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVICE_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDevicePath() <em>Device Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevicePath()
	 * @generated
	 * @ordered
	 */
	protected String devicePath = DEVICE_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AttachedVolumeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.ATTACHED_VOLUME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDevicePath() {
		return devicePath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevicePath(String newDevicePath) {
		String oldDevicePath = devicePath;
		devicePath = newDevicePath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.ATTACHED_VOLUME__DEVICE_PATH, oldDevicePath, devicePath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.ATTACHED_VOLUME__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.ATTACHED_VOLUME__DEVICE_PATH:
				return getDevicePath();
			case CoreV1Package.ATTACHED_VOLUME__NAME:
				return getName();
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
			case CoreV1Package.ATTACHED_VOLUME__DEVICE_PATH:
				setDevicePath((String)newValue);
				return;
			case CoreV1Package.ATTACHED_VOLUME__NAME:
				setName((String)newValue);
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
			case CoreV1Package.ATTACHED_VOLUME__DEVICE_PATH:
				setDevicePath(DEVICE_PATH_EDEFAULT);
				return;
			case CoreV1Package.ATTACHED_VOLUME__NAME:
				setName(NAME_EDEFAULT);
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
			case CoreV1Package.ATTACHED_VOLUME__DEVICE_PATH:
				return DEVICE_PATH_EDEFAULT == null ? devicePath != null : !DEVICE_PATH_EDEFAULT.equals(devicePath);
			case CoreV1Package.ATTACHED_VOLUME__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
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
		result.append(" (devicePath: ");
		result.append(devicePath);
		result.append(", name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //AttachedVolumeImpl
