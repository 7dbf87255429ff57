/**
 */
package io.pilothouse.model.k8s.policy.v1.impl;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetSpec;
import io.pilothouse.model.k8s.policy.v1.PolicyV1Package;

import io.pilothouse.model.types.IntOrString;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pod Disruption Budget Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetSpecImpl#getMaxUnavailable <em>Max Unavailable</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetSpecImpl#getMinAvailable <em>Min Available</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetSpecImpl#getSelector <em>Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetSpecImpl#getUnhealthyPodEvictionPolicy <em>Unhealthy Pod Eviction Policy</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PodDisruptionBudgetSpecImpl extends MinimalEObjectImpl.Container implements PodDisruptionBudgetSpec {
	/**
	 * The default value of the '{@link #getMaxUnavailable() <em>Max Unavailable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxUnavailable()
	 * @generated
	 * @ordered
	 */
	protected static final IntOrString MAX_UNAVAILABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxUnavailable() <em>Max Unavailable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxUnavailable()
	 * @generated
	 * @ordered
	 */
	protected IntOrString maxUnavailable = MAX_UNAVAILABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinAvailable() <em>Min Available</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinAvailable()
	 * @generated
	 * @ordered
	 */
	protected static final IntOrString MIN_AVAILABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinAvailable() <em>Min Available</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinAvailable()
	 * @generated
	 * @ordered
	 */
	protected IntOrString minAvailable = MIN_AVAILABLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSelector() <em>Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelector()
	 * @generated
	 * @ordered
	 */
	protected LabelSelector selector;

	/**
	 * The default value of the '{@link #getUnhealthyPodEvictionPolicy() <em>Unhealthy Pod Eviction Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnhealthyPodEvictionPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String UNHEALTHY_POD_EVICTION_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnhealthyPodEvictionPolicy() <em>Unhealthy Pod Eviction Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnhealthyPodEvictionPolicy()
	 * @generated
	 * @ordered
	 */
	protected String unhealthyPodEvictionPolicy = UNHEALTHY_POD_EVICTION_POLICY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PodDisruptionBudgetSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PolicyV1Package.Literals.POD_DISRUPTION_BUDGET_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntOrString getMaxUnavailable() {
		return maxUnavailable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxUnavailable(IntOrString newMaxUnavailable) {
		IntOrString oldMaxUnavailable = maxUnavailable;
		maxUnavailable = newMaxUnavailable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyV1Package.POD_DISRUPTION_BUDGET_SPEC__MAX_UNAVAILABLE, oldMaxUnavailable, maxUnavailable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntOrString getMinAvailable() {
		return minAvailable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinAvailable(IntOrString newMinAvailable) {
		IntOrString oldMinAvailable = minAvailable;
		minAvailable = newMinAvailable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyV1Package.POD_DISRUPTION_BUDGET_SPEC__MIN_AVAILABLE, oldMinAvailable, minAvailable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelSelector getSelector() {
		return selector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSelector(LabelSelector newSelector, NotificationChain msgs) {
		LabelSelector oldSelector = selector;
		selector = newSelector;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PolicyV1Package.POD_DISRUPTION_BUDGET_SPEC__SELECTOR, oldSelector, newSelector);
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
	public void setSelector(LabelSelector newSelector) {
		if (newSelector != selector) {
			NotificationChain msgs = null;
			if (selector != null)
				msgs = ((InternalEObject)selector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PolicyV1Package.POD_DISRUPTION_BUDGET_SPEC__SELECTOR, null, msgs);
			if (newSelector != null)
				msgs = ((InternalEObject)newSelector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PolicyV1Package.POD_DISRUPTION_BUDGET_SPEC__SELECTOR, null, msgs);
			msgs = basicSetSelector(newSelector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyV1Package.POD_DISRUPTION_BUDGET_SPEC__SELECTOR, newSelector, newSelector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnhealthyPodEvictionPolicy() {
		return unhealthyPodEvictionPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnhealthyPodEvictionPolicy(String newUnhealthyPodEvictionPolicy) {
		String oldUnhealthyPodEvictionPolicy = unhealthyPodEvictionPolicy;
		unhealthyPodEvictionPolicy = newUnhealthyPodEvictionPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyV1Package.POD_DISRUPTION_BUDGET_SPEC__UNHEALTHY_POD_EVICTION_POLICY, oldUnhealthyPodEvictionPolicy, unhealthyPodEvictionPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PolicyV1Package.POD_DISRUPTION_BUDGET_SPEC__SELECTOR:
				return basicSetSelector(null, msgs);
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
			case PolicyV1Package.POD_DISRUPTION_BUDGET_SPEC__MAX_UNAVAILABLE:
				return getMaxUnavailable();
			case PolicyV1Package.POD_DISRUPTION_BUDGET_SPEC__MIN_AVAILABLE:
				return getMinAvailable();
			case PolicyV1Package.POD_DISRUPTION_BUDGET_SPEC__SELECTOR:
				return getSelector();
			case PolicyV1Package.POD_DISRUPTION_BUDGET_SPEC__UNHEALTHY_POD_EVICTION_POLICY:
				return getUnhealthyPodEvictionPolicy();
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
			case PolicyV1Package.POD_DISRUPTION_BUDGET_SPEC__MAX_UNAVAILABLE:
				setMaxUnavailable((IntOrString)newValue);
				return;
			case PolicyV1Package.POD_DISRUPTION_BUDGET_SPEC__MIN_AVAILABLE:
				setMinAvailable((IntOrString)newValue);
				return;
			case PolicyV1Package.POD_DISRUPTION_BUDGET_SPEC__SELECTOR:
				setSelector((LabelSelector)newValue);
				return;
			case PolicyV1Package.POD_DISRUPTION_BUDGET_SPEC__UNHEALTHY_POD_EVICTION_POLICY:
				setUnhealthyPodEvictionPolicy((String)newValue);
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
			case PolicyV1Package.POD_DISRUPTION_BUDGET_SPEC__MAX_UNAVAILABLE:
				setMaxUnavailable(MAX_UNAVAILABLE_EDEFAULT);
				return;
			case PolicyV1Package.POD_DISRUPTION_BUDGET_SPEC__MIN_AVAILABLE:
				setMinAvailable(MIN_AVAILABLE_EDEFAULT);
				return;
			case PolicyV1Package.POD_DISRUPTION_BUDGET_SPEC__SELECTOR:
				setSelector((LabelSelector)null);
				return;
			case PolicyV1Package.POD_DISRUPTION_BUDGET_SPEC__UNHEALTHY_POD_EVICTION_POLICY:
				setUnhealthyPodEvictionPolicy(UNHEALTHY_POD_EVICTION_POLICY_EDEFAULT);
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
			case PolicyV1Package.POD_DISRUPTION_BUDGET_SPEC__MAX_UNAVAILABLE:
				return MAX_UNAVAILABLE_EDEFAULT == null ? maxUnavailable != null : !MAX_UNAVAILABLE_EDEFAULT.equals(maxUnavailable);
			case PolicyV1Package.POD_DISRUPTION_BUDGET_SPEC__MIN_AVAILABLE:
				return MIN_AVAILABLE_EDEFAULT == null ? minAvailable != null : !MIN_AVAILABLE_EDEFAULT.equals(minAvailable);
			case PolicyV1Package.POD_DISRUPTION_BUDGET_SPEC__SELECTOR:
				return selector != null;
			case PolicyV1Package.POD_DISRUPTION_BUDGET_SPEC__UNHEALTHY_POD_EVICTION_POLICY:
				return UNHEALTHY_POD_EVICTION_POLICY_EDEFAULT == null ? unhealthyPodEvictionPolicy != null : !UNHEALTHY_POD_EVICTION_POLICY_EDEFAULT.equals(unhealthyPodEvictionPolicy);
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
		result.append(" (maxUnavailable: ");
		result.append(maxUnavailable);
		result.append(", minAvailable: ");
		result.append(minAvailable);
		result.append(", unhealthyPodEvictionPolicy: ");
		result.append(unhealthyPodEvictionPolicy);
		result.append(')');
		return result.toString();
	}

} //PodDisruptionBudgetSpecImpl
