/**
 */
package io.pilothouse.model.k8s.apps.v1.impl;

import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stateful Set Persistent Volume Claim Retention Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetPersistentVolumeClaimRetentionPolicyImpl#getWhenDeleted <em>When Deleted</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetPersistentVolumeClaimRetentionPolicyImpl#getWhenScaled <em>When Scaled</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StatefulSetPersistentVolumeClaimRetentionPolicyImpl extends MinimalEObjectImpl.Container implements StatefulSetPersistentVolumeClaimRetentionPolicy {
	/**
	 * The default value of the '{@link #getWhenDeleted() <em>When Deleted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhenDeleted()
	 * @generated
	 * @ordered
	 */
	protected static final String WHEN_DELETED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWhenDeleted() <em>When Deleted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhenDeleted()
	 * @generated
	 * @ordered
	 */
	protected String whenDeleted = WHEN_DELETED_EDEFAULT;

	/**
	 * The default value of the '{@link #getWhenScaled() <em>When Scaled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhenScaled()
	 * @generated
	 * @ordered
	 */
	protected static final String WHEN_SCALED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWhenScaled() <em>When Scaled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhenScaled()
	 * @generated
	 * @ordered
	 */
	protected String whenScaled = WHEN_SCALED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StatefulSetPersistentVolumeClaimRetentionPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppsV1Package.Literals.STATEFUL_SET_PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWhenDeleted() {
		return whenDeleted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWhenDeleted(String newWhenDeleted) {
		String oldWhenDeleted = whenDeleted;
		whenDeleted = newWhenDeleted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.STATEFUL_SET_PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY__WHEN_DELETED, oldWhenDeleted, whenDeleted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWhenScaled() {
		return whenScaled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWhenScaled(String newWhenScaled) {
		String oldWhenScaled = whenScaled;
		whenScaled = newWhenScaled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.STATEFUL_SET_PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY__WHEN_SCALED, oldWhenScaled, whenScaled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AppsV1Package.STATEFUL_SET_PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY__WHEN_DELETED:
				return getWhenDeleted();
			case AppsV1Package.STATEFUL_SET_PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY__WHEN_SCALED:
				return getWhenScaled();
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
			case AppsV1Package.STATEFUL_SET_PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY__WHEN_DELETED:
				setWhenDeleted((String)newValue);
				return;
			case AppsV1Package.STATEFUL_SET_PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY__WHEN_SCALED:
				setWhenScaled((String)newValue);
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
			case AppsV1Package.STATEFUL_SET_PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY__WHEN_DELETED:
				setWhenDeleted(WHEN_DELETED_EDEFAULT);
				return;
			case AppsV1Package.STATEFUL_SET_PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY__WHEN_SCALED:
				setWhenScaled(WHEN_SCALED_EDEFAULT);
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
			case AppsV1Package.STATEFUL_SET_PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY__WHEN_DELETED:
				return WHEN_DELETED_EDEFAULT == null ? whenDeleted != null : !WHEN_DELETED_EDEFAULT.equals(whenDeleted);
			case AppsV1Package.STATEFUL_SET_PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY__WHEN_SCALED:
				return WHEN_SCALED_EDEFAULT == null ? whenScaled != null : !WHEN_SCALED_EDEFAULT.equals(whenScaled);
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
		result.append(" (whenDeleted: ");
		result.append(whenDeleted);
		result.append(", whenScaled: ");
		result.append(whenScaled);
		result.append(')');
		return result.toString();
	}

} //StatefulSetPersistentVolumeClaimRetentionPolicyImpl
