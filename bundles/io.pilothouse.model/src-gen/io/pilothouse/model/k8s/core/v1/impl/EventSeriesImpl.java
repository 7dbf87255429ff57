/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.EventSeries;

import io.pilothouse.model.types.MicroTime;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Event Series</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EventSeriesImpl#getCount <em>Count</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EventSeriesImpl#getLastObservedTime <em>Last Observed Time</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EventSeriesImpl extends MinimalEObjectImpl.Container implements EventSeries {
	/**
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final Integer COUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected Integer count = COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastObservedTime() <em>Last Observed Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastObservedTime()
	 * @generated
	 * @ordered
	 */
	protected static final MicroTime LAST_OBSERVED_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastObservedTime() <em>Last Observed Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastObservedTime()
	 * @generated
	 * @ordered
	 */
	protected MicroTime lastObservedTime = LAST_OBSERVED_TIME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EventSeriesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.EVENT_SERIES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(Integer newCount) {
		Integer oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.EVENT_SERIES__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MicroTime getLastObservedTime() {
		return lastObservedTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastObservedTime(MicroTime newLastObservedTime) {
		MicroTime oldLastObservedTime = lastObservedTime;
		lastObservedTime = newLastObservedTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.EVENT_SERIES__LAST_OBSERVED_TIME, oldLastObservedTime, lastObservedTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.EVENT_SERIES__COUNT:
				return getCount();
			case CoreV1Package.EVENT_SERIES__LAST_OBSERVED_TIME:
				return getLastObservedTime();
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
			case CoreV1Package.EVENT_SERIES__COUNT:
				setCount((Integer)newValue);
				return;
			case CoreV1Package.EVENT_SERIES__LAST_OBSERVED_TIME:
				setLastObservedTime((MicroTime)newValue);
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
			case CoreV1Package.EVENT_SERIES__COUNT:
				setCount(COUNT_EDEFAULT);
				return;
			case CoreV1Package.EVENT_SERIES__LAST_OBSERVED_TIME:
				setLastObservedTime(LAST_OBSERVED_TIME_EDEFAULT);
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
			case CoreV1Package.EVENT_SERIES__COUNT:
				return COUNT_EDEFAULT == null ? count != null : !COUNT_EDEFAULT.equals(count);
			case CoreV1Package.EVENT_SERIES__LAST_OBSERVED_TIME:
				return LAST_OBSERVED_TIME_EDEFAULT == null ? lastObservedTime != null : !LAST_OBSERVED_TIME_EDEFAULT.equals(lastObservedTime);
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
		result.append(" (count: ");
		result.append(count);
		result.append(", lastObservedTime: ");
		result.append(lastObservedTime);
		result.append(')');
		return result.toString();
	}

} //EventSeriesImpl
