/**
 */
package io.pilothouse.model.k8s.coordination.v1beta1.impl;

import io.pilothouse.model.k8s.coordination.v1beta1.CoordinationV1beta1Package;
import io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidateSpec;

import io.pilothouse.model.types.MicroTime;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lease Candidate Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.coordination.v1beta1.impl.LeaseCandidateSpecImpl#getBinaryVersion <em>Binary Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.coordination.v1beta1.impl.LeaseCandidateSpecImpl#getEmulationVersion <em>Emulation Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.coordination.v1beta1.impl.LeaseCandidateSpecImpl#getLeaseName <em>Lease Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.coordination.v1beta1.impl.LeaseCandidateSpecImpl#getPingTime <em>Ping Time</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.coordination.v1beta1.impl.LeaseCandidateSpecImpl#getRenewTime <em>Renew Time</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.coordination.v1beta1.impl.LeaseCandidateSpecImpl#getStrategy <em>Strategy</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LeaseCandidateSpecImpl extends MinimalEObjectImpl.Container implements LeaseCandidateSpec {
	/**
	 * The default value of the '{@link #getBinaryVersion() <em>Binary Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBinaryVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String BINARY_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBinaryVersion() <em>Binary Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBinaryVersion()
	 * @generated
	 * @ordered
	 */
	protected String binaryVersion = BINARY_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmulationVersion() <em>Emulation Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmulationVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String EMULATION_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmulationVersion() <em>Emulation Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmulationVersion()
	 * @generated
	 * @ordered
	 */
	protected String emulationVersion = EMULATION_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLeaseName() <em>Lease Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeaseName()
	 * @generated
	 * @ordered
	 */
	protected static final String LEASE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLeaseName() <em>Lease Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeaseName()
	 * @generated
	 * @ordered
	 */
	protected String leaseName = LEASE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPingTime() <em>Ping Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPingTime()
	 * @generated
	 * @ordered
	 */
	protected static final MicroTime PING_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPingTime() <em>Ping Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPingTime()
	 * @generated
	 * @ordered
	 */
	protected MicroTime pingTime = PING_TIME_EDEFAULT;

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
	protected LeaseCandidateSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoordinationV1beta1Package.Literals.LEASE_CANDIDATE_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBinaryVersion() {
		return binaryVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBinaryVersion(String newBinaryVersion) {
		String oldBinaryVersion = binaryVersion;
		binaryVersion = newBinaryVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__BINARY_VERSION, oldBinaryVersion, binaryVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmulationVersion() {
		return emulationVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmulationVersion(String newEmulationVersion) {
		String oldEmulationVersion = emulationVersion;
		emulationVersion = newEmulationVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__EMULATION_VERSION, oldEmulationVersion, emulationVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLeaseName() {
		return leaseName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeaseName(String newLeaseName) {
		String oldLeaseName = leaseName;
		leaseName = newLeaseName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__LEASE_NAME, oldLeaseName, leaseName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MicroTime getPingTime() {
		return pingTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPingTime(MicroTime newPingTime) {
		MicroTime oldPingTime = pingTime;
		pingTime = newPingTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__PING_TIME, oldPingTime, pingTime));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__RENEW_TIME, oldRenewTime, renewTime));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__STRATEGY, oldStrategy, strategy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__BINARY_VERSION:
				return getBinaryVersion();
			case CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__EMULATION_VERSION:
				return getEmulationVersion();
			case CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__LEASE_NAME:
				return getLeaseName();
			case CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__PING_TIME:
				return getPingTime();
			case CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__RENEW_TIME:
				return getRenewTime();
			case CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__STRATEGY:
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
			case CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__BINARY_VERSION:
				setBinaryVersion((String)newValue);
				return;
			case CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__EMULATION_VERSION:
				setEmulationVersion((String)newValue);
				return;
			case CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__LEASE_NAME:
				setLeaseName((String)newValue);
				return;
			case CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__PING_TIME:
				setPingTime((MicroTime)newValue);
				return;
			case CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__RENEW_TIME:
				setRenewTime((MicroTime)newValue);
				return;
			case CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__STRATEGY:
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
			case CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__BINARY_VERSION:
				setBinaryVersion(BINARY_VERSION_EDEFAULT);
				return;
			case CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__EMULATION_VERSION:
				setEmulationVersion(EMULATION_VERSION_EDEFAULT);
				return;
			case CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__LEASE_NAME:
				setLeaseName(LEASE_NAME_EDEFAULT);
				return;
			case CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__PING_TIME:
				setPingTime(PING_TIME_EDEFAULT);
				return;
			case CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__RENEW_TIME:
				setRenewTime(RENEW_TIME_EDEFAULT);
				return;
			case CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__STRATEGY:
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
			case CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__BINARY_VERSION:
				return BINARY_VERSION_EDEFAULT == null ? binaryVersion != null : !BINARY_VERSION_EDEFAULT.equals(binaryVersion);
			case CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__EMULATION_VERSION:
				return EMULATION_VERSION_EDEFAULT == null ? emulationVersion != null : !EMULATION_VERSION_EDEFAULT.equals(emulationVersion);
			case CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__LEASE_NAME:
				return LEASE_NAME_EDEFAULT == null ? leaseName != null : !LEASE_NAME_EDEFAULT.equals(leaseName);
			case CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__PING_TIME:
				return PING_TIME_EDEFAULT == null ? pingTime != null : !PING_TIME_EDEFAULT.equals(pingTime);
			case CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__RENEW_TIME:
				return RENEW_TIME_EDEFAULT == null ? renewTime != null : !RENEW_TIME_EDEFAULT.equals(renewTime);
			case CoordinationV1beta1Package.LEASE_CANDIDATE_SPEC__STRATEGY:
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
		result.append(" (binaryVersion: ");
		result.append(binaryVersion);
		result.append(", emulationVersion: ");
		result.append(emulationVersion);
		result.append(", leaseName: ");
		result.append(leaseName);
		result.append(", pingTime: ");
		result.append(pingTime);
		result.append(", renewTime: ");
		result.append(renewTime);
		result.append(", strategy: ");
		result.append(strategy);
		result.append(')');
		return result.toString();
	}

} //LeaseCandidateSpecImpl
