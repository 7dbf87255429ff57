/**
 */
package io.pilothouse.model.k8s.batch.v1.impl;

import io.pilothouse.model.k8s.batch.v1.BatchV1Package;
import io.pilothouse.model.k8s.batch.v1.SuccessPolicyRule;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Success Policy Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.SuccessPolicyRuleImpl#getSucceededCount <em>Succeeded Count</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.SuccessPolicyRuleImpl#getSucceededIndexes <em>Succeeded Indexes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SuccessPolicyRuleImpl extends MinimalEObjectImpl.Container implements SuccessPolicyRule {
	/**
	 * The default value of the '{@link #getSucceededCount() <em>Succeeded Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSucceededCount()
	 * @generated
	 * @ordered
	 */
	protected static final Integer SUCCEEDED_COUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSucceededCount() <em>Succeeded Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSucceededCount()
	 * @generated
	 * @ordered
	 */
	protected Integer succeededCount = SUCCEEDED_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSucceededIndexes() <em>Succeeded Indexes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSucceededIndexes()
	 * @generated
	 * @ordered
	 */
	protected static final String SUCCEEDED_INDEXES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSucceededIndexes() <em>Succeeded Indexes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSucceededIndexes()
	 * @generated
	 * @ordered
	 */
	protected String succeededIndexes = SUCCEEDED_INDEXES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SuccessPolicyRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BatchV1Package.Literals.SUCCESS_POLICY_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getSucceededCount() {
		return succeededCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSucceededCount(Integer newSucceededCount) {
		Integer oldSucceededCount = succeededCount;
		succeededCount = newSucceededCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.SUCCESS_POLICY_RULE__SUCCEEDED_COUNT, oldSucceededCount, succeededCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSucceededIndexes() {
		return succeededIndexes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSucceededIndexes(String newSucceededIndexes) {
		String oldSucceededIndexes = succeededIndexes;
		succeededIndexes = newSucceededIndexes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.SUCCESS_POLICY_RULE__SUCCEEDED_INDEXES, oldSucceededIndexes, succeededIndexes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case BatchV1Package.SUCCESS_POLICY_RULE__SUCCEEDED_COUNT:
				return getSucceededCount();
			case BatchV1Package.SUCCESS_POLICY_RULE__SUCCEEDED_INDEXES:
				return getSucceededIndexes();
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
			case BatchV1Package.SUCCESS_POLICY_RULE__SUCCEEDED_COUNT:
				setSucceededCount((Integer)newValue);
				return;
			case BatchV1Package.SUCCESS_POLICY_RULE__SUCCEEDED_INDEXES:
				setSucceededIndexes((String)newValue);
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
			case BatchV1Package.SUCCESS_POLICY_RULE__SUCCEEDED_COUNT:
				setSucceededCount(SUCCEEDED_COUNT_EDEFAULT);
				return;
			case BatchV1Package.SUCCESS_POLICY_RULE__SUCCEEDED_INDEXES:
				setSucceededIndexes(SUCCEEDED_INDEXES_EDEFAULT);
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
			case BatchV1Package.SUCCESS_POLICY_RULE__SUCCEEDED_COUNT:
				return SUCCEEDED_COUNT_EDEFAULT == null ? succeededCount != null : !SUCCEEDED_COUNT_EDEFAULT.equals(succeededCount);
			case BatchV1Package.SUCCESS_POLICY_RULE__SUCCEEDED_INDEXES:
				return SUCCEEDED_INDEXES_EDEFAULT == null ? succeededIndexes != null : !SUCCEEDED_INDEXES_EDEFAULT.equals(succeededIndexes);
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
		result.append(" (succeededCount: ");
		result.append(succeededCount);
		result.append(", succeededIndexes: ");
		result.append(succeededIndexes);
		result.append(')');
		return result.toString();
	}

} //SuccessPolicyRuleImpl
