/**
 */
package io.pilothouse.model.k8s.resource.v1.impl;

import io.pilothouse.model.k8s.resource.v1.Counter;
import io.pilothouse.model.k8s.resource.v1.DeviceCounterConsumption;
import io.pilothouse.model.k8s.resource.v1.ResourceV1Package;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Device Counter Consumption</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceCounterConsumptionImpl#getCounterSet <em>Counter Set</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceCounterConsumptionImpl#getCounters <em>Counters</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceCounterConsumptionImpl extends MinimalEObjectImpl.Container implements DeviceCounterConsumption {
	/**
	 * The default value of the '{@link #getCounterSet() <em>Counter Set</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounterSet()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTER_SET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCounterSet() <em>Counter Set</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounterSet()
	 * @generated
	 * @ordered
	 */
	protected String counterSet = COUNTER_SET_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCounters() <em>Counters</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounters()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, Counter> counters;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviceCounterConsumptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1Package.Literals.DEVICE_COUNTER_CONSUMPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCounterSet() {
		return counterSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCounterSet(String newCounterSet) {
		String oldCounterSet = counterSet;
		counterSet = newCounterSet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.DEVICE_COUNTER_CONSUMPTION__COUNTER_SET, oldCounterSet, counterSet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, Counter> getCounters() {
		if (counters == null) {
			counters = new EcoreEMap<String,Counter>(ResourceV1Package.Literals.COUNTER_MAP_ENTRY, CounterMapEntryImpl.class, this, ResourceV1Package.DEVICE_COUNTER_CONSUMPTION__COUNTERS);
		}
		return counters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResourceV1Package.DEVICE_COUNTER_CONSUMPTION__COUNTERS:
				return ((InternalEList<?>)getCounters()).basicRemove(otherEnd, msgs);
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
			case ResourceV1Package.DEVICE_COUNTER_CONSUMPTION__COUNTER_SET:
				return getCounterSet();
			case ResourceV1Package.DEVICE_COUNTER_CONSUMPTION__COUNTERS:
				if (coreType) return getCounters();
				else return getCounters().map();
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
			case ResourceV1Package.DEVICE_COUNTER_CONSUMPTION__COUNTER_SET:
				setCounterSet((String)newValue);
				return;
			case ResourceV1Package.DEVICE_COUNTER_CONSUMPTION__COUNTERS:
				((EStructuralFeature.Setting)getCounters()).set(newValue);
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
			case ResourceV1Package.DEVICE_COUNTER_CONSUMPTION__COUNTER_SET:
				setCounterSet(COUNTER_SET_EDEFAULT);
				return;
			case ResourceV1Package.DEVICE_COUNTER_CONSUMPTION__COUNTERS:
				getCounters().clear();
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
			case ResourceV1Package.DEVICE_COUNTER_CONSUMPTION__COUNTER_SET:
				return COUNTER_SET_EDEFAULT == null ? counterSet != null : !COUNTER_SET_EDEFAULT.equals(counterSet);
			case ResourceV1Package.DEVICE_COUNTER_CONSUMPTION__COUNTERS:
				return counters != null && !counters.isEmpty();
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
		result.append(" (counterSet: ");
		result.append(counterSet);
		result.append(')');
		return result.toString();
	}

} //DeviceCounterConsumptionImpl
