/**
 */
package io.pilothouse.model.k8s.autoscaling.v1.impl;

import io.pilothouse.model.k8s.autoscaling.v1.AutoscalingV1Package;
import io.pilothouse.model.k8s.autoscaling.v1.CrossVersionObjectReference;
import io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerSpec;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Horizontal Pod Autoscaler Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v1.impl.HorizontalPodAutoscalerSpecImpl#getMaxReplicas <em>Max Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v1.impl.HorizontalPodAutoscalerSpecImpl#getMinReplicas <em>Min Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v1.impl.HorizontalPodAutoscalerSpecImpl#getScaleTargetRef <em>Scale Target Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v1.impl.HorizontalPodAutoscalerSpecImpl#getTargetCPUUtilizationPercentage <em>Target CPU Utilization Percentage</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HorizontalPodAutoscalerSpecImpl extends MinimalEObjectImpl.Container implements HorizontalPodAutoscalerSpec {
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
	 * The default value of the '{@link #getTargetCPUUtilizationPercentage() <em>Target CPU Utilization Percentage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetCPUUtilizationPercentage()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TARGET_CPU_UTILIZATION_PERCENTAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetCPUUtilizationPercentage() <em>Target CPU Utilization Percentage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetCPUUtilizationPercentage()
	 * @generated
	 * @ordered
	 */
	protected Integer targetCPUUtilizationPercentage = TARGET_CPU_UTILIZATION_PERCENTAGE_EDEFAULT;

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
		return AutoscalingV1Package.Literals.HORIZONTAL_POD_AUTOSCALER_SPEC;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_SPEC__MAX_REPLICAS, oldMaxReplicas, maxReplicas));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_SPEC__MIN_REPLICAS, oldMinReplicas, minReplicas));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_SPEC__SCALE_TARGET_REF, oldScaleTargetRef, newScaleTargetRef);
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
				msgs = ((InternalEObject)scaleTargetRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_SPEC__SCALE_TARGET_REF, null, msgs);
			if (newScaleTargetRef != null)
				msgs = ((InternalEObject)newScaleTargetRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_SPEC__SCALE_TARGET_REF, null, msgs);
			msgs = basicSetScaleTargetRef(newScaleTargetRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_SPEC__SCALE_TARGET_REF, newScaleTargetRef, newScaleTargetRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTargetCPUUtilizationPercentage() {
		return targetCPUUtilizationPercentage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetCPUUtilizationPercentage(Integer newTargetCPUUtilizationPercentage) {
		Integer oldTargetCPUUtilizationPercentage = targetCPUUtilizationPercentage;
		targetCPUUtilizationPercentage = newTargetCPUUtilizationPercentage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_SPEC__TARGET_CPU_UTILIZATION_PERCENTAGE, oldTargetCPUUtilizationPercentage, targetCPUUtilizationPercentage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_SPEC__SCALE_TARGET_REF:
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
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_SPEC__MAX_REPLICAS:
				return getMaxReplicas();
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_SPEC__MIN_REPLICAS:
				return getMinReplicas();
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_SPEC__SCALE_TARGET_REF:
				return getScaleTargetRef();
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_SPEC__TARGET_CPU_UTILIZATION_PERCENTAGE:
				return getTargetCPUUtilizationPercentage();
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
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_SPEC__MAX_REPLICAS:
				setMaxReplicas((Integer)newValue);
				return;
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_SPEC__MIN_REPLICAS:
				setMinReplicas((Integer)newValue);
				return;
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_SPEC__SCALE_TARGET_REF:
				setScaleTargetRef((CrossVersionObjectReference)newValue);
				return;
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_SPEC__TARGET_CPU_UTILIZATION_PERCENTAGE:
				setTargetCPUUtilizationPercentage((Integer)newValue);
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
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_SPEC__MAX_REPLICAS:
				setMaxReplicas(MAX_REPLICAS_EDEFAULT);
				return;
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_SPEC__MIN_REPLICAS:
				setMinReplicas(MIN_REPLICAS_EDEFAULT);
				return;
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_SPEC__SCALE_TARGET_REF:
				setScaleTargetRef((CrossVersionObjectReference)null);
				return;
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_SPEC__TARGET_CPU_UTILIZATION_PERCENTAGE:
				setTargetCPUUtilizationPercentage(TARGET_CPU_UTILIZATION_PERCENTAGE_EDEFAULT);
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
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_SPEC__MAX_REPLICAS:
				return MAX_REPLICAS_EDEFAULT == null ? maxReplicas != null : !MAX_REPLICAS_EDEFAULT.equals(maxReplicas);
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_SPEC__MIN_REPLICAS:
				return MIN_REPLICAS_EDEFAULT == null ? minReplicas != null : !MIN_REPLICAS_EDEFAULT.equals(minReplicas);
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_SPEC__SCALE_TARGET_REF:
				return scaleTargetRef != null;
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_SPEC__TARGET_CPU_UTILIZATION_PERCENTAGE:
				return TARGET_CPU_UTILIZATION_PERCENTAGE_EDEFAULT == null ? targetCPUUtilizationPercentage != null : !TARGET_CPU_UTILIZATION_PERCENTAGE_EDEFAULT.equals(targetCPUUtilizationPercentage);
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
		result.append(", targetCPUUtilizationPercentage: ");
		result.append(targetCPUUtilizationPercentage);
		result.append(')');
		return result.toString();
	}

} //HorizontalPodAutoscalerSpecImpl
