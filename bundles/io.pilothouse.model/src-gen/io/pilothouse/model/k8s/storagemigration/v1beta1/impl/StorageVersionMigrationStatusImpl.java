/**
 */
package io.pilothouse.model.k8s.storagemigration.v1beta1.impl;

import io.pilothouse.model.k8s.meta.v1.Condition;

import io.pilothouse.model.k8s.storagemigration.v1beta1.StorageVersionMigrationStatus;
import io.pilothouse.model.k8s.storagemigration.v1beta1.StoragemigrationV1beta1Package;

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
 * An implementation of the model object '<em><b>Storage Version Migration Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StorageVersionMigrationStatusImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StorageVersionMigrationStatusImpl#getResourceVersion <em>Resource Version</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StorageVersionMigrationStatusImpl extends MinimalEObjectImpl.Container implements StorageVersionMigrationStatus {
	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<Condition> conditions;

	/**
	 * The default value of the '{@link #getResourceVersion() <em>Resource Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String RESOURCE_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResourceVersion() <em>Resource Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceVersion()
	 * @generated
	 * @ordered
	 */
	protected String resourceVersion = RESOURCE_VERSION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StorageVersionMigrationStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StoragemigrationV1beta1Package.Literals.STORAGE_VERSION_MIGRATION_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Condition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<Condition>(Condition.class, this, StoragemigrationV1beta1Package.STORAGE_VERSION_MIGRATION_STATUS__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResourceVersion() {
		return resourceVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResourceVersion(String newResourceVersion) {
		String oldResourceVersion = resourceVersion;
		resourceVersion = newResourceVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StoragemigrationV1beta1Package.STORAGE_VERSION_MIGRATION_STATUS__RESOURCE_VERSION, oldResourceVersion, resourceVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StoragemigrationV1beta1Package.STORAGE_VERSION_MIGRATION_STATUS__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
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
			case StoragemigrationV1beta1Package.STORAGE_VERSION_MIGRATION_STATUS__CONDITIONS:
				return getConditions();
			case StoragemigrationV1beta1Package.STORAGE_VERSION_MIGRATION_STATUS__RESOURCE_VERSION:
				return getResourceVersion();
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
			case StoragemigrationV1beta1Package.STORAGE_VERSION_MIGRATION_STATUS__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends Condition>)newValue);
				return;
			case StoragemigrationV1beta1Package.STORAGE_VERSION_MIGRATION_STATUS__RESOURCE_VERSION:
				setResourceVersion((String)newValue);
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
			case StoragemigrationV1beta1Package.STORAGE_VERSION_MIGRATION_STATUS__CONDITIONS:
				getConditions().clear();
				return;
			case StoragemigrationV1beta1Package.STORAGE_VERSION_MIGRATION_STATUS__RESOURCE_VERSION:
				setResourceVersion(RESOURCE_VERSION_EDEFAULT);
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
			case StoragemigrationV1beta1Package.STORAGE_VERSION_MIGRATION_STATUS__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case StoragemigrationV1beta1Package.STORAGE_VERSION_MIGRATION_STATUS__RESOURCE_VERSION:
				return RESOURCE_VERSION_EDEFAULT == null ? resourceVersion != null : !RESOURCE_VERSION_EDEFAULT.equals(resourceVersion);
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
		result.append(" (resourceVersion: ");
		result.append(resourceVersion);
		result.append(')');
		return result.toString();
	}

} //StorageVersionMigrationStatusImpl
