/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.ReplicationControllerCondition;
import io.pilothouse.model.k8s.core.v1.ReplicationControllerStatus;

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
 * An implementation of the model object '<em><b>Replication Controller Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ReplicationControllerStatusImpl#getAvailableReplicas <em>Available Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ReplicationControllerStatusImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ReplicationControllerStatusImpl#getFullyLabeledReplicas <em>Fully Labeled Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ReplicationControllerStatusImpl#getObservedGeneration <em>Observed Generation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ReplicationControllerStatusImpl#getReadyReplicas <em>Ready Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ReplicationControllerStatusImpl#getReplicas <em>Replicas</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReplicationControllerStatusImpl extends MinimalEObjectImpl.Container implements ReplicationControllerStatus {
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
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<ReplicationControllerCondition> conditions;

	/**
	 * The default value of the '{@link #getFullyLabeledReplicas() <em>Fully Labeled Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFullyLabeledReplicas()
	 * @generated
	 * @ordered
	 */
	protected static final Integer FULLY_LABELED_REPLICAS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFullyLabeledReplicas() <em>Fully Labeled Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFullyLabeledReplicas()
	 * @generated
	 * @ordered
	 */
	protected Integer fullyLabeledReplicas = FULLY_LABELED_REPLICAS_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReplicationControllerStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.REPLICATION_CONTROLLER_STATUS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.REPLICATION_CONTROLLER_STATUS__AVAILABLE_REPLICAS, oldAvailableReplicas, availableReplicas));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReplicationControllerCondition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<ReplicationControllerCondition>(ReplicationControllerCondition.class, this, CoreV1Package.REPLICATION_CONTROLLER_STATUS__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getFullyLabeledReplicas() {
		return fullyLabeledReplicas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFullyLabeledReplicas(Integer newFullyLabeledReplicas) {
		Integer oldFullyLabeledReplicas = fullyLabeledReplicas;
		fullyLabeledReplicas = newFullyLabeledReplicas;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.REPLICATION_CONTROLLER_STATUS__FULLY_LABELED_REPLICAS, oldFullyLabeledReplicas, fullyLabeledReplicas));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.REPLICATION_CONTROLLER_STATUS__OBSERVED_GENERATION, oldObservedGeneration, observedGeneration));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.REPLICATION_CONTROLLER_STATUS__READY_REPLICAS, oldReadyReplicas, readyReplicas));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.REPLICATION_CONTROLLER_STATUS__REPLICAS, oldReplicas, replicas));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.REPLICATION_CONTROLLER_STATUS__CONDITIONS:
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
			case CoreV1Package.REPLICATION_CONTROLLER_STATUS__AVAILABLE_REPLICAS:
				return getAvailableReplicas();
			case CoreV1Package.REPLICATION_CONTROLLER_STATUS__CONDITIONS:
				return getConditions();
			case CoreV1Package.REPLICATION_CONTROLLER_STATUS__FULLY_LABELED_REPLICAS:
				return getFullyLabeledReplicas();
			case CoreV1Package.REPLICATION_CONTROLLER_STATUS__OBSERVED_GENERATION:
				return getObservedGeneration();
			case CoreV1Package.REPLICATION_CONTROLLER_STATUS__READY_REPLICAS:
				return getReadyReplicas();
			case CoreV1Package.REPLICATION_CONTROLLER_STATUS__REPLICAS:
				return getReplicas();
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
			case CoreV1Package.REPLICATION_CONTROLLER_STATUS__AVAILABLE_REPLICAS:
				setAvailableReplicas((Integer)newValue);
				return;
			case CoreV1Package.REPLICATION_CONTROLLER_STATUS__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends ReplicationControllerCondition>)newValue);
				return;
			case CoreV1Package.REPLICATION_CONTROLLER_STATUS__FULLY_LABELED_REPLICAS:
				setFullyLabeledReplicas((Integer)newValue);
				return;
			case CoreV1Package.REPLICATION_CONTROLLER_STATUS__OBSERVED_GENERATION:
				setObservedGeneration((Long)newValue);
				return;
			case CoreV1Package.REPLICATION_CONTROLLER_STATUS__READY_REPLICAS:
				setReadyReplicas((Integer)newValue);
				return;
			case CoreV1Package.REPLICATION_CONTROLLER_STATUS__REPLICAS:
				setReplicas((Integer)newValue);
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
			case CoreV1Package.REPLICATION_CONTROLLER_STATUS__AVAILABLE_REPLICAS:
				setAvailableReplicas(AVAILABLE_REPLICAS_EDEFAULT);
				return;
			case CoreV1Package.REPLICATION_CONTROLLER_STATUS__CONDITIONS:
				getConditions().clear();
				return;
			case CoreV1Package.REPLICATION_CONTROLLER_STATUS__FULLY_LABELED_REPLICAS:
				setFullyLabeledReplicas(FULLY_LABELED_REPLICAS_EDEFAULT);
				return;
			case CoreV1Package.REPLICATION_CONTROLLER_STATUS__OBSERVED_GENERATION:
				setObservedGeneration(OBSERVED_GENERATION_EDEFAULT);
				return;
			case CoreV1Package.REPLICATION_CONTROLLER_STATUS__READY_REPLICAS:
				setReadyReplicas(READY_REPLICAS_EDEFAULT);
				return;
			case CoreV1Package.REPLICATION_CONTROLLER_STATUS__REPLICAS:
				setReplicas(REPLICAS_EDEFAULT);
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
			case CoreV1Package.REPLICATION_CONTROLLER_STATUS__AVAILABLE_REPLICAS:
				return AVAILABLE_REPLICAS_EDEFAULT == null ? availableReplicas != null : !AVAILABLE_REPLICAS_EDEFAULT.equals(availableReplicas);
			case CoreV1Package.REPLICATION_CONTROLLER_STATUS__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case CoreV1Package.REPLICATION_CONTROLLER_STATUS__FULLY_LABELED_REPLICAS:
				return FULLY_LABELED_REPLICAS_EDEFAULT == null ? fullyLabeledReplicas != null : !FULLY_LABELED_REPLICAS_EDEFAULT.equals(fullyLabeledReplicas);
			case CoreV1Package.REPLICATION_CONTROLLER_STATUS__OBSERVED_GENERATION:
				return OBSERVED_GENERATION_EDEFAULT == null ? observedGeneration != null : !OBSERVED_GENERATION_EDEFAULT.equals(observedGeneration);
			case CoreV1Package.REPLICATION_CONTROLLER_STATUS__READY_REPLICAS:
				return READY_REPLICAS_EDEFAULT == null ? readyReplicas != null : !READY_REPLICAS_EDEFAULT.equals(readyReplicas);
			case CoreV1Package.REPLICATION_CONTROLLER_STATUS__REPLICAS:
				return REPLICAS_EDEFAULT == null ? replicas != null : !REPLICAS_EDEFAULT.equals(replicas);
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
		result.append(", fullyLabeledReplicas: ");
		result.append(fullyLabeledReplicas);
		result.append(", observedGeneration: ");
		result.append(observedGeneration);
		result.append(", readyReplicas: ");
		result.append(readyReplicas);
		result.append(", replicas: ");
		result.append(replicas);
		result.append(')');
		return result.toString();
	}

} //ReplicationControllerStatusImpl
