/**
 */
package io.pilothouse.model.k8s.coordination.v1.impl;

import io.pilothouse.model.k8s.coordination.v1.CoordinationV1Package;
import io.pilothouse.model.k8s.coordination.v1.LeaseSpec;

import io.pilothouse.model.types.MicroTime;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lease Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.coordination.v1.impl.LeaseSpecImpl#getAcquireTime <em>Acquire Time</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.coordination.v1.impl.LeaseSpecImpl#getHolderIdentity <em>Holder Identity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.coordination.v1.impl.LeaseSpecImpl#getLeaseDurationSeconds <em>Lease Duration Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.coordination.v1.impl.LeaseSpecImpl#getLeaseTransitions <em>Lease Transitions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.coordination.v1.impl.LeaseSpecImpl#getPreferredHolder <em>Preferred Holder</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.coordination.v1.impl.LeaseSpecImpl#getRenewTime <em>Renew Time</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.coordination.v1.impl.LeaseSpecImpl#getStrategy <em>Strategy</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LeaseSpecImpl extends MinimalEObjectImpl.Container implements LeaseSpec {
	/**
	 * The default value of the '{@link #getAcquireTime() <em>Acquire Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcquireTime()
	 * @generated
	 * @ordered
	 */
	protected static final MicroTime ACQUIRE_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAcquireTime() <em>Acquire Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcquireTime()
	 * @generated
	 * @ordered
	 */
	protected MicroTime acquireTime = ACQUIRE_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getHolderIdentity() <em>Holder Identity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHolderIdentity()
	 * @generated
	 * @ordered
	 */
	protected static final String HOLDER_IDENTITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHolderIdentity() <em>Holder Identity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHolderIdentity()
	 * @generated
	 * @ordered
	 */
	protected String holderIdentity = HOLDER_IDENTITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLeaseDurationSeconds() <em>Lease Duration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeaseDurationSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final Integer LEASE_DURATION_SECONDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLeaseDurationSeconds() <em>Lease Duration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeaseDurationSeconds()
	 * @generated
	 * @ordered
	 */
	protected Integer leaseDurationSeconds = LEASE_DURATION_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLeaseTransitions() <em>Lease Transitions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeaseTransitions()
	 * @generated
	 * @ordered
	 */
	protected static final Integer LEASE_TRANSITIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLeaseTransitions() <em>Lease Transitions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeaseTransitions()
	 * @generated
	 * @ordered
	 */
	protected Integer leaseTransitions = LEASE_TRANSITIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreferredHolder() <em>Preferred Holder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferredHolder()
	 * @generated
	 * @ordered
	 */
	protected static final String PREFERRED_HOLDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreferredHolder() <em>Preferred Holder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferredHolder()
	 * @generated
	 * @ordered
	 */
	protected String preferredHolder = PREFERRED_HOLDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getRenewTime() <em>Renew Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRenewTime()
	 * @generated
	 * @ordered
	 */
	protected static final MicroTime RENEW_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRenewTime() <em>Renew Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRenewTime()
	 * @generated
	 * @ordered
	 */
	protected MicroTime renewTime = RENEW_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getStrategy() <em>Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategy()
	 * @generated
	 * @ordered
	 */
	protected static final String STRATEGY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStrategy() <em>Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategy()
	 * @generated
	 * @ordered
	 */
	protected String strategy = STRATEGY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LeaseSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoordinationV1Package.Literals.LEASE_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MicroTime getAcquireTime() {
		return acquireTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcquireTime(MicroTime newAcquireTime) {
		MicroTime oldAcquireTime = acquireTime;
		acquireTime = newAcquireTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoordinationV1Package.LEASE_SPEC__ACQUIRE_TIME, oldAcquireTime, acquireTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHolderIdentity() {
		return holderIdentity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHolderIdentity(String newHolderIdentity) {
		String oldHolderIdentity = holderIdentity;
		holderIdentity = newHolderIdentity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoordinationV1Package.LEASE_SPEC__HOLDER_IDENTITY, oldHolderIdentity, holderIdentity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getLeaseDurationSeconds() {
		return leaseDurationSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeaseDurationSeconds(Integer newLeaseDurationSeconds) {
		Integer oldLeaseDurationSeconds = leaseDurationSeconds;
		leaseDurationSeconds = newLeaseDurationSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoordinationV1Package.LEASE_SPEC__LEASE_DURATION_SECONDS, oldLeaseDurationSeconds, leaseDurationSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getLeaseTransitions() {
		return leaseTransitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeaseTransitions(Integer newLeaseTransitions) {
		Integer oldLeaseTransitions = leaseTransitions;
		leaseTransitions = newLeaseTransitions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoordinationV1Package.LEASE_SPEC__LEASE_TRANSITIONS, oldLeaseTransitions, leaseTransitions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPreferredHolder() {
		return preferredHolder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreferredHolder(String newPreferredHolder) {
		String oldPreferredHolder = preferredHolder;
		preferredHolder = newPreferredHolder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoordinationV1Package.LEASE_SPEC__PREFERRED_HOLDER, oldPreferredHolder, preferredHolder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MicroTime getRenewTime() {
		return renewTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRenewTime(MicroTime newRenewTime) {
		MicroTime oldRenewTime = renewTime;
		renewTime = newRenewTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoordinationV1Package.LEASE_SPEC__RENEW_TIME, oldRenewTime, renewTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStrategy() {
		return strategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrategy(String newStrategy) {
		String oldStrategy = strategy;
		strategy = newStrategy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoordinationV1Package.LEASE_SPEC__STRATEGY, oldStrategy, strategy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoordinationV1Package.LEASE_SPEC__ACQUIRE_TIME:
				return getAcquireTime();
			case CoordinationV1Package.LEASE_SPEC__HOLDER_IDENTITY:
				return getHolderIdentity();
			case CoordinationV1Package.LEASE_SPEC__LEASE_DURATION_SECONDS:
				return getLeaseDurationSeconds();
			case CoordinationV1Package.LEASE_SPEC__LEASE_TRANSITIONS:
				return getLeaseTransitions();
			case CoordinationV1Package.LEASE_SPEC__PREFERRED_HOLDER:
				return getPreferredHolder();
			case CoordinationV1Package.LEASE_SPEC__RENEW_TIME:
				return getRenewTime();
			case CoordinationV1Package.LEASE_SPEC__STRATEGY:
				return getStrategy();
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
			case CoordinationV1Package.LEASE_SPEC__ACQUIRE_TIME:
				setAcquireTime((MicroTime)newValue);
				return;
			case CoordinationV1Package.LEASE_SPEC__HOLDER_IDENTITY:
				setHolderIdentity((String)newValue);
				return;
			case CoordinationV1Package.LEASE_SPEC__LEASE_DURATION_SECONDS:
				setLeaseDurationSeconds((Integer)newValue);
				return;
			case CoordinationV1Package.LEASE_SPEC__LEASE_TRANSITIONS:
				setLeaseTransitions((Integer)newValue);
				return;
			case CoordinationV1Package.LEASE_SPEC__PREFERRED_HOLDER:
				setPreferredHolder((String)newValue);
				return;
			case CoordinationV1Package.LEASE_SPEC__RENEW_TIME:
				setRenewTime((MicroTime)newValue);
				return;
			case CoordinationV1Package.LEASE_SPEC__STRATEGY:
				setStrategy((String)newValue);
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
			case CoordinationV1Package.LEASE_SPEC__ACQUIRE_TIME:
				setAcquireTime(ACQUIRE_TIME_EDEFAULT);
				return;
			case CoordinationV1Package.LEASE_SPEC__HOLDER_IDENTITY:
				setHolderIdentity(HOLDER_IDENTITY_EDEFAULT);
				return;
			case CoordinationV1Package.LEASE_SPEC__LEASE_DURATION_SECONDS:
				setLeaseDurationSeconds(LEASE_DURATION_SECONDS_EDEFAULT);
				return;
			case CoordinationV1Package.LEASE_SPEC__LEASE_TRANSITIONS:
				setLeaseTransitions(LEASE_TRANSITIONS_EDEFAULT);
				return;
			case CoordinationV1Package.LEASE_SPEC__PREFERRED_HOLDER:
				setPreferredHolder(PREFERRED_HOLDER_EDEFAULT);
				return;
			case CoordinationV1Package.LEASE_SPEC__RENEW_TIME:
				setRenewTime(RENEW_TIME_EDEFAULT);
				return;
			case CoordinationV1Package.LEASE_SPEC__STRATEGY:
				setStrategy(STRATEGY_EDEFAULT);
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
			case CoordinationV1Package.LEASE_SPEC__ACQUIRE_TIME:
				return ACQUIRE_TIME_EDEFAULT == null ? acquireTime != null : !ACQUIRE_TIME_EDEFAULT.equals(acquireTime);
			case CoordinationV1Package.LEASE_SPEC__HOLDER_IDENTITY:
				return HOLDER_IDENTITY_EDEFAULT == null ? holderIdentity != null : !HOLDER_IDENTITY_EDEFAULT.equals(holderIdentity);
			case CoordinationV1Package.LEASE_SPEC__LEASE_DURATION_SECONDS:
				return LEASE_DURATION_SECONDS_EDEFAULT == null ? leaseDurationSeconds != null : !LEASE_DURATION_SECONDS_EDEFAULT.equals(leaseDurationSeconds);
			case CoordinationV1Package.LEASE_SPEC__LEASE_TRANSITIONS:
				return LEASE_TRANSITIONS_EDEFAULT == null ? leaseTransitions != null : !LEASE_TRANSITIONS_EDEFAULT.equals(leaseTransitions);
			case CoordinationV1Package.LEASE_SPEC__PREFERRED_HOLDER:
				return PREFERRED_HOLDER_EDEFAULT == null ? preferredHolder != null : !PREFERRED_HOLDER_EDEFAULT.equals(preferredHolder);
			case CoordinationV1Package.LEASE_SPEC__RENEW_TIME:
				return RENEW_TIME_EDEFAULT == null ? renewTime != null : !RENEW_TIME_EDEFAULT.equals(renewTime);
			case CoordinationV1Package.LEASE_SPEC__STRATEGY:
				return STRATEGY_EDEFAULT == null ? strategy != null : !STRATEGY_EDEFAULT.equals(strategy);
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
		result.append(" (acquireTime: ");
		result.append(acquireTime);
		result.append(", holderIdentity: ");
		result.append(holderIdentity);
		result.append(", leaseDurationSeconds: ");
		result.append(leaseDurationSeconds);
		result.append(", leaseTransitions: ");
		result.append(leaseTransitions);
		result.append(", preferredHolder: ");
		result.append(preferredHolder);
		result.append(", renewTime: ");
		result.append(renewTime);
		result.append(", strategy: ");
		result.append(strategy);
		result.append(')');
		return result.toString();
	}

} //LeaseSpecImpl
