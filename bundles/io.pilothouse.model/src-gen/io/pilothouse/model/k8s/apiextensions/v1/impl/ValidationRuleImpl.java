/**
 */
package io.pilothouse.model.k8s.apiextensions.v1.impl;

import io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package;
import io.pilothouse.model.k8s.apiextensions.v1.ValidationRule;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Validation Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.ValidationRuleImpl#getFieldPath <em>Field Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.ValidationRuleImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.ValidationRuleImpl#getMessageExpression <em>Message Expression</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.ValidationRuleImpl#getOptionalOldSelf <em>Optional Old Self</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.ValidationRuleImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.ValidationRuleImpl#getRule <em>Rule</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ValidationRuleImpl extends MinimalEObjectImpl.Container implements ValidationRule {
	/**
	 * The default value of the '{@link #getFieldPath() <em>Field Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldPath()
	 * @generated
	 * @ordered
	 */
	protected static final String FIELD_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFieldPath() <em>Field Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldPath()
	 * @generated
	 * @ordered
	 */
	protected String fieldPath = FIELD_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessageExpression() <em>Message Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessageExpression() <em>Message Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageExpression()
	 * @generated
	 * @ordered
	 */
	protected String messageExpression = MESSAGE_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOptionalOldSelf() <em>Optional Old Self</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptionalOldSelf()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean OPTIONAL_OLD_SELF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOptionalOldSelf() <em>Optional Old Self</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptionalOldSelf()
	 * @generated
	 * @ordered
	 */
	protected Boolean optionalOldSelf = OPTIONAL_OLD_SELF_EDEFAULT;

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
	 * The default value of the '{@link #getRule() <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRule()
	 * @generated
	 * @ordered
	 */
	protected static final String RULE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRule() <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRule()
	 * @generated
	 * @ordered
	 */
	protected String rule = RULE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ValidationRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ApiextensionsV1Package.Literals.VALIDATION_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFieldPath() {
		return fieldPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFieldPath(String newFieldPath) {
		String oldFieldPath = fieldPath;
		fieldPath = newFieldPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.VALIDATION_RULE__FIELD_PATH, oldFieldPath, fieldPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.VALIDATION_RULE__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessageExpression() {
		return messageExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessageExpression(String newMessageExpression) {
		String oldMessageExpression = messageExpression;
		messageExpression = newMessageExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.VALIDATION_RULE__MESSAGE_EXPRESSION, oldMessageExpression, messageExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getOptionalOldSelf() {
		return optionalOldSelf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOptionalOldSelf(Boolean newOptionalOldSelf) {
		Boolean oldOptionalOldSelf = optionalOldSelf;
		optionalOldSelf = newOptionalOldSelf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.VALIDATION_RULE__OPTIONAL_OLD_SELF, oldOptionalOldSelf, optionalOldSelf));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.VALIDATION_RULE__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRule() {
		return rule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRule(String newRule) {
		String oldRule = rule;
		rule = newRule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.VALIDATION_RULE__RULE, oldRule, rule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ApiextensionsV1Package.VALIDATION_RULE__FIELD_PATH:
				return getFieldPath();
			case ApiextensionsV1Package.VALIDATION_RULE__MESSAGE:
				return getMessage();
			case ApiextensionsV1Package.VALIDATION_RULE__MESSAGE_EXPRESSION:
				return getMessageExpression();
			case ApiextensionsV1Package.VALIDATION_RULE__OPTIONAL_OLD_SELF:
				return getOptionalOldSelf();
			case ApiextensionsV1Package.VALIDATION_RULE__REASON:
				return getReason();
			case ApiextensionsV1Package.VALIDATION_RULE__RULE:
				return getRule();
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
			case ApiextensionsV1Package.VALIDATION_RULE__FIELD_PATH:
				setFieldPath((String)newValue);
				return;
			case ApiextensionsV1Package.VALIDATION_RULE__MESSAGE:
				setMessage((String)newValue);
				return;
			case ApiextensionsV1Package.VALIDATION_RULE__MESSAGE_EXPRESSION:
				setMessageExpression((String)newValue);
				return;
			case ApiextensionsV1Package.VALIDATION_RULE__OPTIONAL_OLD_SELF:
				setOptionalOldSelf((Boolean)newValue);
				return;
			case ApiextensionsV1Package.VALIDATION_RULE__REASON:
				setReason((String)newValue);
				return;
			case ApiextensionsV1Package.VALIDATION_RULE__RULE:
				setRule((String)newValue);
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
			case ApiextensionsV1Package.VALIDATION_RULE__FIELD_PATH:
				setFieldPath(FIELD_PATH_EDEFAULT);
				return;
			case ApiextensionsV1Package.VALIDATION_RULE__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case ApiextensionsV1Package.VALIDATION_RULE__MESSAGE_EXPRESSION:
				setMessageExpression(MESSAGE_EXPRESSION_EDEFAULT);
				return;
			case ApiextensionsV1Package.VALIDATION_RULE__OPTIONAL_OLD_SELF:
				setOptionalOldSelf(OPTIONAL_OLD_SELF_EDEFAULT);
				return;
			case ApiextensionsV1Package.VALIDATION_RULE__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case ApiextensionsV1Package.VALIDATION_RULE__RULE:
				setRule(RULE_EDEFAULT);
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
			case ApiextensionsV1Package.VALIDATION_RULE__FIELD_PATH:
				return FIELD_PATH_EDEFAULT == null ? fieldPath != null : !FIELD_PATH_EDEFAULT.equals(fieldPath);
			case ApiextensionsV1Package.VALIDATION_RULE__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case ApiextensionsV1Package.VALIDATION_RULE__MESSAGE_EXPRESSION:
				return MESSAGE_EXPRESSION_EDEFAULT == null ? messageExpression != null : !MESSAGE_EXPRESSION_EDEFAULT.equals(messageExpression);
			case ApiextensionsV1Package.VALIDATION_RULE__OPTIONAL_OLD_SELF:
				return OPTIONAL_OLD_SELF_EDEFAULT == null ? optionalOldSelf != null : !OPTIONAL_OLD_SELF_EDEFAULT.equals(optionalOldSelf);
			case ApiextensionsV1Package.VALIDATION_RULE__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case ApiextensionsV1Package.VALIDATION_RULE__RULE:
				return RULE_EDEFAULT == null ? rule != null : !RULE_EDEFAULT.equals(rule);
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
		result.append(" (fieldPath: ");
		result.append(fieldPath);
		result.append(", message: ");
		result.append(message);
		result.append(", messageExpression: ");
		result.append(messageExpression);
		result.append(", optionalOldSelf: ");
		result.append(optionalOldSelf);
		result.append(", reason: ");
		result.append(reason);
		result.append(", rule: ");
		result.append(rule);
		result.append(')');
		return result.toString();
	}

} //ValidationRuleImpl
