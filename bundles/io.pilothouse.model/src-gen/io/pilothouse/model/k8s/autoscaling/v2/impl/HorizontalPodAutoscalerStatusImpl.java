/**
 */
package io.pilothouse.model.k8s.autoscaling.v2.impl;

import io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package;
import io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerCondition;
import io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus;
import io.pilothouse.model.k8s.autoscaling.v2.MetricStatus;

import io.pilothouse.model.types.Time;

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
 * An implementation of the model object '<em><b>Horizontal Pod Autoscaler Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerStatusImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerStatusImpl#getCurrentMetrics <em>Current Metrics</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerStatusImpl#getCurrentReplicas <em>Current Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerStatusImpl#getDesiredReplicas <em>Desired Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerStatusImpl#getLastScaleTime <em>Last Scale Time</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerStatusImpl#getObservedGeneration <em>Observed Generation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HorizontalPodAutoscalerStatusImpl extends MinimalEObjectImpl.Container implements HorizontalPodAutoscalerStatus {
	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<HorizontalPodAutoscalerCondition> conditions;

	/**
	 * The cached value of the '{@link #getCurrentMetrics() <em>Current Metrics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentMetrics()
	 * @generated
	 * @ordered
	 */
	protected EList<MetricStatus> currentMetrics;

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
	 * The default value of the '{@link #getDesiredReplicas() <em>Desired Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesiredReplicas()
	 * @generated
	 * @ordered
	 */
	protected static final Integer DESIRED_REPLICAS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDesiredReplicas() <em>Desired Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesiredReplicas()
	 * @generated
	 * @ordered
	 */
	protected Integer desiredReplicas = DESIRED_REPLICAS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastScaleTime() <em>Last Scale Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastScaleTime()
	 * @generated
	 * @ordered
	 */
	protected static final Time LAST_SCALE_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastScaleTime() <em>Last Scale Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastScaleTime()
	 * @generated
	 * @ordered
	 */
	protected Time lastScaleTime = LAST_SCALE_TIME_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HorizontalPodAutoscalerStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AutoscalingV2Package.Literals.HORIZONTAL_POD_AUTOSCALER_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HorizontalPodAutoscalerCondition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<HorizontalPodAutoscalerCondition>(HorizontalPodAutoscalerCondition.class, this, AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MetricStatus> getCurrentMetrics() {
		if (currentMetrics == null) {
			currentMetrics = new EObjectContainmentEList<MetricStatus>(MetricStatus.class, this, AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__CURRENT_METRICS);
		}
		return currentMetrics;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__CURRENT_REPLICAS, oldCurrentReplicas, currentReplicas));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getDesiredReplicas() {
		return desiredReplicas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDesiredReplicas(Integer newDesiredReplicas) {
		Integer oldDesiredReplicas = desiredReplicas;
		desiredReplicas = newDesiredReplicas;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__DESIRED_REPLICAS, oldDesiredReplicas, desiredReplicas));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Time getLastScaleTime() {
		return lastScaleTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastScaleTime(Time newLastScaleTime) {
		Time oldLastScaleTime = lastScaleTime;
		lastScaleTime = newLastScaleTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__LAST_SCALE_TIME, oldLastScaleTime, lastScaleTime));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__OBSERVED_GENERATION, oldObservedGeneration, observedGeneration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__CURRENT_METRICS:
				return ((InternalEList<?>)getCurrentMetrics()).basicRemove(otherEnd, msgs);
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
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__CONDITIONS:
				return getConditions();
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__CURRENT_METRICS:
				return getCurrentMetrics();
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__CURRENT_REPLICAS:
				return getCurrentReplicas();
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__DESIRED_REPLICAS:
				return getDesiredReplicas();
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__LAST_SCALE_TIME:
				return getLastScaleTime();
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__OBSERVED_GENERATION:
				return getObservedGeneration();
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
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends HorizontalPodAutoscalerCondition>)newValue);
				return;
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__CURRENT_METRICS:
				getCurrentMetrics().clear();
				getCurrentMetrics().addAll((Collection<? extends MetricStatus>)newValue);
				return;
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__CURRENT_REPLICAS:
				setCurrentReplicas((Integer)newValue);
				return;
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__DESIRED_REPLICAS:
				setDesiredReplicas((Integer)newValue);
				return;
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__LAST_SCALE_TIME:
				setLastScaleTime((Time)newValue);
				return;
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__OBSERVED_GENERATION:
				setObservedGeneration((Long)newValue);
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
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__CONDITIONS:
				getConditions().clear();
				return;
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__CURRENT_METRICS:
				getCurrentMetrics().clear();
				return;
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__CURRENT_REPLICAS:
				setCurrentReplicas(CURRENT_REPLICAS_EDEFAULT);
				return;
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__DESIRED_REPLICAS:
				setDesiredReplicas(DESIRED_REPLICAS_EDEFAULT);
				return;
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__LAST_SCALE_TIME:
				setLastScaleTime(LAST_SCALE_TIME_EDEFAULT);
				return;
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__OBSERVED_GENERATION:
				setObservedGeneration(OBSERVED_GENERATION_EDEFAULT);
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
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__CURRENT_METRICS:
				return currentMetrics != null && !currentMetrics.isEmpty();
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__CURRENT_REPLICAS:
				return CURRENT_REPLICAS_EDEFAULT == null ? currentReplicas != null : !CURRENT_REPLICAS_EDEFAULT.equals(currentReplicas);
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__DESIRED_REPLICAS:
				return DESIRED_REPLICAS_EDEFAULT == null ? desiredReplicas != null : !DESIRED_REPLICAS_EDEFAULT.equals(desiredReplicas);
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__LAST_SCALE_TIME:
				return LAST_SCALE_TIME_EDEFAULT == null ? lastScaleTime != null : !LAST_SCALE_TIME_EDEFAULT.equals(lastScaleTime);
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS__OBSERVED_GENERATION:
				return OBSERVED_GENERATION_EDEFAULT == null ? observedGeneration != null : !OBSERVED_GENERATION_EDEFAULT.equals(observedGeneration);
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
		result.append(" (currentReplicas: ");
		result.append(currentReplicas);
		result.append(", desiredReplicas: ");
		result.append(desiredReplicas);
		result.append(", lastScaleTime: ");
		result.append(lastScaleTime);
		result.append(", observedGeneration: ");
		result.append(observedGeneration);
		result.append(')');
		return result.toString();
	}

} //HorizontalPodAutoscalerStatusImpl
