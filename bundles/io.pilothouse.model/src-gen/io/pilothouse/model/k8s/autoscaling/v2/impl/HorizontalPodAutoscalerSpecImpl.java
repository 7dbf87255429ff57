/**
 */
package io.pilothouse.model.k8s.autoscaling.v2.impl;

import io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package;
import io.pilothouse.model.k8s.autoscaling.v2.CrossVersionObjectReference;
import io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerBehavior;
import io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerSpec;
import io.pilothouse.model.k8s.autoscaling.v2.MetricSpec;

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
 * An implementation of the model object '<em><b>Horizontal Pod Autoscaler Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerSpecImpl#getBehavior <em>Behavior</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerSpecImpl#getMaxReplicas <em>Max Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerSpecImpl#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerSpecImpl#getMinReplicas <em>Min Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerSpecImpl#getScaleTargetRef <em>Scale Target Ref</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HorizontalPodAutoscalerSpecImpl extends MinimalEObjectImpl.Container implements HorizontalPodAutoscalerSpec {
	/**
	 * The cached value of the '{@link #getBehavior() <em>Behavior</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBehavior()
	 * @generated
	 * @ordered
	 */
	protected HorizontalPodAutoscalerBehavior behavior;

	/**
	 * The default value of the '{@link #getMaxReplicas() <em>Max Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxReplicas()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MAX_REPLICAS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxReplicas() <em>Max Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxReplicas()
	 * @generated
	 * @ordered
	 */
	protected Integer maxReplicas = MAX_REPLICAS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMetrics() <em>Metrics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetrics()
	 * @generated
	 * @ordered
	 */
	protected EList<MetricSpec> metrics;

	/**
	 * The default value of the '{@link #getMinReplicas() <em>Min Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinReplicas()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MIN_REPLICAS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinReplicas() <em>Min Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinReplicas()
	 * @generated
	 * @ordered
	 */
	protected Integer minReplicas = MIN_REPLICAS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScaleTargetRef() <em>Scale Target Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleTargetRef()
	 * @generated
	 * @ordered
	 */
	protected CrossVersionObjectReference scaleTargetRef;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HorizontalPodAutoscalerSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AutoscalingV2Package.Literals.HORIZONTAL_POD_AUTOSCALER_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HorizontalPodAutoscalerBehavior getBehavior() {
		return behavior;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBehavior(HorizontalPodAutoscalerBehavior newBehavior, NotificationChain msgs) {
		HorizontalPodAutoscalerBehavior oldBehavior = behavior;
		behavior = newBehavior;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__BEHAVIOR, oldBehavior, newBehavior);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBehavior(HorizontalPodAutoscalerBehavior newBehavior) {
		if (newBehavior != behavior) {
			NotificationChain msgs = null;
			if (behavior != null)
				msgs = ((InternalEObject)behavior).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__BEHAVIOR, null, msgs);
			if (newBehavior != null)
				msgs = ((InternalEObject)newBehavior).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__BEHAVIOR, null, msgs);
			msgs = basicSetBehavior(newBehavior, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__BEHAVIOR, newBehavior, newBehavior));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMaxReplicas() {
		return maxReplicas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxReplicas(Integer newMaxReplicas) {
		Integer oldMaxReplicas = maxReplicas;
		maxReplicas = newMaxReplicas;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__MAX_REPLICAS, oldMaxReplicas, maxReplicas));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MetricSpec> getMetrics() {
		if (metrics == null) {
			metrics = new EObjectContainmentEList<MetricSpec>(MetricSpec.class, this, AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__METRICS);
		}
		return metrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMinReplicas() {
		return minReplicas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinReplicas(Integer newMinReplicas) {
		Integer oldMinReplicas = minReplicas;
		minReplicas = newMinReplicas;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__MIN_REPLICAS, oldMinReplicas, minReplicas));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CrossVersionObjectReference getScaleTargetRef() {
		return scaleTargetRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetScaleTargetRef(CrossVersionObjectReference newScaleTargetRef, NotificationChain msgs) {
		CrossVersionObjectReference oldScaleTargetRef = scaleTargetRef;
		scaleTargetRef = newScaleTargetRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__SCALE_TARGET_REF, oldScaleTargetRef, newScaleTargetRef);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScaleTargetRef(CrossVersionObjectReference newScaleTargetRef) {
		if (newScaleTargetRef != scaleTargetRef) {
			NotificationChain msgs = null;
			if (scaleTargetRef != null)
				msgs = ((InternalEObject)scaleTargetRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__SCALE_TARGET_REF, null, msgs);
			if (newScaleTargetRef != null)
				msgs = ((InternalEObject)newScaleTargetRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__SCALE_TARGET_REF, null, msgs);
			msgs = basicSetScaleTargetRef(newScaleTargetRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__SCALE_TARGET_REF, newScaleTargetRef, newScaleTargetRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__BEHAVIOR:
				return basicSetBehavior(null, msgs);
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__METRICS:
				return ((InternalEList<?>)getMetrics()).basicRemove(otherEnd, msgs);
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__SCALE_TARGET_REF:
				return basicSetScaleTargetRef(null, msgs);
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
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__BEHAVIOR:
				return getBehavior();
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__MAX_REPLICAS:
				return getMaxReplicas();
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__METRICS:
				return getMetrics();
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__MIN_REPLICAS:
				return getMinReplicas();
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__SCALE_TARGET_REF:
				return getScaleTargetRef();
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
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__BEHAVIOR:
				setBehavior((HorizontalPodAutoscalerBehavior)newValue);
				return;
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__MAX_REPLICAS:
				setMaxReplicas((Integer)newValue);
				return;
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__METRICS:
				getMetrics().clear();
				getMetrics().addAll((Collection<? extends MetricSpec>)newValue);
				return;
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__MIN_REPLICAS:
				setMinReplicas((Integer)newValue);
				return;
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__SCALE_TARGET_REF:
				setScaleTargetRef((CrossVersionObjectReference)newValue);
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
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__BEHAVIOR:
				setBehavior((HorizontalPodAutoscalerBehavior)null);
				return;
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__MAX_REPLICAS:
				setMaxReplicas(MAX_REPLICAS_EDEFAULT);
				return;
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__METRICS:
				getMetrics().clear();
				return;
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__MIN_REPLICAS:
				setMinReplicas(MIN_REPLICAS_EDEFAULT);
				return;
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__SCALE_TARGET_REF:
				setScaleTargetRef((CrossVersionObjectReference)null);
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
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__BEHAVIOR:
				return behavior != null;
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__MAX_REPLICAS:
				return MAX_REPLICAS_EDEFAULT == null ? maxReplicas != null : !MAX_REPLICAS_EDEFAULT.equals(maxReplicas);
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__METRICS:
				return metrics != null && !metrics.isEmpty();
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__MIN_REPLICAS:
				return MIN_REPLICAS_EDEFAULT == null ? minReplicas != null : !MIN_REPLICAS_EDEFAULT.equals(minReplicas);
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC__SCALE_TARGET_REF:
				return scaleTargetRef != null;
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
		result.append(" (maxReplicas: ");
		result.append(maxReplicas);
		result.append(", minReplicas: ");
		result.append(minReplicas);
		result.append(')');
		return result.toString();
	}

} //HorizontalPodAutoscalerSpecImpl
