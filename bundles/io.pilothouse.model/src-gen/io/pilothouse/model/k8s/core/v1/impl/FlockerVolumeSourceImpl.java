/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.FlockerVolumeSource;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Flocker Volume Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.FlockerVolumeSourceImpl#getDatasetName <em>Dataset Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.FlockerVolumeSourceImpl#getDatasetUUID <em>Dataset UUID</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FlockerVolumeSourceImpl extends MinimalEObjectImpl.Container implements FlockerVolumeSource {
	/**
	 * The default value of the '{@link #getDatasetName() <em>Dataset Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatasetName()
	 * @generated
	 * @ordered
	 */
	protected static final String DATASET_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDatasetName() <em>Dataset Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatasetName()
	 * @generated
	 * @ordered
	 */
	protected String datasetName = DATASET_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDatasetUUID() <em>Dataset UUID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatasetUUID()
	 * @generated
	 * @ordered
	 */
	protected static final String DATASET_UUID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDatasetUUID() <em>Dataset UUID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatasetUUID()
	 * @generated
	 * @ordered
	 */
	protected String datasetUUID = DATASET_UUID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FlockerVolumeSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.FLOCKER_VOLUME_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDatasetName() {
		return datasetName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDatasetName(String newDatasetName) {
		String oldDatasetName = datasetName;
		datasetName = newDatasetName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.FLOCKER_VOLUME_SOURCE__DATASET_NAME, oldDatasetName, datasetName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDatasetUUID() {
		return datasetUUID;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDatasetUUID(String newDatasetUUID) {
		String oldDatasetUUID = datasetUUID;
		datasetUUID = newDatasetUUID;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.FLOCKER_VOLUME_SOURCE__DATASET_UUID, oldDatasetUUID, datasetUUID));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.FLOCKER_VOLUME_SOURCE__DATASET_NAME:
				return getDatasetName();
			case CoreV1Package.FLOCKER_VOLUME_SOURCE__DATASET_UUID:
				return getDatasetUUID();
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
			case CoreV1Package.FLOCKER_VOLUME_SOURCE__DATASET_NAME:
				setDatasetName((String)newValue);
				return;
			case CoreV1Package.FLOCKER_VOLUME_SOURCE__DATASET_UUID:
				setDatasetUUID((String)newValue);
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
			case CoreV1Package.FLOCKER_VOLUME_SOURCE__DATASET_NAME:
				setDatasetName(DATASET_NAME_EDEFAULT);
				return;
			case CoreV1Package.FLOCKER_VOLUME_SOURCE__DATASET_UUID:
				setDatasetUUID(DATASET_UUID_EDEFAULT);
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
			case CoreV1Package.FLOCKER_VOLUME_SOURCE__DATASET_NAME:
				return DATASET_NAME_EDEFAULT == null ? datasetName != null : !DATASET_NAME_EDEFAULT.equals(datasetName);
			case CoreV1Package.FLOCKER_VOLUME_SOURCE__DATASET_UUID:
				return DATASET_UUID_EDEFAULT == null ? datasetUUID != null : !DATASET_UUID_EDEFAULT.equals(datasetUUID);
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
		result.append(" (datasetName: ");
		result.append(datasetName);
		result.append(", datasetUUID: ");
		result.append(datasetUUID);
		result.append(')');
		return result.toString();
	}

} //FlockerVolumeSourceImpl
