/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.ModifyVolumeStatus;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Modify Volume Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ModifyVolumeStatusImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ModifyVolumeStatusImpl#getTargetVolumeAttributesClassName <em>Target Volume Attributes Class Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ModifyVolumeStatusImpl extends MinimalEObjectImpl.Container implements ModifyVolumeStatus {
	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final String STATUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected String status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetVolumeAttributesClassName() <em>Target Volume Attributes Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetVolumeAttributesClassName()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_VOLUME_ATTRIBUTES_CLASS_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetVolumeAttributesClassName() <em>Target Volume Attributes Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetVolumeAttributesClassName()
	 * @generated
	 * @ordered
	 */
	protected String targetVolumeAttributesClassName = TARGET_VOLUME_ATTRIBUTES_CLASS_NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModifyVolumeStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.MODIFY_VOLUME_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(String newStatus) {
		String oldStatus = status;
		status = newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.MODIFY_VOLUME_STATUS__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetVolumeAttributesClassName() {
		return targetVolumeAttributesClassName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetVolumeAttributesClassName(String newTargetVolumeAttributesClassName) {
		String oldTargetVolumeAttributesClassName = targetVolumeAttributesClassName;
		targetVolumeAttributesClassName = newTargetVolumeAttributesClassName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.MODIFY_VOLUME_STATUS__TARGET_VOLUME_ATTRIBUTES_CLASS_NAME, oldTargetVolumeAttributesClassName, targetVolumeAttributesClassName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.MODIFY_VOLUME_STATUS__STATUS:
				return getStatus();
			case CoreV1Package.MODIFY_VOLUME_STATUS__TARGET_VOLUME_ATTRIBUTES_CLASS_NAME:
				return getTargetVolumeAttributesClassName();
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
			case CoreV1Package.MODIFY_VOLUME_STATUS__STATUS:
				setStatus((String)newValue);
				return;
			case CoreV1Package.MODIFY_VOLUME_STATUS__TARGET_VOLUME_ATTRIBUTES_CLASS_NAME:
				setTargetVolumeAttributesClassName((String)newValue);
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
			case CoreV1Package.MODIFY_VOLUME_STATUS__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CoreV1Package.MODIFY_VOLUME_STATUS__TARGET_VOLUME_ATTRIBUTES_CLASS_NAME:
				setTargetVolumeAttributesClassName(TARGET_VOLUME_ATTRIBUTES_CLASS_NAME_EDEFAULT);
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
			case CoreV1Package.MODIFY_VOLUME_STATUS__STATUS:
				return STATUS_EDEFAULT == null ? status != null : !STATUS_EDEFAULT.equals(status);
			case CoreV1Package.MODIFY_VOLUME_STATUS__TARGET_VOLUME_ATTRIBUTES_CLASS_NAME:
				return TARGET_VOLUME_ATTRIBUTES_CLASS_NAME_EDEFAULT == null ? targetVolumeAttributesClassName != null : !TARGET_VOLUME_ATTRIBUTES_CLASS_NAME_EDEFAULT.equals(targetVolumeAttributesClassName);
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
		result.append(" (status: ");
		result.append(status);
		result.append(", targetVolumeAttributesClassName: ");
		result.append(targetVolumeAttributesClassName);
		result.append(')');
		return result.toString();
	}

} //ModifyVolumeStatusImpl
