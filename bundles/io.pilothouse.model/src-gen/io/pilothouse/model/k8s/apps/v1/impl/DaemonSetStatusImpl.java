/**
 */
package io.pilothouse.model.k8s.apps.v1.impl;

import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.DaemonSetCondition;
import io.pilothouse.model.k8s.apps.v1.DaemonSetStatus;

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
 * An implementation of the model object '<em><b>Daemon Set Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetStatusImpl#getCollisionCount <em>Collision Count</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetStatusImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetStatusImpl#getCurrentNumberScheduled <em>Current Number Scheduled</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetStatusImpl#getDesiredNumberScheduled <em>Desired Number Scheduled</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetStatusImpl#getNumberAvailable <em>Number Available</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetStatusImpl#getNumberMisscheduled <em>Number Misscheduled</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetStatusImpl#getNumberReady <em>Number Ready</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetStatusImpl#getNumberUnavailable <em>Number Unavailable</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetStatusImpl#getObservedGeneration <em>Observed Generation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetStatusImpl#getUpdatedNumberScheduled <em>Updated Number Scheduled</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DaemonSetStatusImpl extends MinimalEObjectImpl.Container implements DaemonSetStatus {
	/**
	 * The default value of the '{@link #getCollisionCount() <em>Collision Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollisionCount()
	 * @generated
	 * @ordered
	 */
	protected static final Integer COLLISION_COUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCollisionCount() <em>Collision Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollisionCount()
	 * @generated
	 * @ordered
	 */
	protected Integer collisionCount = COLLISION_COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<DaemonSetCondition> conditions;

	/**
	 * The default value of the '{@link #getCurrentNumberScheduled() <em>Current Number Scheduled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentNumberScheduled()
	 * @generated
	 * @ordered
	 */
	protected static final Integer CURRENT_NUMBER_SCHEDULED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCurrentNumberScheduled() <em>Current Number Scheduled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentNumberScheduled()
	 * @generated
	 * @ordered
	 */
	protected Integer currentNumberScheduled = CURRENT_NUMBER_SCHEDULED_EDEFAULT;

	/**
	 * The default value of the '{@link #getDesiredNumberScheduled() <em>Desired Number Scheduled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesiredNumberScheduled()
	 * @generated
	 * @ordered
	 */
	protected static final Integer DESIRED_NUMBER_SCHEDULED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDesiredNumberScheduled() <em>Desired Number Scheduled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesiredNumberScheduled()
	 * @generated
	 * @ordered
	 */
	protected Integer desiredNumberScheduled = DESIRED_NUMBER_SCHEDULED_EDEFAULT;

	/**
	 * The default value of the '{@link #getNumberAvailable() <em>Number Available</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumberAvailable()
	 * @generated
	 * @ordered
	 */
	protected static final Integer NUMBER_AVAILABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumberAvailable() <em>Number Available</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumberAvailable()
	 * @generated
	 * @ordered
	 */
	protected Integer numberAvailable = NUMBER_AVAILABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNumberMisscheduled() <em>Number Misscheduled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumberMisscheduled()
	 * @generated
	 * @ordered
	 */
	protected static final Integer NUMBER_MISSCHEDULED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumberMisscheduled() <em>Number Misscheduled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumberMisscheduled()
	 * @generated
	 * @ordered
	 */
	protected Integer numberMisscheduled = NUMBER_MISSCHEDULED_EDEFAULT;

	/**
	 * The default value of the '{@link #getNumberReady() <em>Number Ready</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumberReady()
	 * @generated
	 * @ordered
	 */
	protected static final Integer NUMBER_READY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumberReady() <em>Number Ready</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumberReady()
	 * @generated
	 * @ordered
	 */
	protected Integer numberReady = NUMBER_READY_EDEFAULT;

	/**
	 * The default value of the '{@link #getNumberUnavailable() <em>Number Unavailable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumberUnavailable()
	 * @generated
	 * @ordered
	 */
	protected static final Integer NUMBER_UNAVAILABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumberUnavailable() <em>Number Unavailable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumberUnavailable()
	 * @generated
	 * @ordered
	 */
	protected Integer numberUnavailable = NUMBER_UNAVAILABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getObservedGeneration() <em>Observed Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedGeneration()
	 * @generated
	 * @ordered
	 */
	protected static final Long OBSERVED_GENERATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObservedGeneration() <em>Observed Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedGeneration()
	 * @generated
	 * @ordered
	 */
	protected Long observedGeneration = OBSERVED_GENERATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpdatedNumberScheduled() <em>Updated Number Scheduled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatedNumberScheduled()
	 * @generated
	 * @ordered
	 */
	protected static final Integer UPDATED_NUMBER_SCHEDULED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUpdatedNumberScheduled() <em>Updated Number Scheduled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatedNumberScheduled()
	 * @generated
	 * @ordered
	 */
	protected Integer updatedNumberScheduled = UPDATED_NUMBER_SCHEDULED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DaemonSetStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppsV1Package.Literals.DAEMON_SET_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getCollisionCount() {
		return collisionCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCollisionCount(Integer newCollisionCount) {
		Integer oldCollisionCount = collisionCount;
		collisionCount = newCollisionCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.DAEMON_SET_STATUS__COLLISION_COUNT, oldCollisionCount, collisionCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DaemonSetCondition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<DaemonSetCondition>(DaemonSetCondition.class, this, AppsV1Package.DAEMON_SET_STATUS__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getCurrentNumberScheduled() {
		return currentNumberScheduled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrentNumberScheduled(Integer newCurrentNumberScheduled) {
		Integer oldCurrentNumberScheduled = currentNumberScheduled;
		currentNumberScheduled = newCurrentNumberScheduled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.DAEMON_SET_STATUS__CURRENT_NUMBER_SCHEDULED, oldCurrentNumberScheduled, currentNumberScheduled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getDesiredNumberScheduled() {
		return desiredNumberScheduled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDesiredNumberScheduled(Integer newDesiredNumberScheduled) {
		Integer oldDesiredNumberScheduled = desiredNumberScheduled;
		desiredNumberScheduled = newDesiredNumberScheduled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.DAEMON_SET_STATUS__DESIRED_NUMBER_SCHEDULED, oldDesiredNumberScheduled, desiredNumberScheduled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getNumberAvailable() {
		return numberAvailable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumberAvailable(Integer newNumberAvailable) {
		Integer oldNumberAvailable = numberAvailable;
		numberAvailable = newNumberAvailable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.DAEMON_SET_STATUS__NUMBER_AVAILABLE, oldNumberAvailable, numberAvailable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getNumberMisscheduled() {
		return numberMisscheduled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumberMisscheduled(Integer newNumberMisscheduled) {
		Integer oldNumberMisscheduled = numberMisscheduled;
		numberMisscheduled = newNumberMisscheduled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.DAEMON_SET_STATUS__NUMBER_MISSCHEDULED, oldNumberMisscheduled, numberMisscheduled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getNumberReady() {
		return numberReady;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumberReady(Integer newNumberReady) {
		Integer oldNumberReady = numberReady;
		numberReady = newNumberReady;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.DAEMON_SET_STATUS__NUMBER_READY, oldNumberReady, numberReady));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getNumberUnavailable() {
		return numberUnavailable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumberUnavailable(Integer newNumberUnavailable) {
		Integer oldNumberUnavailable = numberUnavailable;
		numberUnavailable = newNumberUnavailable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.DAEMON_SET_STATUS__NUMBER_UNAVAILABLE, oldNumberUnavailable, numberUnavailable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getObservedGeneration() {
		return observedGeneration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObservedGeneration(Long newObservedGeneration) {
		Long oldObservedGeneration = observedGeneration;
		observedGeneration = newObservedGeneration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.DAEMON_SET_STATUS__OBSERVED_GENERATION, oldObservedGeneration, observedGeneration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getUpdatedNumberScheduled() {
		return updatedNumberScheduled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdatedNumberScheduled(Integer newUpdatedNumberScheduled) {
		Integer oldUpdatedNumberScheduled = updatedNumberScheduled;
		updatedNumberScheduled = newUpdatedNumberScheduled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.DAEMON_SET_STATUS__UPDATED_NUMBER_SCHEDULED, oldUpdatedNumberScheduled, updatedNumberScheduled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AppsV1Package.DAEMON_SET_STATUS__CONDITIONS:
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
			case AppsV1Package.DAEMON_SET_STATUS__COLLISION_COUNT:
				return getCollisionCount();
			case AppsV1Package.DAEMON_SET_STATUS__CONDITIONS:
				return getConditions();
			case AppsV1Package.DAEMON_SET_STATUS__CURRENT_NUMBER_SCHEDULED:
				return getCurrentNumberScheduled();
			case AppsV1Package.DAEMON_SET_STATUS__DESIRED_NUMBER_SCHEDULED:
				return getDesiredNumberScheduled();
			case AppsV1Package.DAEMON_SET_STATUS__NUMBER_AVAILABLE:
				return getNumberAvailable();
			case AppsV1Package.DAEMON_SET_STATUS__NUMBER_MISSCHEDULED:
				return getNumberMisscheduled();
			case AppsV1Package.DAEMON_SET_STATUS__NUMBER_READY:
				return getNumberReady();
			case AppsV1Package.DAEMON_SET_STATUS__NUMBER_UNAVAILABLE:
				return getNumberUnavailable();
			case AppsV1Package.DAEMON_SET_STATUS__OBSERVED_GENERATION:
				return getObservedGeneration();
			case AppsV1Package.DAEMON_SET_STATUS__UPDATED_NUMBER_SCHEDULED:
				return getUpdatedNumberScheduled();
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
			case AppsV1Package.DAEMON_SET_STATUS__COLLISION_COUNT:
				setCollisionCount((Integer)newValue);
				return;
			case AppsV1Package.DAEMON_SET_STATUS__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends DaemonSetCondition>)newValue);
				return;
			case AppsV1Package.DAEMON_SET_STATUS__CURRENT_NUMBER_SCHEDULED:
				setCurrentNumberScheduled((Integer)newValue);
				return;
			case AppsV1Package.DAEMON_SET_STATUS__DESIRED_NUMBER_SCHEDULED:
				setDesiredNumberScheduled((Integer)newValue);
				return;
			case AppsV1Package.DAEMON_SET_STATUS__NUMBER_AVAILABLE:
				setNumberAvailable((Integer)newValue);
				return;
			case AppsV1Package.DAEMON_SET_STATUS__NUMBER_MISSCHEDULED:
				setNumberMisscheduled((Integer)newValue);
				return;
			case AppsV1Package.DAEMON_SET_STATUS__NUMBER_READY:
				setNumberReady((Integer)newValue);
				return;
			case AppsV1Package.DAEMON_SET_STATUS__NUMBER_UNAVAILABLE:
				setNumberUnavailable((Integer)newValue);
				return;
			case AppsV1Package.DAEMON_SET_STATUS__OBSERVED_GENERATION:
				setObservedGeneration((Long)newValue);
				return;
			case AppsV1Package.DAEMON_SET_STATUS__UPDATED_NUMBER_SCHEDULED:
				setUpdatedNumberScheduled((Integer)newValue);
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
			case AppsV1Package.DAEMON_SET_STATUS__COLLISION_COUNT:
				setCollisionCount(COLLISION_COUNT_EDEFAULT);
				return;
			case AppsV1Package.DAEMON_SET_STATUS__CONDITIONS:
				getConditions().clear();
				return;
			case AppsV1Package.DAEMON_SET_STATUS__CURRENT_NUMBER_SCHEDULED:
				setCurrentNumberScheduled(CURRENT_NUMBER_SCHEDULED_EDEFAULT);
				return;
			case AppsV1Package.DAEMON_SET_STATUS__DESIRED_NUMBER_SCHEDULED:
				setDesiredNumberScheduled(DESIRED_NUMBER_SCHEDULED_EDEFAULT);
				return;
			case AppsV1Package.DAEMON_SET_STATUS__NUMBER_AVAILABLE:
				setNumberAvailable(NUMBER_AVAILABLE_EDEFAULT);
				return;
			case AppsV1Package.DAEMON_SET_STATUS__NUMBER_MISSCHEDULED:
				setNumberMisscheduled(NUMBER_MISSCHEDULED_EDEFAULT);
				return;
			case AppsV1Package.DAEMON_SET_STATUS__NUMBER_READY:
				setNumberReady(NUMBER_READY_EDEFAULT);
				return;
			case AppsV1Package.DAEMON_SET_STATUS__NUMBER_UNAVAILABLE:
				setNumberUnavailable(NUMBER_UNAVAILABLE_EDEFAULT);
				return;
			case AppsV1Package.DAEMON_SET_STATUS__OBSERVED_GENERATION:
				setObservedGeneration(OBSERVED_GENERATION_EDEFAULT);
				return;
			case AppsV1Package.DAEMON_SET_STATUS__UPDATED_NUMBER_SCHEDULED:
				setUpdatedNumberScheduled(UPDATED_NUMBER_SCHEDULED_EDEFAULT);
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
			case AppsV1Package.DAEMON_SET_STATUS__COLLISION_COUNT:
				return COLLISION_COUNT_EDEFAULT == null ? collisionCount != null : !COLLISION_COUNT_EDEFAULT.equals(collisionCount);
			case AppsV1Package.DAEMON_SET_STATUS__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case AppsV1Package.DAEMON_SET_STATUS__CURRENT_NUMBER_SCHEDULED:
				return CURRENT_NUMBER_SCHEDULED_EDEFAULT == null ? currentNumberScheduled != null : !CURRENT_NUMBER_SCHEDULED_EDEFAULT.equals(currentNumberScheduled);
			case AppsV1Package.DAEMON_SET_STATUS__DESIRED_NUMBER_SCHEDULED:
				return DESIRED_NUMBER_SCHEDULED_EDEFAULT == null ? desiredNumberScheduled != null : !DESIRED_NUMBER_SCHEDULED_EDEFAULT.equals(desiredNumberScheduled);
			case AppsV1Package.DAEMON_SET_STATUS__NUMBER_AVAILABLE:
				return NUMBER_AVAILABLE_EDEFAULT == null ? numberAvailable != null : !NUMBER_AVAILABLE_EDEFAULT.equals(numberAvailable);
			case AppsV1Package.DAEMON_SET_STATUS__NUMBER_MISSCHEDULED:
				return NUMBER_MISSCHEDULED_EDEFAULT == null ? numberMisscheduled != null : !NUMBER_MISSCHEDULED_EDEFAULT.equals(numberMisscheduled);
			case AppsV1Package.DAEMON_SET_STATUS__NUMBER_READY:
				return NUMBER_READY_EDEFAULT == null ? numberReady != null : !NUMBER_READY_EDEFAULT.equals(numberReady);
			case AppsV1Package.DAEMON_SET_STATUS__NUMBER_UNAVAILABLE:
				return NUMBER_UNAVAILABLE_EDEFAULT == null ? numberUnavailable != null : !NUMBER_UNAVAILABLE_EDEFAULT.equals(numberUnavailable);
			case AppsV1Package.DAEMON_SET_STATUS__OBSERVED_GENERATION:
				return OBSERVED_GENERATION_EDEFAULT == null ? observedGeneration != null : !OBSERVED_GENERATION_EDEFAULT.equals(observedGeneration);
			case AppsV1Package.DAEMON_SET_STATUS__UPDATED_NUMBER_SCHEDULED:
				return UPDATED_NUMBER_SCHEDULED_EDEFAULT == null ? updatedNumberScheduled != null : !UPDATED_NUMBER_SCHEDULED_EDEFAULT.equals(updatedNumberScheduled);
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
		result.append(" (collisionCount: ");
		result.append(collisionCount);
		result.append(", currentNumberScheduled: ");
		result.append(currentNumberScheduled);
		result.append(", desiredNumberScheduled: ");
		result.append(desiredNumberScheduled);
		result.append(", numberAvailable: ");
		result.append(numberAvailable);
		result.append(", numberMisscheduled: ");
		result.append(numberMisscheduled);
		result.append(", numberReady: ");
		result.append(numberReady);
		result.append(", numberUnavailable: ");
		result.append(numberUnavailable);
		result.append(", observedGeneration: ");
		result.append(observedGeneration);
		result.append(", updatedNumberScheduled: ");
		result.append(updatedNumberScheduled);
		result.append(')');
		return result.toString();
	}

} //DaemonSetStatusImpl
