/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1alpha1.impl;

import io.pilothouse.model.k8s.admissionregistration.v1alpha1.AdmissionregistrationV1alpha1Package;
import io.pilothouse.model.k8s.admissionregistration.v1alpha1.MatchCondition;
import io.pilothouse.model.k8s.admissionregistration.v1alpha1.MatchResources;
import io.pilothouse.model.k8s.admissionregistration.v1alpha1.MutatingAdmissionPolicySpec;
import io.pilothouse.model.k8s.admissionregistration.v1alpha1.Mutation;
import io.pilothouse.model.k8s.admissionregistration.v1alpha1.ParamKind;
import io.pilothouse.model.k8s.admissionregistration.v1alpha1.Variable;

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
 * An implementation of the model object '<em><b>Mutating Admission Policy Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.impl.MutatingAdmissionPolicySpecImpl#getFailurePolicy <em>Failure Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.impl.MutatingAdmissionPolicySpecImpl#getMatchConditions <em>Match Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.impl.MutatingAdmissionPolicySpecImpl#getMatchConstraints <em>Match Constraints</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.impl.MutatingAdmissionPolicySpecImpl#getMutations <em>Mutations</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.impl.MutatingAdmissionPolicySpecImpl#getParamKind <em>Param Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.impl.MutatingAdmissionPolicySpecImpl#getReinvocationPolicy <em>Reinvocation Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.impl.MutatingAdmissionPolicySpecImpl#getVariables <em>Variables</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MutatingAdmissionPolicySpecImpl extends MinimalEObjectImpl.Container implements MutatingAdmissionPolicySpec {
	/**
	 * The default value of the '{@link #getFailurePolicy() <em>Failure Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailurePolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String FAILURE_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFailurePolicy() <em>Failure Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailurePolicy()
	 * @generated
	 * @ordered
	 */
	protected String failurePolicy = FAILURE_POLICY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMatchConditions() <em>Match Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatchConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<MatchCondition> matchConditions;

	/**
	 * The cached value of the '{@link #getMatchConstraints() <em>Match Constraints</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatchConstraints()
	 * @generated
	 * @ordered
	 */
	protected MatchResources matchConstraints;

	/**
	 * The cached value of the '{@link #getMutations() <em>Mutations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMutations()
	 * @generated
	 * @ordered
	 */
	protected EList<Mutation> mutations;

	/**
	 * The cached value of the '{@link #getParamKind() <em>Param Kind</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParamKind()
	 * @generated
	 * @ordered
	 */
	protected ParamKind paramKind;

	/**
	 * The default value of the '{@link #getReinvocationPolicy() <em>Reinvocation Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReinvocationPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String REINVOCATION_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReinvocationPolicy() <em>Reinvocation Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReinvocationPolicy()
	 * @generated
	 * @ordered
	 */
	protected String reinvocationPolicy = REINVOCATION_POLICY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVariables() <em>Variables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariables()
	 * @generated
	 * @ordered
	 */
	protected EList<Variable> variables;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MutatingAdmissionPolicySpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdmissionregistrationV1alpha1Package.Literals.MUTATING_ADMISSION_POLICY_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFailurePolicy() {
		return failurePolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailurePolicy(String newFailurePolicy) {
		String oldFailurePolicy = failurePolicy;
		failurePolicy = newFailurePolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__FAILURE_POLICY, oldFailurePolicy, failurePolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MatchCondition> getMatchConditions() {
		if (matchConditions == null) {
			matchConditions = new EObjectContainmentEList<MatchCondition>(MatchCondition.class, this, AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__MATCH_CONDITIONS);
		}
		return matchConditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MatchResources getMatchConstraints() {
		return matchConstraints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMatchConstraints(MatchResources newMatchConstraints, NotificationChain msgs) {
		MatchResources oldMatchConstraints = matchConstraints;
		matchConstraints = newMatchConstraints;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__MATCH_CONSTRAINTS, oldMatchConstraints, newMatchConstraints);
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
	public void setMatchConstraints(MatchResources newMatchConstraints) {
		if (newMatchConstraints != matchConstraints) {
			NotificationChain msgs = null;
			if (matchConstraints != null)
				msgs = ((InternalEObject)matchConstraints).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__MATCH_CONSTRAINTS, null, msgs);
			if (newMatchConstraints != null)
				msgs = ((InternalEObject)newMatchConstraints).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__MATCH_CONSTRAINTS, null, msgs);
			msgs = basicSetMatchConstraints(newMatchConstraints, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__MATCH_CONSTRAINTS, newMatchConstraints, newMatchConstraints));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Mutation> getMutations() {
		if (mutations == null) {
			mutations = new EObjectContainmentEList<Mutation>(Mutation.class, this, AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__MUTATIONS);
		}
		return mutations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParamKind getParamKind() {
		return paramKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParamKind(ParamKind newParamKind, NotificationChain msgs) {
		ParamKind oldParamKind = paramKind;
		paramKind = newParamKind;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__PARAM_KIND, oldParamKind, newParamKind);
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
	public void setParamKind(ParamKind newParamKind) {
		if (newParamKind != paramKind) {
			NotificationChain msgs = null;
			if (paramKind != null)
				msgs = ((InternalEObject)paramKind).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__PARAM_KIND, null, msgs);
			if (newParamKind != null)
				msgs = ((InternalEObject)newParamKind).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__PARAM_KIND, null, msgs);
			msgs = basicSetParamKind(newParamKind, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__PARAM_KIND, newParamKind, newParamKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReinvocationPolicy() {
		return reinvocationPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReinvocationPolicy(String newReinvocationPolicy) {
		String oldReinvocationPolicy = reinvocationPolicy;
		reinvocationPolicy = newReinvocationPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__REINVOCATION_POLICY, oldReinvocationPolicy, reinvocationPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Variable> getVariables() {
		if (variables == null) {
			variables = new EObjectContainmentEList<Variable>(Variable.class, this, AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__VARIABLES);
		}
		return variables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__MATCH_CONDITIONS:
				return ((InternalEList<?>)getMatchConditions()).basicRemove(otherEnd, msgs);
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__MATCH_CONSTRAINTS:
				return basicSetMatchConstraints(null, msgs);
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__MUTATIONS:
				return ((InternalEList<?>)getMutations()).basicRemove(otherEnd, msgs);
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__PARAM_KIND:
				return basicSetParamKind(null, msgs);
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__VARIABLES:
				return ((InternalEList<?>)getVariables()).basicRemove(otherEnd, msgs);
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
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__FAILURE_POLICY:
				return getFailurePolicy();
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__MATCH_CONDITIONS:
				return getMatchConditions();
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__MATCH_CONSTRAINTS:
				return getMatchConstraints();
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__MUTATIONS:
				return getMutations();
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__PARAM_KIND:
				return getParamKind();
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__REINVOCATION_POLICY:
				return getReinvocationPolicy();
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__VARIABLES:
				return getVariables();
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
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__FAILURE_POLICY:
				setFailurePolicy((String)newValue);
				return;
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__MATCH_CONDITIONS:
				getMatchConditions().clear();
				getMatchConditions().addAll((Collection<? extends MatchCondition>)newValue);
				return;
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__MATCH_CONSTRAINTS:
				setMatchConstraints((MatchResources)newValue);
				return;
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__MUTATIONS:
				getMutations().clear();
				getMutations().addAll((Collection<? extends Mutation>)newValue);
				return;
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__PARAM_KIND:
				setParamKind((ParamKind)newValue);
				return;
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__REINVOCATION_POLICY:
				setReinvocationPolicy((String)newValue);
				return;
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__VARIABLES:
				getVariables().clear();
				getVariables().addAll((Collection<? extends Variable>)newValue);
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
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__FAILURE_POLICY:
				setFailurePolicy(FAILURE_POLICY_EDEFAULT);
				return;
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__MATCH_CONDITIONS:
				getMatchConditions().clear();
				return;
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__MATCH_CONSTRAINTS:
				setMatchConstraints((MatchResources)null);
				return;
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__MUTATIONS:
				getMutations().clear();
				return;
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__PARAM_KIND:
				setParamKind((ParamKind)null);
				return;
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__REINVOCATION_POLICY:
				setReinvocationPolicy(REINVOCATION_POLICY_EDEFAULT);
				return;
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__VARIABLES:
				getVariables().clear();
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
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__FAILURE_POLICY:
				return FAILURE_POLICY_EDEFAULT == null ? failurePolicy != null : !FAILURE_POLICY_EDEFAULT.equals(failurePolicy);
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__MATCH_CONDITIONS:
				return matchConditions != null && !matchConditions.isEmpty();
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__MATCH_CONSTRAINTS:
				return matchConstraints != null;
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__MUTATIONS:
				return mutations != null && !mutations.isEmpty();
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__PARAM_KIND:
				return paramKind != null;
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__REINVOCATION_POLICY:
				return REINVOCATION_POLICY_EDEFAULT == null ? reinvocationPolicy != null : !REINVOCATION_POLICY_EDEFAULT.equals(reinvocationPolicy);
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC__VARIABLES:
				return variables != null && !variables.isEmpty();
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
		result.append(" (failurePolicy: ");
		result.append(failurePolicy);
		result.append(", reinvocationPolicy: ");
		result.append(reinvocationPolicy);
		result.append(')');
		return result.toString();
	}

} //MutatingAdmissionPolicySpecImpl
