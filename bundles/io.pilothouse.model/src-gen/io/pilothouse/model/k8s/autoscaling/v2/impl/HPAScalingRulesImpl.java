/**
 */
package io.pilothouse.model.k8s.autoscaling.v2.impl;

import io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package;
import io.pilothouse.model.k8s.autoscaling.v2.HPAScalingPolicy;
import io.pilothouse.model.k8s.autoscaling.v2.HPAScalingRules;

import io.pilothouse.model.types.Quantity;

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
 * An implementation of the model object '<em><b>HPA Scaling Rules</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HPAScalingRulesImpl#getPolicies <em>Policies</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HPAScalingRulesImpl#getSelectPolicy <em>Select Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HPAScalingRulesImpl#getStabilizationWindowSeconds <em>Stabilization Window Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HPAScalingRulesImpl#getTolerance <em>Tolerance</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HPAScalingRulesImpl extends MinimalEObjectImpl.Container implements HPAScalingRules {
	/**
	 * The cached value of the '{@link #getPolicies() <em>Policies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicies()
	 * @generated
	 * @ordered
	 */
	protected EList<HPAScalingPolicy> policies;

	/**
	 * The default value of the '{@link #getSelectPolicy() <em>Select Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelectPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String SELECT_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSelectPolicy() <em>Select Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelectPolicy()
	 * @generated
	 * @ordered
	 */
	protected String selectPolicy = SELECT_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStabilizationWindowSeconds() <em>Stabilization Window Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStabilizationWindowSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final Integer STABILIZATION_WINDOW_SECONDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStabilizationWindowSeconds() <em>Stabilization Window Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStabilizationWindowSeconds()
	 * @generated
	 * @ordered
	 */
	protected Integer stabilizationWindowSeconds = STABILIZATION_WINDOW_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTolerance() <em>Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTolerance()
	 * @generated
	 * @ordered
	 */
	protected static final Quantity TOLERANCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTolerance() <em>Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTolerance()
	 * @generated
	 * @ordered
	 */
	protected Quantity tolerance = TOLERANCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HPAScalingRulesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AutoscalingV2Package.Literals.HPA_SCALING_RULES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HPAScalingPolicy> getPolicies() {
		if (policies == null) {
			policies = new EObjectContainmentEList<HPAScalingPolicy>(HPAScalingPolicy.class, this, AutoscalingV2Package.HPA_SCALING_RULES__POLICIES);
		}
		return policies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSelectPolicy() {
		return selectPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSelectPolicy(String newSelectPolicy) {
		String oldSelectPolicy = selectPolicy;
		selectPolicy = newSelectPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.HPA_SCALING_RULES__SELECT_POLICY, oldSelectPolicy, selectPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getStabilizationWindowSeconds() {
		return stabilizationWindowSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStabilizationWindowSeconds(Integer newStabilizationWindowSeconds) {
		Integer oldStabilizationWindowSeconds = stabilizationWindowSeconds;
		stabilizationWindowSeconds = newStabilizationWindowSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.HPA_SCALING_RULES__STABILIZATION_WINDOW_SECONDS, oldStabilizationWindowSeconds, stabilizationWindowSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity getTolerance() {
		return tolerance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTolerance(Quantity newTolerance) {
		Quantity oldTolerance = tolerance;
		tolerance = newTolerance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.HPA_SCALING_RULES__TOLERANCE, oldTolerance, tolerance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AutoscalingV2Package.HPA_SCALING_RULES__POLICIES:
				return ((InternalEList<?>)getPolicies()).basicRemove(otherEnd, msgs);
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
			case AutoscalingV2Package.HPA_SCALING_RULES__POLICIES:
				return getPolicies();
			case AutoscalingV2Package.HPA_SCALING_RULES__SELECT_POLICY:
				return getSelectPolicy();
			case AutoscalingV2Package.HPA_SCALING_RULES__STABILIZATION_WINDOW_SECONDS:
				return getStabilizationWindowSeconds();
			case AutoscalingV2Package.HPA_SCALING_RULES__TOLERANCE:
				return getTolerance();
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
			case AutoscalingV2Package.HPA_SCALING_RULES__POLICIES:
				getPolicies().clear();
				getPolicies().addAll((Collection<? extends HPAScalingPolicy>)newValue);
				return;
			case AutoscalingV2Package.HPA_SCALING_RULES__SELECT_POLICY:
				setSelectPolicy((String)newValue);
				return;
			case AutoscalingV2Package.HPA_SCALING_RULES__STABILIZATION_WINDOW_SECONDS:
				setStabilizationWindowSeconds((Integer)newValue);
				return;
			case AutoscalingV2Package.HPA_SCALING_RULES__TOLERANCE:
				setTolerance((Quantity)newValue);
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
			case AutoscalingV2Package.HPA_SCALING_RULES__POLICIES:
				getPolicies().clear();
				return;
			case AutoscalingV2Package.HPA_SCALING_RULES__SELECT_POLICY:
				setSelectPolicy(SELECT_POLICY_EDEFAULT);
				return;
			case AutoscalingV2Package.HPA_SCALING_RULES__STABILIZATION_WINDOW_SECONDS:
				setStabilizationWindowSeconds(STABILIZATION_WINDOW_SECONDS_EDEFAULT);
				return;
			case AutoscalingV2Package.HPA_SCALING_RULES__TOLERANCE:
				setTolerance(TOLERANCE_EDEFAULT);
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
			case AutoscalingV2Package.HPA_SCALING_RULES__POLICIES:
				return policies != null && !policies.isEmpty();
			case AutoscalingV2Package.HPA_SCALING_RULES__SELECT_POLICY:
				return SELECT_POLICY_EDEFAULT == null ? selectPolicy != null : !SELECT_POLICY_EDEFAULT.equals(selectPolicy);
			case AutoscalingV2Package.HPA_SCALING_RULES__STABILIZATION_WINDOW_SECONDS:
				return STABILIZATION_WINDOW_SECONDS_EDEFAULT == null ? stabilizationWindowSeconds != null : !STABILIZATION_WINDOW_SECONDS_EDEFAULT.equals(stabilizationWindowSeconds);
			case AutoscalingV2Package.HPA_SCALING_RULES__TOLERANCE:
				return TOLERANCE_EDEFAULT == null ? tolerance != null : !TOLERANCE_EDEFAULT.equals(tolerance);
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
		result.append(" (selectPolicy: ");
		result.append(selectPolicy);
		result.append(", stabilizationWindowSeconds: ");
		result.append(stabilizationWindowSeconds);
		result.append(", tolerance: ");
		result.append(tolerance);
		result.append(')');
		return result.toString();
	}

} //HPAScalingRulesImpl
