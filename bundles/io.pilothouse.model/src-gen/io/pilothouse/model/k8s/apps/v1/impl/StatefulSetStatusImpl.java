/**
 */
package io.pilothouse.model.k8s.apps.v1.impl;

import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.StatefulSetCondition;
import io.pilothouse.model.k8s.apps.v1.StatefulSetStatus;

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
 * An implementation of the model object '<em><b>Stateful Set Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetStatusImpl#getAvailableReplicas <em>Available Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetStatusImpl#getCollisionCount <em>Collision Count</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetStatusImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetStatusImpl#getCurrentReplicas <em>Current Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetStatusImpl#getCurrentRevision <em>Current Revision</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetStatusImpl#getObservedGeneration <em>Observed Generation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetStatusImpl#getReadyReplicas <em>Ready Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetStatusImpl#getReplicas <em>Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetStatusImpl#getUpdateRevision <em>Update Revision</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetStatusImpl#getUpdatedReplicas <em>Updated Replicas</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StatefulSetStatusImpl extends MinimalEObjectImpl.Container implements StatefulSetStatus {
	/**
	 * The default value of the '{@link #getAvailableReplicas() <em>Available Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvailableReplicas()
	 * @generated
	 * @ordered
	 */
	protected static final Integer AVAILABLE_REPLICAS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAvailableReplicas() <em>Available Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvailableReplicas()
	 * @generated
	 * @ordered
	 */
	protected Integer availableReplicas = AVAILABLE_REPLICAS_EDEFAULT;

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
	protected EList<StatefulSetCondition> conditions;

	/**
	 * The default value of the '{@link #getCurrentReplicas() <em>Current Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentReplicas()
	 * @generated
	 * @ordered
	 */
	protected static final Integer CURRENT_REPLICAS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCurrentReplicas() <em>Current Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentReplicas()
	 * @generated
	 * @ordered
	 */
	protected Integer currentReplicas = CURRENT_REPLICAS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrentRevision() <em>Current Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentRevision()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENT_REVISION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCurrentRevision() <em>Current Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentRevision()
	 * @generated
	 * @ordered
	 */
	protected String currentRevision = CURRENT_REVISION_EDEFAULT;

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
	 * The default value of the '{@link #getReadyReplicas() <em>Ready Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadyReplicas()
	 * @generated
	 * @ordered
	 */
	protected static final Integer READY_REPLICAS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReadyReplicas() <em>Ready Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadyReplicas()
	 * @generated
	 * @ordered
	 */
	protected Integer readyReplicas = READY_REPLICAS_EDEFAULT;

	/**
	 * The default value of the '{@link #getReplicas() <em>Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplicas()
	 * @generated
	 * @ordered
	 */
	protected static final Integer REPLICAS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReplicas() <em>Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplicas()
	 * @generated
	 * @ordered
	 */
	protected Integer replicas = REPLICAS_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpdateRevision() <em>Update Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdateRevision()
	 * @generated
	 * @ordered
	 */
	protected static final String UPDATE_REVISION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUpdateRevision() <em>Update Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdateRevision()
	 * @generated
	 * @ordered
	 */
	protected String updateRevision = UPDATE_REVISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpdatedReplicas() <em>Updated Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatedReplicas()
	 * @generated
	 * @ordered
	 */
	protected static final Integer UPDATED_REPLICAS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUpdatedReplicas() <em>Updated Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatedReplicas()
	 * @generated
	 * @ordered
	 */
	protected Integer updatedReplicas = UPDATED_REPLICAS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StatefulSetStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppsV1Package.Literals.STATEFUL_SET_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getAvailableReplicas() {
		return availableReplicas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAvailableReplicas(Integer newAvailableReplicas) {
		Integer oldAvailableReplicas = availableReplicas;
		availableReplicas = newAvailableReplicas;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.STATEFUL_SET_STATUS__AVAILABLE_REPLICAS, oldAvailableReplicas, availableReplicas));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.STATEFUL_SET_STATUS__COLLISION_COUNT, oldCollisionCount, collisionCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StatefulSetCondition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<StatefulSetCondition>(StatefulSetCondition.class, this, AppsV1Package.STATEFUL_SET_STATUS__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getCurrentReplicas() {
		return currentReplicas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrentReplicas(Integer newCurrentReplicas) {
		Integer oldCurrentReplicas = currentReplicas;
		currentReplicas = newCurrentReplicas;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.STATEFUL_SET_STATUS__CURRENT_REPLICAS, oldCurrentReplicas, currentReplicas));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrentRevision() {
		return currentRevision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrentRevision(String newCurrentRevision) {
		String oldCurrentRevision = currentRevision;
		currentRevision = newCurrentRevision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.STATEFUL_SET_STATUS__CURRENT_REVISION, oldCurrentRevision, currentRevision));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.STATEFUL_SET_STATUS__OBSERVED_GENERATION, oldObservedGeneration, observedGeneration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getReadyReplicas() {
		return readyReplicas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadyReplicas(Integer newReadyReplicas) {
		Integer oldReadyReplicas = readyReplicas;
		readyReplicas = newReadyReplicas;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.STATEFUL_SET_STATUS__READY_REPLICAS, oldReadyReplicas, readyReplicas));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getReplicas() {
		return replicas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplicas(Integer newReplicas) {
		Integer oldReplicas = replicas;
		replicas = newReplicas;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.STATEFUL_SET_STATUS__REPLICAS, oldReplicas, replicas));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUpdateRevision() {
		return updateRevision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdateRevision(String newUpdateRevision) {
		String oldUpdateRevision = updateRevision;
		updateRevision = newUpdateRevision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.STATEFUL_SET_STATUS__UPDATE_REVISION, oldUpdateRevision, updateRevision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getUpdatedReplicas() {
		return updatedReplicas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdatedReplicas(Integer newUpdatedReplicas) {
		Integer oldUpdatedReplicas = updatedReplicas;
		updatedReplicas = newUpdatedReplicas;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.STATEFUL_SET_STATUS__UPDATED_REPLICAS, oldUpdatedReplicas, updatedReplicas));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AppsV1Package.STATEFUL_SET_STATUS__CONDITIONS:
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
			case AppsV1Package.STATEFUL_SET_STATUS__AVAILABLE_REPLICAS:
				return getAvailableReplicas();
			case AppsV1Package.STATEFUL_SET_STATUS__COLLISION_COUNT:
				return getCollisionCount();
			case AppsV1Package.STATEFUL_SET_STATUS__CONDITIONS:
				return getConditions();
			case AppsV1Package.STATEFUL_SET_STATUS__CURRENT_REPLICAS:
				return getCurrentReplicas();
			case AppsV1Package.STATEFUL_SET_STATUS__CURRENT_REVISION:
				return getCurrentRevision();
			case AppsV1Package.STATEFUL_SET_STATUS__OBSERVED_GENERATION:
				return getObservedGeneration();
			case AppsV1Package.STATEFUL_SET_STATUS__READY_REPLICAS:
				return getReadyReplicas();
			case AppsV1Package.STATEFUL_SET_STATUS__REPLICAS:
				return getReplicas();
			case AppsV1Package.STATEFUL_SET_STATUS__UPDATE_REVISION:
				return getUpdateRevision();
			case AppsV1Package.STATEFUL_SET_STATUS__UPDATED_REPLICAS:
				return getUpdatedReplicas();
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
			case AppsV1Package.STATEFUL_SET_STATUS__AVAILABLE_REPLICAS:
				setAvailableReplicas((Integer)newValue);
				return;
			case AppsV1Package.STATEFUL_SET_STATUS__COLLISION_COUNT:
				setCollisionCount((Integer)newValue);
				return;
			case AppsV1Package.STATEFUL_SET_STATUS__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends StatefulSetCondition>)newValue);
				return;
			case AppsV1Package.STATEFUL_SET_STATUS__CURRENT_REPLICAS:
				setCurrentReplicas((Integer)newValue);
				return;
			case AppsV1Package.STATEFUL_SET_STATUS__CURRENT_REVISION:
				setCurrentRevision((String)newValue);
				return;
			case AppsV1Package.STATEFUL_SET_STATUS__OBSERVED_GENERATION:
				setObservedGeneration((Long)newValue);
				return;
			case AppsV1Package.STATEFUL_SET_STATUS__READY_REPLICAS:
				setReadyReplicas((Integer)newValue);
				return;
			case AppsV1Package.STATEFUL_SET_STATUS__REPLICAS:
				setReplicas((Integer)newValue);
				return;
			case AppsV1Package.STATEFUL_SET_STATUS__UPDATE_REVISION:
				setUpdateRevision((String)newValue);
				return;
			case AppsV1Package.STATEFUL_SET_STATUS__UPDATED_REPLICAS:
				setUpdatedReplicas((Integer)newValue);
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
			case AppsV1Package.STATEFUL_SET_STATUS__AVAILABLE_REPLICAS:
				setAvailableReplicas(AVAILABLE_REPLICAS_EDEFAULT);
				return;
			case AppsV1Package.STATEFUL_SET_STATUS__COLLISION_COUNT:
				setCollisionCount(COLLISION_COUNT_EDEFAULT);
				return;
			case AppsV1Package.STATEFUL_SET_STATUS__CONDITIONS:
				getConditions().clear();
				return;
			case AppsV1Package.STATEFUL_SET_STATUS__CURRENT_REPLICAS:
				setCurrentReplicas(CURRENT_REPLICAS_EDEFAULT);
				return;
			case AppsV1Package.STATEFUL_SET_STATUS__CURRENT_REVISION:
				setCurrentRevision(CURRENT_REVISION_EDEFAULT);
				return;
			case AppsV1Package.STATEFUL_SET_STATUS__OBSERVED_GENERATION:
				setObservedGeneration(OBSERVED_GENERATION_EDEFAULT);
				return;
			case AppsV1Package.STATEFUL_SET_STATUS__READY_REPLICAS:
				setReadyReplicas(READY_REPLICAS_EDEFAULT);
				return;
			case AppsV1Package.STATEFUL_SET_STATUS__REPLICAS:
				setReplicas(REPLICAS_EDEFAULT);
				return;
			case AppsV1Package.STATEFUL_SET_STATUS__UPDATE_REVISION:
				setUpdateRevision(UPDATE_REVISION_EDEFAULT);
				return;
			case AppsV1Package.STATEFUL_SET_STATUS__UPDATED_REPLICAS:
				setUpdatedReplicas(UPDATED_REPLICAS_EDEFAULT);
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
			case AppsV1Package.STATEFUL_SET_STATUS__AVAILABLE_REPLICAS:
				return AVAILABLE_REPLICAS_EDEFAULT == null ? availableReplicas != null : !AVAILABLE_REPLICAS_EDEFAULT.equals(availableReplicas);
			case AppsV1Package.STATEFUL_SET_STATUS__COLLISION_COUNT:
				return COLLISION_COUNT_EDEFAULT == null ? collisionCount != null : !COLLISION_COUNT_EDEFAULT.equals(collisionCount);
			case AppsV1Package.STATEFUL_SET_STATUS__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case AppsV1Package.STATEFUL_SET_STATUS__CURRENT_REPLICAS:
				return CURRENT_REPLICAS_EDEFAULT == null ? currentReplicas != null : !CURRENT_REPLICAS_EDEFAULT.equals(currentReplicas);
			case AppsV1Package.STATEFUL_SET_STATUS__CURRENT_REVISION:
				return CURRENT_REVISION_EDEFAULT == null ? currentRevision != null : !CURRENT_REVISION_EDEFAULT.equals(currentRevision);
			case AppsV1Package.STATEFUL_SET_STATUS__OBSERVED_GENERATION:
				return OBSERVED_GENERATION_EDEFAULT == null ? observedGeneration != null : !OBSERVED_GENERATION_EDEFAULT.equals(observedGeneration);
			case AppsV1Package.STATEFUL_SET_STATUS__READY_REPLICAS:
				return READY_REPLICAS_EDEFAULT == null ? readyReplicas != null : !READY_REPLICAS_EDEFAULT.equals(readyReplicas);
			case AppsV1Package.STATEFUL_SET_STATUS__REPLICAS:
				return REPLICAS_EDEFAULT == null ? replicas != null : !REPLICAS_EDEFAULT.equals(replicas);
			case AppsV1Package.STATEFUL_SET_STATUS__UPDATE_REVISION:
				return UPDATE_REVISION_EDEFAULT == null ? updateRevision != null : !UPDATE_REVISION_EDEFAULT.equals(updateRevision);
			case AppsV1Package.STATEFUL_SET_STATUS__UPDATED_REPLICAS:
				return UPDATED_REPLICAS_EDEFAULT == null ? updatedReplicas != null : !UPDATED_REPLICAS_EDEFAULT.equals(updatedReplicas);
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
		result.append(" (availableReplicas: ");
		result.append(availableReplicas);
		result.append(", collisionCount: ");
		result.append(collisionCount);
		result.append(", currentReplicas: ");
		result.append(currentReplicas);
		result.append(", currentRevision: ");
		result.append(currentRevision);
		result.append(", observedGeneration: ");
		result.append(observedGeneration);
		result.append(", readyReplicas: ");
		result.append(readyReplicas);
		result.append(", replicas: ");
		result.append(replicas);
		result.append(", updateRevision: ");
		result.append(updateRevision);
		result.append(", updatedReplicas: ");
		result.append(updatedReplicas);
		result.append(')');
		return result.toString();
	}

} //StatefulSetStatusImpl
