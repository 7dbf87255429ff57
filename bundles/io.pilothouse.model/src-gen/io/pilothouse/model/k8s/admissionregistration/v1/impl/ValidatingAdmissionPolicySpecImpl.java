/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1.impl;

import io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package;
import io.pilothouse.model.k8s.admissionregistration.v1.AuditAnnotation;
import io.pilothouse.model.k8s.admissionregistration.v1.MatchCondition;
import io.pilothouse.model.k8s.admissionregistration.v1.MatchResources;
import io.pilothouse.model.k8s.admissionregistration.v1.ParamKind;
import io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicySpec;
import io.pilothouse.model.k8s.admissionregistration.v1.Validation;
import io.pilothouse.model.k8s.admissionregistration.v1.Variable;

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
 * An implementation of the model object '<em><b>Validating Admission Policy Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicySpecImpl#getAuditAnnotations <em>Audit Annotations</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicySpecImpl#getFailurePolicy <em>Failure Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicySpecImpl#getMatchConditions <em>Match Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicySpecImpl#getMatchConstraints <em>Match Constraints</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicySpecImpl#getParamKind <em>Param Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicySpecImpl#getValidations <em>Validations</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicySpecImpl#getVariables <em>Variables</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ValidatingAdmissionPolicySpecImpl extends MinimalEObjectImpl.Container implements ValidatingAdmissionPolicySpec {
	/**
	 * The cached value of the '{@link #getAuditAnnotations() <em>Audit Annotations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuditAnnotations()
	 * @generated
	 * @ordered
	 */
	protected EList<AuditAnnotation> auditAnnotations;

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
	 * The cached value of the '{@link #getParamKind() <em>Param Kind</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParamKind()
	 * @generated
	 * @ordered
	 */
	protected ParamKind paramKind;

	/**
	 * The cached value of the '{@link #getValidations() <em>Validations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidations()
	 * @generated
	 * @ordered
	 */
	protected EList<Validation> validations;

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
	protected ValidatingAdmissionPolicySpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdmissionregistrationV1Package.Literals.VALIDATING_ADMISSION_POLICY_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AuditAnnotation> getAuditAnnotations() {
		if (auditAnnotations == null) {
			auditAnnotations = new EObjectContainmentEList<AuditAnnotation>(AuditAnnotation.class, this, AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__AUDIT_ANNOTATIONS);
		}
		return auditAnnotations;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__FAILURE_POLICY, oldFailurePolicy, failurePolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MatchCondition> getMatchConditions() {
		if (matchConditions == null) {
			matchConditions = new EObjectContainmentEList<MatchCondition>(MatchCondition.class, this, AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__MATCH_CONDITIONS);
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__MATCH_CONSTRAINTS, oldMatchConstraints, newMatchConstraints);
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
				msgs = ((InternalEObject)matchConstraints).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__MATCH_CONSTRAINTS, null, msgs);
			if (newMatchConstraints != null)
				msgs = ((InternalEObject)newMatchConstraints).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__MATCH_CONSTRAINTS, null, msgs);
			msgs = basicSetMatchConstraints(newMatchConstraints, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__MATCH_CONSTRAINTS, newMatchConstraints, newMatchConstraints));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__PARAM_KIND, oldParamKind, newParamKind);
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
				msgs = ((InternalEObject)paramKind).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__PARAM_KIND, null, msgs);
			if (newParamKind != null)
				msgs = ((InternalEObject)newParamKind).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__PARAM_KIND, null, msgs);
			msgs = basicSetParamKind(newParamKind, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__PARAM_KIND, newParamKind, newParamKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Validation> getValidations() {
		if (validations == null) {
			validations = new EObjectContainmentEList<Validation>(Validation.class, this, AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__VALIDATIONS);
		}
		return validations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Variable> getVariables() {
		if (variables == null) {
			variables = new EObjectContainmentEList<Variable>(Variable.class, this, AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__VARIABLES);
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
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__AUDIT_ANNOTATIONS:
				return ((InternalEList<?>)getAuditAnnotations()).basicRemove(otherEnd, msgs);
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__MATCH_CONDITIONS:
				return ((InternalEList<?>)getMatchConditions()).basicRemove(otherEnd, msgs);
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__MATCH_CONSTRAINTS:
				return basicSetMatchConstraints(null, msgs);
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__PARAM_KIND:
				return basicSetParamKind(null, msgs);
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__VALIDATIONS:
				return ((InternalEList<?>)getValidations()).basicRemove(otherEnd, msgs);
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__VARIABLES:
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
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__AUDIT_ANNOTATIONS:
				return getAuditAnnotations();
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__FAILURE_POLICY:
				return getFailurePolicy();
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__MATCH_CONDITIONS:
				return getMatchConditions();
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__MATCH_CONSTRAINTS:
				return getMatchConstraints();
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__PARAM_KIND:
				return getParamKind();
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__VALIDATIONS:
				return getValidations();
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__VARIABLES:
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
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__AUDIT_ANNOTATIONS:
				getAuditAnnotations().clear();
				getAuditAnnotations().addAll((Collection<? extends AuditAnnotation>)newValue);
				return;
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__FAILURE_POLICY:
				setFailurePolicy((String)newValue);
				return;
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__MATCH_CONDITIONS:
				getMatchConditions().clear();
				getMatchConditions().addAll((Collection<? extends MatchCondition>)newValue);
				return;
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__MATCH_CONSTRAINTS:
				setMatchConstraints((MatchResources)newValue);
				return;
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__PARAM_KIND:
				setParamKind((ParamKind)newValue);
				return;
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__VALIDATIONS:
				getValidations().clear();
				getValidations().addAll((Collection<? extends Validation>)newValue);
				return;
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__VARIABLES:
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
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__AUDIT_ANNOTATIONS:
				getAuditAnnotations().clear();
				return;
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__FAILURE_POLICY:
				setFailurePolicy(FAILURE_POLICY_EDEFAULT);
				return;
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__MATCH_CONDITIONS:
				getMatchConditions().clear();
				return;
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__MATCH_CONSTRAINTS:
				setMatchConstraints((MatchResources)null);
				return;
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__PARAM_KIND:
				setParamKind((ParamKind)null);
				return;
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__VALIDATIONS:
				getValidations().clear();
				return;
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__VARIABLES:
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
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__AUDIT_ANNOTATIONS:
				return auditAnnotations != null && !auditAnnotations.isEmpty();
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__FAILURE_POLICY:
				return FAILURE_POLICY_EDEFAULT == null ? failurePolicy != null : !FAILURE_POLICY_EDEFAULT.equals(failurePolicy);
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__MATCH_CONDITIONS:
				return matchConditions != null && !matchConditions.isEmpty();
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__MATCH_CONSTRAINTS:
				return matchConstraints != null;
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__PARAM_KIND:
				return paramKind != null;
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__VALIDATIONS:
				return validations != null && !validations.isEmpty();
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_SPEC__VARIABLES:
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
		result.append(')');
		return result.toString();
	}

} //ValidatingAdmissionPolicySpecImpl
