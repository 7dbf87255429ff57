/**
 */
package io.pilothouse.model.k8s.flowcontrol.v1.impl;

import io.pilothouse.model.k8s.flowcontrol.v1.ExemptPriorityLevelConfiguration;
import io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Exempt Priority Level Configuration</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.ExemptPriorityLevelConfigurationImpl#getLendablePercent <em>Lendable Percent</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.ExemptPriorityLevelConfigurationImpl#getNominalConcurrencyShares <em>Nominal Concurrency Shares</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExemptPriorityLevelConfigurationImpl extends MinimalEObjectImpl.Container implements ExemptPriorityLevelConfiguration {
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
	protected ExemptPriorityLevelConfigurationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowcontrolV1Package.Literals.EXEMPT_PRIORITY_LEVEL_CONFIGURATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FlowcontrolV1Package.EXEMPT_PRIORITY_LEVEL_CONFIGURATION__LENDABLE_PERCENT, oldLendablePercent, lendablePercent));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FlowcontrolV1Package.EXEMPT_PRIORITY_LEVEL_CONFIGURATION__NOMINAL_CONCURRENCY_SHARES, oldNominalConcurrencyShares, nominalConcurrencyShares));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FlowcontrolV1Package.EXEMPT_PRIORITY_LEVEL_CONFIGURATION__LENDABLE_PERCENT:
				return getLendablePercent();
			case FlowcontrolV1Package.EXEMPT_PRIORITY_LEVEL_CONFIGURATION__NOMINAL_CONCURRENCY_SHARES:
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
			case FlowcontrolV1Package.EXEMPT_PRIORITY_LEVEL_CONFIGURATION__LENDABLE_PERCENT:
				setLendablePercent((Integer)newValue);
				return;
			case FlowcontrolV1Package.EXEMPT_PRIORITY_LEVEL_CONFIGURATION__NOMINAL_CONCURRENCY_SHARES:
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
			case FlowcontrolV1Package.EXEMPT_PRIORITY_LEVEL_CONFIGURATION__LENDABLE_PERCENT:
				setLendablePercent(LENDABLE_PERCENT_EDEFAULT);
				return;
			case FlowcontrolV1Package.EXEMPT_PRIORITY_LEVEL_CONFIGURATION__NOMINAL_CONCURRENCY_SHARES:
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
			case FlowcontrolV1Package.EXEMPT_PRIORITY_LEVEL_CONFIGURATION__LENDABLE_PERCENT:
				return LENDABLE_PERCENT_EDEFAULT == null ? lendablePercent != null : !LENDABLE_PERCENT_EDEFAULT.equals(lendablePercent);
			case FlowcontrolV1Package.EXEMPT_PRIORITY_LEVEL_CONFIGURATION__NOMINAL_CONCURRENCY_SHARES:
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
		result.append(" (lendablePercent: ");
		result.append(lendablePercent);
		result.append(", nominalConcurrencyShares: ");
		result.append(nominalConcurrencyShares);
		result.append(')');
		return result.toString();
	}

} //ExemptPriorityLevelConfigurationImpl
