/**
 */
package io.pilothouse.model.k8s.flowcontrol.v1.impl;

import io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package;
import io.pilothouse.model.k8s.flowcontrol.v1.LimitResponse;
import io.pilothouse.model.k8s.flowcontrol.v1.LimitedPriorityLevelConfiguration;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Limited Priority Level Configuration</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.LimitedPriorityLevelConfigurationImpl#getBorrowingLimitPercent <em>Borrowing Limit Percent</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.LimitedPriorityLevelConfigurationImpl#getLendablePercent <em>Lendable Percent</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.LimitedPriorityLevelConfigurationImpl#getLimitResponse <em>Limit Response</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.LimitedPriorityLevelConfigurationImpl#getNominalConcurrencyShares <em>Nominal Concurrency Shares</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LimitedPriorityLevelConfigurationImpl extends MinimalEObjectImpl.Container implements LimitedPriorityLevelConfiguration {
	/**
	 * The default value of the '{@link #getBorrowingLimitPercent() <em>Borrowing Limit Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorrowingLimitPercent()
	 * @generated
	 * @ordered
	 */
	protected static final Integer BORROWING_LIMIT_PERCENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBorrowingLimitPercent() <em>Borrowing Limit Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorrowingLimitPercent()
	 * @generated
	 * @ordered
	 */
	protected Integer borrowingLimitPercent = BORROWING_LIMIT_PERCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLendablePercent() <em>Lendable Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLendablePercent()
	 * @generated
	 * @ordered
	 */
	protected static final Integer LENDABLE_PERCENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLendablePercent() <em>Lendable Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLendablePercent()
	 * @generated
	 * @ordered
	 */
	protected Integer lendablePercent = LENDABLE_PERCENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLimitResponse() <em>Limit Response</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLimitResponse()
	 * @generated
	 * @ordered
	 */
	protected LimitResponse limitResponse;

	/**
	 * The default value of the '{@link #getNominalConcurrencyShares() <em>Nominal Concurrency Shares</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNominalConcurrencyShares()
	 * @generated
	 * @ordered
	 */
	protected static final Integer NOMINAL_CONCURRENCY_SHARES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNominalConcurrencyShares() <em>Nominal Concurrency Shares</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNominalConcurrencyShares()
	 * @generated
	 * @ordered
	 */
	protected Integer nominalConcurrencyShares = NOMINAL_CONCURRENCY_SHARES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LimitedPriorityLevelConfigurationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowcontrolV1Package.Literals.LIMITED_PRIORITY_LEVEL_CONFIGURATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getBorrowingLimitPercent() {
		return borrowingLimitPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBorrowingLimitPercent(Integer newBorrowingLimitPercent) {
		Integer oldBorrowingLimitPercent = borrowingLimitPercent;
		borrowingLimitPercent = newBorrowingLimitPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowcontrolV1Package.LIMITED_PRIORITY_LEVEL_CONFIGURATION__BORROWING_LIMIT_PERCENT, oldBorrowingLimitPercent, borrowingLimitPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getLendablePercent() {
		return lendablePercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLendablePercent(Integer newLendablePercent) {
		Integer oldLendablePercent = lendablePercent;
		lendablePercent = newLendablePercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowcontrolV1Package.LIMITED_PRIORITY_LEVEL_CONFIGURATION__LENDABLE_PERCENT, oldLendablePercent, lendablePercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LimitResponse getLimitResponse() {
		return limitResponse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLimitResponse(LimitResponse newLimitResponse, NotificationChain msgs) {
		LimitResponse oldLimitResponse = limitResponse;
		limitResponse = newLimitResponse;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FlowcontrolV1Package.LIMITED_PRIORITY_LEVEL_CONFIGURATION__LIMIT_RESPONSE, oldLimitResponse, newLimitResponse);
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
	public void setLimitResponse(LimitResponse newLimitResponse) {
		if (newLimitResponse != limitResponse) {
			NotificationChain msgs = null;
			if (limitResponse != null)
				msgs = ((InternalEObject)limitResponse).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FlowcontrolV1Package.LIMITED_PRIORITY_LEVEL_CONFIGURATION__LIMIT_RESPONSE, null, msgs);
			if (newLimitResponse != null)
				msgs = ((InternalEObject)newLimitResponse).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FlowcontrolV1Package.LIMITED_PRIORITY_LEVEL_CONFIGURATION__LIMIT_RESPONSE, null, msgs);
			msgs = basicSetLimitResponse(newLimitResponse, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowcontrolV1Package.LIMITED_PRIORITY_LEVEL_CONFIGURATION__LIMIT_RESPONSE, newLimitResponse, newLimitResponse));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getNominalConcurrencyShares() {
		return nominalConcurrencyShares;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNominalConcurrencyShares(Integer newNominalConcurrencyShares) {
		Integer oldNominalConcurrencyShares = nominalConcurrencyShares;
		nominalConcurrencyShares = newNominalConcurrencyShares;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowcontrolV1Package.LIMITED_PRIORITY_LEVEL_CONFIGURATION__NOMINAL_CONCURRENCY_SHARES, oldNominalConcurrencyShares, nominalConcurrencyShares));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FlowcontrolV1Package.LIMITED_PRIORITY_LEVEL_CONFIGURATION__LIMIT_RESPONSE:
				return basicSetLimitResponse(null, msgs);
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
			case FlowcontrolV1Package.LIMITED_PRIORITY_LEVEL_CONFIGURATION__BORROWING_LIMIT_PERCENT:
				return getBorrowingLimitPercent();
			case FlowcontrolV1Package.LIMITED_PRIORITY_LEVEL_CONFIGURATION__LENDABLE_PERCENT:
				return getLendablePercent();
			case FlowcontrolV1Package.LIMITED_PRIORITY_LEVEL_CONFIGURATION__LIMIT_RESPONSE:
				return getLimitResponse();
			case FlowcontrolV1Package.LIMITED_PRIORITY_LEVEL_CONFIGURATION__NOMINAL_CONCURRENCY_SHARES:
				return getNominalConcurrencyShares();
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
			case FlowcontrolV1Package.LIMITED_PRIORITY_LEVEL_CONFIGURATION__BORROWING_LIMIT_PERCENT:
				setBorrowingLimitPercent((Integer)newValue);
				return;
			case FlowcontrolV1Package.LIMITED_PRIORITY_LEVEL_CONFIGURATION__LENDABLE_PERCENT:
				setLendablePercent((Integer)newValue);
				return;
			case FlowcontrolV1Package.LIMITED_PRIORITY_LEVEL_CONFIGURATION__LIMIT_RESPONSE:
				setLimitResponse((LimitResponse)newValue);
				return;
			case FlowcontrolV1Package.LIMITED_PRIORITY_LEVEL_CONFIGURATION__NOMINAL_CONCURRENCY_SHARES:
				setNominalConcurrencyShares((Integer)newValue);
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
			case FlowcontrolV1Package.LIMITED_PRIORITY_LEVEL_CONFIGURATION__BORROWING_LIMIT_PERCENT:
				setBorrowingLimitPercent(BORROWING_LIMIT_PERCENT_EDEFAULT);
				return;
			case FlowcontrolV1Package.LIMITED_PRIORITY_LEVEL_CONFIGURATION__LENDABLE_PERCENT:
				setLendablePercent(LENDABLE_PERCENT_EDEFAULT);
				return;
			case FlowcontrolV1Package.LIMITED_PRIORITY_LEVEL_CONFIGURATION__LIMIT_RESPONSE:
				setLimitResponse((LimitResponse)null);
				return;
			case FlowcontrolV1Package.LIMITED_PRIORITY_LEVEL_CONFIGURATION__NOMINAL_CONCURRENCY_SHARES:
				setNominalConcurrencyShares(NOMINAL_CONCURRENCY_SHARES_EDEFAULT);
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
			case FlowcontrolV1Package.LIMITED_PRIORITY_LEVEL_CONFIGURATION__BORROWING_LIMIT_PERCENT:
				return BORROWING_LIMIT_PERCENT_EDEFAULT == null ? borrowingLimitPercent != null : !BORROWING_LIMIT_PERCENT_EDEFAULT.equals(borrowingLimitPercent);
			case FlowcontrolV1Package.LIMITED_PRIORITY_LEVEL_CONFIGURATION__LENDABLE_PERCENT:
				return LENDABLE_PERCENT_EDEFAULT == null ? lendablePercent != null : !LENDABLE_PERCENT_EDEFAULT.equals(lendablePercent);
			case FlowcontrolV1Package.LIMITED_PRIORITY_LEVEL_CONFIGURATION__LIMIT_RESPONSE:
				return limitResponse != null;
			case FlowcontrolV1Package.LIMITED_PRIORITY_LEVEL_CONFIGURATION__NOMINAL_CONCURRENCY_SHARES:
				return NOMINAL_CONCURRENCY_SHARES_EDEFAULT == null ? nominalConcurrencyShares != null : !NOMINAL_CONCURRENCY_SHARES_EDEFAULT.equals(nominalConcurrencyShares);
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
		result.append(" (borrowingLimitPercent: ");
		result.append(borrowingLimitPercent);
		result.append(", lendablePercent: ");
		result.append(lendablePercent);
		result.append(", nominalConcurrencyShares: ");
		result.append(nominalConcurrencyShares);
		result.append(')');
		return result.toString();
	}

} //LimitedPriorityLevelConfigurationImpl
