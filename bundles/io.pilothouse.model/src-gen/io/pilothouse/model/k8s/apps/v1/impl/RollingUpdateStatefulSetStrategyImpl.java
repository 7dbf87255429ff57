/**
 */
package io.pilothouse.model.k8s.apps.v1.impl;

import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.RollingUpdateStatefulSetStrategy;

import io.pilothouse.model.types.IntOrString;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rolling Update Stateful Set Strategy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.RollingUpdateStatefulSetStrategyImpl#getMaxUnavailable <em>Max Unavailable</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.RollingUpdateStatefulSetStrategyImpl#getPartition <em>Partition</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RollingUpdateStatefulSetStrategyImpl extends MinimalEObjectImpl.Container implements RollingUpdateStatefulSetStrategy {
	/**
	 * The default value of the '{@link #getMaxUnavailable() <em>Max Unavailable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxUnavailable()
	 * @generated
	 * @ordered
	 */
	protected static final IntOrString MAX_UNAVAILABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxUnavailable() <em>Max Unavailable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxUnavailable()
	 * @generated
	 * @ordered
	 */
	protected IntOrString maxUnavailable = MAX_UNAVAILABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPartition() <em>Partition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartition()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PARTITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPartition() <em>Partition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartition()
	 * @generated
	 * @ordered
	 */
	protected Integer partition = PARTITION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RollingUpdateStatefulSetStrategyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppsV1Package.Literals.ROLLING_UPDATE_STATEFUL_SET_STRATEGY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntOrString getMaxUnavailable() {
		return maxUnavailable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxUnavailable(IntOrString newMaxUnavailable) {
		IntOrString oldMaxUnavailable = maxUnavailable;
		maxUnavailable = newMaxUnavailable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.ROLLING_UPDATE_STATEFUL_SET_STRATEGY__MAX_UNAVAILABLE, oldMaxUnavailable, maxUnavailable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPartition() {
		return partition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartition(Integer newPartition) {
		Integer oldPartition = partition;
		partition = newPartition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.ROLLING_UPDATE_STATEFUL_SET_STRATEGY__PARTITION, oldPartition, partition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AppsV1Package.ROLLING_UPDATE_STATEFUL_SET_STRATEGY__MAX_UNAVAILABLE:
				return getMaxUnavailable();
			case AppsV1Package.ROLLING_UPDATE_STATEFUL_SET_STRATEGY__PARTITION:
				return getPartition();
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
			case AppsV1Package.ROLLING_UPDATE_STATEFUL_SET_STRATEGY__MAX_UNAVAILABLE:
				setMaxUnavailable((IntOrString)newValue);
				return;
			case AppsV1Package.ROLLING_UPDATE_STATEFUL_SET_STRATEGY__PARTITION:
				setPartition((Integer)newValue);
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
			case AppsV1Package.ROLLING_UPDATE_STATEFUL_SET_STRATEGY__MAX_UNAVAILABLE:
				setMaxUnavailable(MAX_UNAVAILABLE_EDEFAULT);
				return;
			case AppsV1Package.ROLLING_UPDATE_STATEFUL_SET_STRATEGY__PARTITION:
				setPartition(PARTITION_EDEFAULT);
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
			case AppsV1Package.ROLLING_UPDATE_STATEFUL_SET_STRATEGY__MAX_UNAVAILABLE:
				return MAX_UNAVAILABLE_EDEFAULT == null ? maxUnavailable != null : !MAX_UNAVAILABLE_EDEFAULT.equals(maxUnavailable);
			case AppsV1Package.ROLLING_UPDATE_STATEFUL_SET_STRATEGY__PARTITION:
				return PARTITION_EDEFAULT == null ? partition != null : !PARTITION_EDEFAULT.equals(partition);
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
		result.append(" (maxUnavailable: ");
		result.append(maxUnavailable);
		result.append(", partition: ");
		result.append(partition);
		result.append(')');
		return result.toString();
	}

} //RollingUpdateStatefulSetStrategyImpl
