/**
 */
package io.pilothouse.model.k8s.authorization.v1.impl;

import io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package;
import io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewStatus;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Subject Access Review Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.SubjectAccessReviewStatusImpl#getAllowed <em>Allowed</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.SubjectAccessReviewStatusImpl#getDenied <em>Denied</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.SubjectAccessReviewStatusImpl#getEvaluationError <em>Evaluation Error</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.SubjectAccessReviewStatusImpl#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubjectAccessReviewStatusImpl extends MinimalEObjectImpl.Container implements SubjectAccessReviewStatus {
	/**
	 * The default value of the '{@link #getAllowed() <em>Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowed()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean ALLOWED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAllowed() <em>Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowed()
	 * @generated
	 * @ordered
	 */
	protected Boolean allowed = ALLOWED_EDEFAULT;

	/**
	 * The default value of the '{@link #getDenied() <em>Denied</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDenied()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean DENIED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDenied() <em>Denied</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDenied()
	 * @generated
	 * @ordered
	 */
	protected Boolean denied = DENIED_EDEFAULT;

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
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubjectAccessReviewStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AuthorizationV1Package.Literals.SUBJECT_ACCESS_REVIEW_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getAllowed() {
		return allowed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllowed(Boolean newAllowed) {
		Boolean oldAllowed = allowed;
		allowed = newAllowed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_STATUS__ALLOWED, oldAllowed, allowed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getDenied() {
		return denied;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDenied(Boolean newDenied) {
		Boolean oldDenied = denied;
		denied = newDenied;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_STATUS__DENIED, oldDenied, denied));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_STATUS__EVALUATION_ERROR, oldEvaluationError, evaluationError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_STATUS__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_STATUS__ALLOWED:
				return getAllowed();
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_STATUS__DENIED:
				return getDenied();
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_STATUS__EVALUATION_ERROR:
				return getEvaluationError();
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_STATUS__REASON:
				return getReason();
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
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_STATUS__ALLOWED:
				setAllowed((Boolean)newValue);
				return;
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_STATUS__DENIED:
				setDenied((Boolean)newValue);
				return;
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_STATUS__EVALUATION_ERROR:
				setEvaluationError((String)newValue);
				return;
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_STATUS__REASON:
				setReason((String)newValue);
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
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_STATUS__ALLOWED:
				setAllowed(ALLOWED_EDEFAULT);
				return;
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_STATUS__DENIED:
				setDenied(DENIED_EDEFAULT);
				return;
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_STATUS__EVALUATION_ERROR:
				setEvaluationError(EVALUATION_ERROR_EDEFAULT);
				return;
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_STATUS__REASON:
				setReason(REASON_EDEFAULT);
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
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_STATUS__ALLOWED:
				return ALLOWED_EDEFAULT == null ? allowed != null : !ALLOWED_EDEFAULT.equals(allowed);
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_STATUS__DENIED:
				return DENIED_EDEFAULT == null ? denied != null : !DENIED_EDEFAULT.equals(denied);
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_STATUS__EVALUATION_ERROR:
				return EVALUATION_ERROR_EDEFAULT == null ? evaluationError != null : !EVALUATION_ERROR_EDEFAULT.equals(evaluationError);
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_STATUS__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
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
		result.append(" (allowed: ");
		result.append(allowed);
		result.append(", denied: ");
		result.append(denied);
		result.append(", evaluationError: ");
		result.append(evaluationError);
		result.append(", reason: ");
		result.append(reason);
		result.append(')');
		return result.toString();
	}

} //SubjectAccessReviewStatusImpl
