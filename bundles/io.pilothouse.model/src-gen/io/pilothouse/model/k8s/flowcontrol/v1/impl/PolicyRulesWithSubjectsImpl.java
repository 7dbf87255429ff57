/**
 */
package io.pilothouse.model.k8s.flowcontrol.v1.impl;

import io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package;
import io.pilothouse.model.k8s.flowcontrol.v1.NonResourcePolicyRule;
import io.pilothouse.model.k8s.flowcontrol.v1.PolicyRulesWithSubjects;
import io.pilothouse.model.k8s.flowcontrol.v1.ResourcePolicyRule;
import io.pilothouse.model.k8s.flowcontrol.v1.Subject;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Policy Rules With Subjects</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.PolicyRulesWithSubjectsImpl#getNonResourceRules <em>Non Resource Rules</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.PolicyRulesWithSubjectsImpl#getResourceRules <em>Resource Rules</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.PolicyRulesWithSubjectsImpl#getSubjects <em>Subjects</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PolicyRulesWithSubjectsImpl extends MinimalEObjectImpl.Container implements PolicyRulesWithSubjects {
	/**
	 * The cached value of the '{@link #getNonResourceRules() <em>Non Resource Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNonResourceRules()
	 * @generated
	 * @ordered
	 */
	protected EList<NonResourcePolicyRule> nonResourceRules;

	/**
	 * The cached value of the '{@link #getResourceRules() <em>Resource Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceRules()
	 * @generated
	 * @ordered
	 */
	protected EList<ResourcePolicyRule> resourceRules;

	/**
	 * The cached value of the '{@link #getSubjects() <em>Subjects</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjects()
	 * @generated
	 * @ordered
	 */
	protected EList<Subject> subjects;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PolicyRulesWithSubjectsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowcontrolV1Package.Literals.POLICY_RULES_WITH_SUBJECTS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NonResourcePolicyRule> getNonResourceRules() {
		if (nonResourceRules == null) {
			nonResourceRules = new EObjectContainmentEList<NonResourcePolicyRule>(NonResourcePolicyRule.class, this, FlowcontrolV1Package.POLICY_RULES_WITH_SUBJECTS__NON_RESOURCE_RULES);
		}
		return nonResourceRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ResourcePolicyRule> getResourceRules() {
		if (resourceRules == null) {
			resourceRules = new EObjectContainmentEList<ResourcePolicyRule>(ResourcePolicyRule.class, this, FlowcontrolV1Package.POLICY_RULES_WITH_SUBJECTS__RESOURCE_RULES);
		}
		return resourceRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Subject> getSubjects() {
		if (subjects == null) {
			subjects = new EObjectContainmentEList<Subject>(Subject.class, this, FlowcontrolV1Package.POLICY_RULES_WITH_SUBJECTS__SUBJECTS);
		}
		return subjects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FlowcontrolV1Package.POLICY_RULES_WITH_SUBJECTS__NON_RESOURCE_RULES:
				return ((InternalEList<?>)getNonResourceRules()).basicRemove(otherEnd, msgs);
			case FlowcontrolV1Package.POLICY_RULES_WITH_SUBJECTS__RESOURCE_RULES:
				return ((InternalEList<?>)getResourceRules()).basicRemove(otherEnd, msgs);
			case FlowcontrolV1Package.POLICY_RULES_WITH_SUBJECTS__SUBJECTS:
				return ((InternalEList<?>)getSubjects()).basicRemove(otherEnd, msgs);
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
			case FlowcontrolV1Package.POLICY_RULES_WITH_SUBJECTS__NON_RESOURCE_RULES:
				return getNonResourceRules();
			case FlowcontrolV1Package.POLICY_RULES_WITH_SUBJECTS__RESOURCE_RULES:
				return getResourceRules();
			case FlowcontrolV1Package.POLICY_RULES_WITH_SUBJECTS__SUBJECTS:
				return getSubjects();
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
			case FlowcontrolV1Package.POLICY_RULES_WITH_SUBJECTS__NON_RESOURCE_RULES:
				getNonResourceRules().clear();
				getNonResourceRules().addAll((Collection<? extends NonResourcePolicyRule>)newValue);
				return;
			case FlowcontrolV1Package.POLICY_RULES_WITH_SUBJECTS__RESOURCE_RULES:
				getResourceRules().clear();
				getResourceRules().addAll((Collection<? extends ResourcePolicyRule>)newValue);
				return;
			case FlowcontrolV1Package.POLICY_RULES_WITH_SUBJECTS__SUBJECTS:
				getSubjects().clear();
				getSubjects().addAll((Collection<? extends Subject>)newValue);
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
			case FlowcontrolV1Package.POLICY_RULES_WITH_SUBJECTS__NON_RESOURCE_RULES:
				getNonResourceRules().clear();
				return;
			case FlowcontrolV1Package.POLICY_RULES_WITH_SUBJECTS__RESOURCE_RULES:
				getResourceRules().clear();
				return;
			case FlowcontrolV1Package.POLICY_RULES_WITH_SUBJECTS__SUBJECTS:
				getSubjects().clear();
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
			case FlowcontrolV1Package.POLICY_RULES_WITH_SUBJECTS__NON_RESOURCE_RULES:
				return nonResourceRules != null && !nonResourceRules.isEmpty();
			case FlowcontrolV1Package.POLICY_RULES_WITH_SUBJECTS__RESOURCE_RULES:
				return resourceRules != null && !resourceRules.isEmpty();
			case FlowcontrolV1Package.POLICY_RULES_WITH_SUBJECTS__SUBJECTS:
				return subjects != null && !subjects.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //PolicyRulesWithSubjectsImpl
