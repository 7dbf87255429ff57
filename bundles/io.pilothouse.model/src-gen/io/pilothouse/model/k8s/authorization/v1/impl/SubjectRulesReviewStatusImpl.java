/**
 */
package io.pilothouse.model.k8s.authorization.v1.impl;

import io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package;
import io.pilothouse.model.k8s.authorization.v1.NonResourceRule;
import io.pilothouse.model.k8s.authorization.v1.ResourceRule;
import io.pilothouse.model.k8s.authorization.v1.SubjectRulesReviewStatus;

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
 * An implementation of the model object '<em><b>Subject Rules Review Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.SubjectRulesReviewStatusImpl#getEvaluationError <em>Evaluation Error</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.SubjectRulesReviewStatusImpl#getIncomplete <em>Incomplete</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.SubjectRulesReviewStatusImpl#getNonResourceRules <em>Non Resource Rules</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.SubjectRulesReviewStatusImpl#getResourceRules <em>Resource Rules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubjectRulesReviewStatusImpl extends MinimalEObjectImpl.Container implements SubjectRulesReviewStatus {
	/**
	 * The default value of the '{@link #getEvaluationError() <em>Evaluation Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluationError()
	 * @generated
	 * @ordered
	 */
	protected static final String EVALUATION_ERROR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvaluationError() <em>Evaluation Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluationError()
	 * @generated
	 * @ordered
	 */
	protected String evaluationError = EVALUATION_ERROR_EDEFAULT;

	/**
	 * The default value of the '{@link #getIncomplete() <em>Incomplete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncomplete()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean INCOMPLETE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIncomplete() <em>Incomplete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncomplete()
	 * @generated
	 * @ordered
	 */
	protected Boolean incomplete = INCOMPLETE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNonResourceRules() <em>Non Resource Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNonResourceRules()
	 * @generated
	 * @ordered
	 */
	protected EList<NonResourceRule> nonResourceRules;

	/**
	 * The cached value of the '{@link #getResourceRules() <em>Resource Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceRules()
	 * @generated
	 * @ordered
	 */
	protected EList<ResourceRule> resourceRules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubjectRulesReviewStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AuthorizationV1Package.Literals.SUBJECT_RULES_REVIEW_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvaluationError() {
		return evaluationError;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvaluationError(String newEvaluationError) {
		String oldEvaluationError = evaluationError;
		evaluationError = newEvaluationError;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.SUBJECT_RULES_REVIEW_STATUS__EVALUATION_ERROR, oldEvaluationError, evaluationError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getIncomplete() {
		return incomplete;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIncomplete(Boolean newIncomplete) {
		Boolean oldIncomplete = incomplete;
		incomplete = newIncomplete;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.SUBJECT_RULES_REVIEW_STATUS__INCOMPLETE, oldIncomplete, incomplete));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NonResourceRule> getNonResourceRules() {
		if (nonResourceRules == null) {
			nonResourceRules = new EObjectContainmentEList<NonResourceRule>(NonResourceRule.class, this, AuthorizationV1Package.SUBJECT_RULES_REVIEW_STATUS__NON_RESOURCE_RULES);
		}
		return nonResourceRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ResourceRule> getResourceRules() {
		if (resourceRules == null) {
			resourceRules = new EObjectContainmentEList<ResourceRule>(ResourceRule.class, this, AuthorizationV1Package.SUBJECT_RULES_REVIEW_STATUS__RESOURCE_RULES);
		}
		return resourceRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AuthorizationV1Package.SUBJECT_RULES_REVIEW_STATUS__NON_RESOURCE_RULES:
				return ((InternalEList<?>)getNonResourceRules()).basicRemove(otherEnd, msgs);
			case AuthorizationV1Package.SUBJECT_RULES_REVIEW_STATUS__RESOURCE_RULES:
				return ((InternalEList<?>)getResourceRules()).basicRemove(otherEnd, msgs);
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
			case AuthorizationV1Package.SUBJECT_RULES_REVIEW_STATUS__EVALUATION_ERROR:
				return getEvaluationError();
			case AuthorizationV1Package.SUBJECT_RULES_REVIEW_STATUS__INCOMPLETE:
				return getIncomplete();
			case AuthorizationV1Package.SUBJECT_RULES_REVIEW_STATUS__NON_RESOURCE_RULES:
				return getNonResourceRules();
			case AuthorizationV1Package.SUBJECT_RULES_REVIEW_STATUS__RESOURCE_RULES:
				return getResourceRules();
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
			case AuthorizationV1Package.SUBJECT_RULES_REVIEW_STATUS__EVALUATION_ERROR:
				setEvaluationError((String)newValue);
				return;
			case AuthorizationV1Package.SUBJECT_RULES_REVIEW_STATUS__INCOMPLETE:
				setIncomplete((Boolean)newValue);
				return;
			case AuthorizationV1Package.SUBJECT_RULES_REVIEW_STATUS__NON_RESOURCE_RULES:
				getNonResourceRules().clear();
				getNonResourceRules().addAll((Collection<? extends NonResourceRule>)newValue);
				return;
			case AuthorizationV1Package.SUBJECT_RULES_REVIEW_STATUS__RESOURCE_RULES:
				getResourceRules().clear();
				getResourceRules().addAll((Collection<? extends ResourceRule>)newValue);
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
			case AuthorizationV1Package.SUBJECT_RULES_REVIEW_STATUS__EVALUATION_ERROR:
				setEvaluationError(EVALUATION_ERROR_EDEFAULT);
				return;
			case AuthorizationV1Package.SUBJECT_RULES_REVIEW_STATUS__INCOMPLETE:
				setIncomplete(INCOMPLETE_EDEFAULT);
				return;
			case AuthorizationV1Package.SUBJECT_RULES_REVIEW_STATUS__NON_RESOURCE_RULES:
				getNonResourceRules().clear();
				return;
			case AuthorizationV1Package.SUBJECT_RULES_REVIEW_STATUS__RESOURCE_RULES:
				getResourceRules().clear();
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
			case AuthorizationV1Package.SUBJECT_RULES_REVIEW_STATUS__EVALUATION_ERROR:
				return EVALUATION_ERROR_EDEFAULT == null ? evaluationError != null : !EVALUATION_ERROR_EDEFAULT.equals(evaluationError);
			case AuthorizationV1Package.SUBJECT_RULES_REVIEW_STATUS__INCOMPLETE:
				return INCOMPLETE_EDEFAULT == null ? incomplete != null : !INCOMPLETE_EDEFAULT.equals(incomplete);
			case AuthorizationV1Package.SUBJECT_RULES_REVIEW_STATUS__NON_RESOURCE_RULES:
				return nonResourceRules != null && !nonResourceRules.isEmpty();
			case AuthorizationV1Package.SUBJECT_RULES_REVIEW_STATUS__RESOURCE_RULES:
				return resourceRules != null && !resourceRules.isEmpty();
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
		result.append(" (evaluationError: ");
		result.append(evaluationError);
		result.append(", incomplete: ");
		result.append(incomplete);
		result.append(')');
		return result.toString();
	}

} //SubjectRulesReviewStatusImpl
