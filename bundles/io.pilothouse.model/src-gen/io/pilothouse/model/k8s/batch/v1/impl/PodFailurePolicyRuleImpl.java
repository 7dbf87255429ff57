/**
 */
package io.pilothouse.model.k8s.batch.v1.impl;

import io.pilothouse.model.k8s.batch.v1.BatchV1Package;
import io.pilothouse.model.k8s.batch.v1.PodFailurePolicyOnExitCodesRequirement;
import io.pilothouse.model.k8s.batch.v1.PodFailurePolicyOnPodConditionsPattern;
import io.pilothouse.model.k8s.batch.v1.PodFailurePolicyRule;

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
 * An implementation of the model object '<em><b>Pod Failure Policy Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.PodFailurePolicyRuleImpl#getAction <em>Action</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.PodFailurePolicyRuleImpl#getOnExitCodes <em>On Exit Codes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.PodFailurePolicyRuleImpl#getOnPodConditions <em>On Pod Conditions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PodFailurePolicyRuleImpl extends MinimalEObjectImpl.Container implements PodFailurePolicyRule {
	/**
	 * The default value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected String action = ACTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOnExitCodes() <em>On Exit Codes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnExitCodes()
	 * @generated
	 * @ordered
	 */
	protected PodFailurePolicyOnExitCodesRequirement onExitCodes;

	/**
	 * The cached value of the '{@link #getOnPodConditions() <em>On Pod Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnPodConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<PodFailurePolicyOnPodConditionsPattern> onPodConditions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PodFailurePolicyRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BatchV1Package.Literals.POD_FAILURE_POLICY_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(String newAction) {
		String oldAction = action;
		action = newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.POD_FAILURE_POLICY_RULE__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodFailurePolicyOnExitCodesRequirement getOnExitCodes() {
		return onExitCodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOnExitCodes(PodFailurePolicyOnExitCodesRequirement newOnExitCodes, NotificationChain msgs) {
		PodFailurePolicyOnExitCodesRequirement oldOnExitCodes = onExitCodes;
		onExitCodes = newOnExitCodes;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, BatchV1Package.POD_FAILURE_POLICY_RULE__ON_EXIT_CODES, oldOnExitCodes, newOnExitCodes);
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
	public void setOnExitCodes(PodFailurePolicyOnExitCodesRequirement newOnExitCodes) {
		if (newOnExitCodes != onExitCodes) {
			NotificationChain msgs = null;
			if (onExitCodes != null)
				msgs = ((InternalEObject)onExitCodes).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - BatchV1Package.POD_FAILURE_POLICY_RULE__ON_EXIT_CODES, null, msgs);
			if (newOnExitCodes != null)
				msgs = ((InternalEObject)newOnExitCodes).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - BatchV1Package.POD_FAILURE_POLICY_RULE__ON_EXIT_CODES, null, msgs);
			msgs = basicSetOnExitCodes(newOnExitCodes, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.POD_FAILURE_POLICY_RULE__ON_EXIT_CODES, newOnExitCodes, newOnExitCodes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PodFailurePolicyOnPodConditionsPattern> getOnPodConditions() {
		if (onPodConditions == null) {
			onPodConditions = new EObjectContainmentEList<PodFailurePolicyOnPodConditionsPattern>(PodFailurePolicyOnPodConditionsPattern.class, this, BatchV1Package.POD_FAILURE_POLICY_RULE__ON_POD_CONDITIONS);
		}
		return onPodConditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case BatchV1Package.POD_FAILURE_POLICY_RULE__ON_EXIT_CODES:
				return basicSetOnExitCodes(null, msgs);
			case BatchV1Package.POD_FAILURE_POLICY_RULE__ON_POD_CONDITIONS:
				return ((InternalEList<?>)getOnPodConditions()).basicRemove(otherEnd, msgs);
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
			case BatchV1Package.POD_FAILURE_POLICY_RULE__ACTION:
				return getAction();
			case BatchV1Package.POD_FAILURE_POLICY_RULE__ON_EXIT_CODES:
				return getOnExitCodes();
			case BatchV1Package.POD_FAILURE_POLICY_RULE__ON_POD_CONDITIONS:
				return getOnPodConditions();
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
			case BatchV1Package.POD_FAILURE_POLICY_RULE__ACTION:
				setAction((String)newValue);
				return;
			case BatchV1Package.POD_FAILURE_POLICY_RULE__ON_EXIT_CODES:
				setOnExitCodes((PodFailurePolicyOnExitCodesRequirement)newValue);
				return;
			case BatchV1Package.POD_FAILURE_POLICY_RULE__ON_POD_CONDITIONS:
				getOnPodConditions().clear();
				getOnPodConditions().addAll((Collection<? extends PodFailurePolicyOnPodConditionsPattern>)newValue);
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
			case BatchV1Package.POD_FAILURE_POLICY_RULE__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case BatchV1Package.POD_FAILURE_POLICY_RULE__ON_EXIT_CODES:
				setOnExitCodes((PodFailurePolicyOnExitCodesRequirement)null);
				return;
			case BatchV1Package.POD_FAILURE_POLICY_RULE__ON_POD_CONDITIONS:
				getOnPodConditions().clear();
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
			case BatchV1Package.POD_FAILURE_POLICY_RULE__ACTION:
				return ACTION_EDEFAULT == null ? action != null : !ACTION_EDEFAULT.equals(action);
			case BatchV1Package.POD_FAILURE_POLICY_RULE__ON_EXIT_CODES:
				return onExitCodes != null;
			case BatchV1Package.POD_FAILURE_POLICY_RULE__ON_POD_CONDITIONS:
				return onPodConditions != null && !onPodConditions.isEmpty();
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
		result.append(" (action: ");
		result.append(action);
		result.append(')');
		return result.toString();
	}

} //PodFailurePolicyRuleImpl
