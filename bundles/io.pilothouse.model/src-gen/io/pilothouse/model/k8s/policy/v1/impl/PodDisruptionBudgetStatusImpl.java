/**
 */
package io.pilothouse.model.k8s.policy.v1.impl;

import io.pilothouse.model.k8s.meta.v1.Condition;

import io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus;
import io.pilothouse.model.k8s.policy.v1.PolicyV1Package;

import io.pilothouse.model.types.Time;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pod Disruption Budget Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetStatusImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetStatusImpl#getCurrentHealthy <em>Current Healthy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetStatusImpl#getDesiredHealthy <em>Desired Healthy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetStatusImpl#getDisruptedPods <em>Disrupted Pods</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetStatusImpl#getDisruptionsAllowed <em>Disruptions Allowed</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetStatusImpl#getExpectedPods <em>Expected Pods</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetStatusImpl#getObservedGeneration <em>Observed Generation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PodDisruptionBudgetStatusImpl extends MinimalEObjectImpl.Container implements PodDisruptionBudgetStatus {
	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<Condition> conditions;

	/**
	 * The default value of the '{@link #getCurrentHealthy() <em>Current Healthy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentHealthy()
	 * @generated
	 * @ordered
	 */
	protected static final Integer CURRENT_HEALTHY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCurrentHealthy() <em>Current Healthy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentHealthy()
	 * @generated
	 * @ordered
	 */
	protected Integer currentHealthy = CURRENT_HEALTHY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDesiredHealthy() <em>Desired Healthy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesiredHealthy()
	 * @generated
	 * @ordered
	 */
	protected static final Integer DESIRED_HEALTHY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDesiredHealthy() <em>Desired Healthy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesiredHealthy()
	 * @generated
	 * @ordered
	 */
	protected Integer desiredHealthy = DESIRED_HEALTHY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDisruptedPods() <em>Disrupted Pods</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisruptedPods()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, Time> disruptedPods;

	/**
	 * The default value of the '{@link #getDisruptionsAllowed() <em>Disruptions Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisruptionsAllowed()
	 * @generated
	 * @ordered
	 */
	protected static final Integer DISRUPTIONS_ALLOWED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDisruptionsAllowed() <em>Disruptions Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisruptionsAllowed()
	 * @generated
	 * @ordered
	 */
	protected Integer disruptionsAllowed = DISRUPTIONS_ALLOWED_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpectedPods() <em>Expected Pods</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedPods()
	 * @generated
	 * @ordered
	 */
	protected static final Integer EXPECTED_PODS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpectedPods() <em>Expected Pods</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedPods()
	 * @generated
	 * @ordered
	 */
	protected Integer expectedPods = EXPECTED_PODS_EDEFAULT;

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
	protected PodDisruptionBudgetStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PolicyV1Package.Literals.POD_DISRUPTION_BUDGET_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Condition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<Condition>(Condition.class, this, PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getCurrentHealthy() {
		return currentHealthy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrentHealthy(Integer newCurrentHealthy) {
		Integer oldCurrentHealthy = currentHealthy;
		currentHealthy = newCurrentHealthy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__CURRENT_HEALTHY, oldCurrentHealthy, currentHealthy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getDesiredHealthy() {
		return desiredHealthy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDesiredHealthy(Integer newDesiredHealthy) {
		Integer oldDesiredHealthy = desiredHealthy;
		desiredHealthy = newDesiredHealthy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__DESIRED_HEALTHY, oldDesiredHealthy, desiredHealthy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, Time> getDisruptedPods() {
		if (disruptedPods == null) {
			disruptedPods = new EcoreEMap<String,Time>(PolicyV1Package.Literals.TIME_MAP_ENTRY, TimeMapEntryImpl.class, this, PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__DISRUPTED_PODS);
		}
		return disruptedPods;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getDisruptionsAllowed() {
		return disruptionsAllowed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisruptionsAllowed(Integer newDisruptionsAllowed) {
		Integer oldDisruptionsAllowed = disruptionsAllowed;
		disruptionsAllowed = newDisruptionsAllowed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__DISRUPTIONS_ALLOWED, oldDisruptionsAllowed, disruptionsAllowed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getExpectedPods() {
		return expectedPods;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpectedPods(Integer newExpectedPods) {
		Integer oldExpectedPods = expectedPods;
		expectedPods = newExpectedPods;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__EXPECTED_PODS, oldExpectedPods, expectedPods));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__OBSERVED_GENERATION, oldObservedGeneration, observedGeneration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__DISRUPTED_PODS:
				return ((InternalEList<?>)getDisruptedPods()).basicRemove(otherEnd, msgs);
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
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__CONDITIONS:
				return getConditions();
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__CURRENT_HEALTHY:
				return getCurrentHealthy();
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__DESIRED_HEALTHY:
				return getDesiredHealthy();
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__DISRUPTED_PODS:
				if (coreType) return getDisruptedPods();
				else return getDisruptedPods().map();
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__DISRUPTIONS_ALLOWED:
				return getDisruptionsAllowed();
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__EXPECTED_PODS:
				return getExpectedPods();
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__OBSERVED_GENERATION:
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
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends Condition>)newValue);
				return;
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__CURRENT_HEALTHY:
				setCurrentHealthy((Integer)newValue);
				return;
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__DESIRED_HEALTHY:
				setDesiredHealthy((Integer)newValue);
				return;
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__DISRUPTED_PODS:
				((EStructuralFeature.Setting)getDisruptedPods()).set(newValue);
				return;
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__DISRUPTIONS_ALLOWED:
				setDisruptionsAllowed((Integer)newValue);
				return;
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__EXPECTED_PODS:
				setExpectedPods((Integer)newValue);
				return;
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__OBSERVED_GENERATION:
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
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__CONDITIONS:
				getConditions().clear();
				return;
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__CURRENT_HEALTHY:
				setCurrentHealthy(CURRENT_HEALTHY_EDEFAULT);
				return;
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__DESIRED_HEALTHY:
				setDesiredHealthy(DESIRED_HEALTHY_EDEFAULT);
				return;
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__DISRUPTED_PODS:
				getDisruptedPods().clear();
				return;
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__DISRUPTIONS_ALLOWED:
				setDisruptionsAllowed(DISRUPTIONS_ALLOWED_EDEFAULT);
				return;
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__EXPECTED_PODS:
				setExpectedPods(EXPECTED_PODS_EDEFAULT);
				return;
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__OBSERVED_GENERATION:
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
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__CURRENT_HEALTHY:
				return CURRENT_HEALTHY_EDEFAULT == null ? currentHealthy != null : !CURRENT_HEALTHY_EDEFAULT.equals(currentHealthy);
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__DESIRED_HEALTHY:
				return DESIRED_HEALTHY_EDEFAULT == null ? desiredHealthy != null : !DESIRED_HEALTHY_EDEFAULT.equals(desiredHealthy);
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__DISRUPTED_PODS:
				return disruptedPods != null && !disruptedPods.isEmpty();
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__DISRUPTIONS_ALLOWED:
				return DISRUPTIONS_ALLOWED_EDEFAULT == null ? disruptionsAllowed != null : !DISRUPTIONS_ALLOWED_EDEFAULT.equals(disruptionsAllowed);
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__EXPECTED_PODS:
				return EXPECTED_PODS_EDEFAULT == null ? expectedPods != null : !EXPECTED_PODS_EDEFAULT.equals(expectedPods);
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS__OBSERVED_GENERATION:
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
		result.append(" (currentHealthy: ");
		result.append(currentHealthy);
		result.append(", desiredHealthy: ");
		result.append(desiredHealthy);
		result.append(", disruptionsAllowed: ");
		result.append(disruptionsAllowed);
		result.append(", expectedPods: ");
		result.append(expectedPods);
		result.append(", observedGeneration: ");
		result.append(observedGeneration);
		result.append(')');
		return result.toString();
	}

} //PodDisruptionBudgetStatusImpl
