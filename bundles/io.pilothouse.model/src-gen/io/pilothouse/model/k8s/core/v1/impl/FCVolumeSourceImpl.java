/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.FCVolumeSource;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>FC Volume Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.FCVolumeSourceImpl#getFsType <em>Fs Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.FCVolumeSourceImpl#getLun <em>Lun</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.FCVolumeSourceImpl#getReadOnly <em>Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.FCVolumeSourceImpl#getTargetWWNs <em>Target WW Ns</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.FCVolumeSourceImpl#getWwids <em>Wwids</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FCVolumeSourceImpl extends MinimalEObjectImpl.Container implements FCVolumeSource {
	/**
	 * The default value of the '{@link #getFsType() <em>Fs Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFsType()
	 * @generated
	 * @ordered
	 */
	protected static final String FS_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFsType() <em>Fs Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFsType()
	 * @generated
	 * @ordered
	 */
	protected String fsType = FS_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLun() <em>Lun</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLun()
	 * @generated
	 * @ordered
	 */
	protected static final Integer LUN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLun() <em>Lun</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLun()
	 * @generated
	 * @ordered
	 */
	protected Integer lun = LUN_EDEFAULT;

	/**
	 * The default value of the '{@link #getReadOnly() <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadOnly()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean READ_ONLY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReadOnly() <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadOnly()
	 * @generated
	 * @ordered
	 */
	protected Boolean readOnly = READ_ONLY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargetWWNs() <em>Target WW Ns</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetWWNs()
	 * @generated
	 * @ordered
	 */
	protected EList<String> targetWWNs;

	/**
	 * The cached value of the '{@link #getWwids() <em>Wwids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWwids()
	 * @generated
	 * @ordered
	 */
	protected EList<String> wwids;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FCVolumeSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.FC_VOLUME_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFsType() {
		return fsType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFsType(String newFsType) {
		String oldFsType = fsType;
		fsType = newFsType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.FC_VOLUME_SOURCE__FS_TYPE, oldFsType, fsType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getLun() {
		return lun;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLun(Integer newLun) {
		Integer oldLun = lun;
		lun = newLun;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.FC_VOLUME_SOURCE__LUN, oldLun, lun));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getReadOnly() {
		return readOnly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadOnly(Boolean newReadOnly) {
		Boolean oldReadOnly = readOnly;
		readOnly = newReadOnly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.FC_VOLUME_SOURCE__READ_ONLY, oldReadOnly, readOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTargetWWNs() {
		if (targetWWNs == null) {
			targetWWNs = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.FC_VOLUME_SOURCE__TARGET_WW_NS);
		}
		return targetWWNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getWwids() {
		if (wwids == null) {
			wwids = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.FC_VOLUME_SOURCE__WWIDS);
		}
		return wwids;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.FC_VOLUME_SOURCE__FS_TYPE:
				return getFsType();
			case CoreV1Package.FC_VOLUME_SOURCE__LUN:
				return getLun();
			case CoreV1Package.FC_VOLUME_SOURCE__READ_ONLY:
				return getReadOnly();
			case CoreV1Package.FC_VOLUME_SOURCE__TARGET_WW_NS:
				return getTargetWWNs();
			case CoreV1Package.FC_VOLUME_SOURCE__WWIDS:
				return getWwids();
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
			case CoreV1Package.FC_VOLUME_SOURCE__FS_TYPE:
				setFsType((String)newValue);
				return;
			case CoreV1Package.FC_VOLUME_SOURCE__LUN:
				setLun((Integer)newValue);
				return;
			case CoreV1Package.FC_VOLUME_SOURCE__READ_ONLY:
				setReadOnly((Boolean)newValue);
				return;
			case CoreV1Package.FC_VOLUME_SOURCE__TARGET_WW_NS:
				getTargetWWNs().clear();
				getTargetWWNs().addAll((Collection<? extends String>)newValue);
				return;
			case CoreV1Package.FC_VOLUME_SOURCE__WWIDS:
				getWwids().clear();
				getWwids().addAll((Collection<? extends String>)newValue);
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
			case CoreV1Package.FC_VOLUME_SOURCE__FS_TYPE:
				setFsType(FS_TYPE_EDEFAULT);
				return;
			case CoreV1Package.FC_VOLUME_SOURCE__LUN:
				setLun(LUN_EDEFAULT);
				return;
			case CoreV1Package.FC_VOLUME_SOURCE__READ_ONLY:
				setReadOnly(READ_ONLY_EDEFAULT);
				return;
			case CoreV1Package.FC_VOLUME_SOURCE__TARGET_WW_NS:
				getTargetWWNs().clear();
				return;
			case CoreV1Package.FC_VOLUME_SOURCE__WWIDS:
				getWwids().clear();
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
			case CoreV1Package.FC_VOLUME_SOURCE__FS_TYPE:
				return FS_TYPE_EDEFAULT == null ? fsType != null : !FS_TYPE_EDEFAULT.equals(fsType);
			case CoreV1Package.FC_VOLUME_SOURCE__LUN:
				return LUN_EDEFAULT == null ? lun != null : !LUN_EDEFAULT.equals(lun);
			case CoreV1Package.FC_VOLUME_SOURCE__READ_ONLY:
				return READ_ONLY_EDEFAULT == null ? readOnly != null : !READ_ONLY_EDEFAULT.equals(readOnly);
			case CoreV1Package.FC_VOLUME_SOURCE__TARGET_WW_NS:
				return targetWWNs != null && !targetWWNs.isEmpty();
			case CoreV1Package.FC_VOLUME_SOURCE__WWIDS:
				return wwids != null && !wwids.isEmpty();
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
		result.append(" (fsType: ");
		result.append(fsType);
		result.append(", lun: ");
		result.append(lun);
		result.append(", readOnly: ");
		result.append(readOnly);
		result.append(", targetWWNs: ");
		result.append(targetWWNs);
		result.append(", wwids: ");
		result.append(wwids);
		result.append(')');
		return result.toString();
	}

} //FCVolumeSourceImpl
