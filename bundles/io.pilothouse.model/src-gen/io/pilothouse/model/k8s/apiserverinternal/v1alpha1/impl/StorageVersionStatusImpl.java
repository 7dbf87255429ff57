/**
 */
package io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl;

import io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ApiserverinternalV1alpha1Package;
import io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ServerStorageVersion;
import io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionCondition;
import io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionStatus;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Storage Version Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.StorageVersionStatusImpl#getCommonEncodingVersion <em>Common Encoding Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.StorageVersionStatusImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.StorageVersionStatusImpl#getStorageVersions <em>Storage Versions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StorageVersionStatusImpl extends MinimalEObjectImpl.Container implements StorageVersionStatus {
	/**
	 * The default value of the '{@link #getCommonEncodingVersion() <em>Common Encoding Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommonEncodingVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMON_ENCODING_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCommonEncodingVersion() <em>Common Encoding Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommonEncodingVersion()
	 * @generated
	 * @ordered
	 */
	protected String commonEncodingVersion = COMMON_ENCODING_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<StorageVersionCondition> conditions;

	/**
	 * The cached value of the '{@link #getStorageVersions() <em>Storage Versions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageVersions()
	 * @generated
	 * @ordered
	 */
	protected EList<ServerStorageVersion> storageVersions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StorageVersionStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ApiserverinternalV1alpha1Package.Literals.STORAGE_VERSION_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCommonEncodingVersion() {
		return commonEncodingVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommonEncodingVersion(String newCommonEncodingVersion) {
		String oldCommonEncodingVersion = commonEncodingVersion;
		commonEncodingVersion = newCommonEncodingVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiserverinternalV1alpha1Package.STORAGE_VERSION_STATUS__COMMON_ENCODING_VERSION, oldCommonEncodingVersion, commonEncodingVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StorageVersionCondition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<StorageVersionCondition>(StorageVersionCondition.class, this, ApiserverinternalV1alpha1Package.STORAGE_VERSION_STATUS__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServerStorageVersion> getStorageVersions() {
		if (storageVersions == null) {
			storageVersions = new EObjectContainmentEList<ServerStorageVersion>(ServerStorageVersion.class, this, ApiserverinternalV1alpha1Package.STORAGE_VERSION_STATUS__STORAGE_VERSIONS);
		}
		return storageVersions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ApiserverinternalV1alpha1Package.STORAGE_VERSION_STATUS__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
			case ApiserverinternalV1alpha1Package.STORAGE_VERSION_STATUS__STORAGE_VERSIONS:
				return ((InternalEList<?>)getStorageVersions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ApiserverinternalV1alpha1Package.STORAGE_VERSION_STATUS__COMMON_ENCODING_VERSION:
				return getCommonEncodingVersion();
			case ApiserverinternalV1alpha1Package.STORAGE_VERSION_STATUS__CONDITIONS:
				return getConditions();
			case ApiserverinternalV1alpha1Package.STORAGE_VERSION_STATUS__STORAGE_VERSIONS:
				return getStorageVersions();
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
			case ApiserverinternalV1alpha1Package.STORAGE_VERSION_STATUS__COMMON_ENCODING_VERSION:
				setCommonEncodingVersion((String)newValue);
				return;
			case ApiserverinternalV1alpha1Package.STORAGE_VERSION_STATUS__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends StorageVersionCondition>)newValue);
				return;
			case ApiserverinternalV1alpha1Package.STORAGE_VERSION_STATUS__STORAGE_VERSIONS:
				getStorageVersions().clear();
				getStorageVersions().addAll((Collection<? extends ServerStorageVersion>)newValue);
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
			case ApiserverinternalV1alpha1Package.STORAGE_VERSION_STATUS__COMMON_ENCODING_VERSION:
				setCommonEncodingVersion(COMMON_ENCODING_VERSION_EDEFAULT);
				return;
			case ApiserverinternalV1alpha1Package.STORAGE_VERSION_STATUS__CONDITIONS:
				getConditions().clear();
				return;
			case ApiserverinternalV1alpha1Package.STORAGE_VERSION_STATUS__STORAGE_VERSIONS:
				getStorageVersions().clear();
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
			case ApiserverinternalV1alpha1Package.STORAGE_VERSION_STATUS__COMMON_ENCODING_VERSION:
				return COMMON_ENCODING_VERSION_EDEFAULT == null ? commonEncodingVersion != null : !COMMON_ENCODING_VERSION_EDEFAULT.equals(commonEncodingVersion);
			case ApiserverinternalV1alpha1Package.STORAGE_VERSION_STATUS__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case ApiserverinternalV1alpha1Package.STORAGE_VERSION_STATUS__STORAGE_VERSIONS:
				return storageVersions != null && !storageVersions.isEmpty();
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
		result.append(" (commonEncodingVersion: ");
		result.append(commonEncodingVersion);
		result.append(')');
		return result.toString();
	}

} //StorageVersionStatusImpl
