/**
 */
package io.pilothouse.model.k8s.meta.v1.impl;

import io.pilothouse.model.k8s.meta.v1.DeleteOptions;
import io.pilothouse.model.k8s.meta.v1.MetaV1Package;
import io.pilothouse.model.k8s.meta.v1.Preconditions;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Delete Options</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.DeleteOptionsImpl#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.DeleteOptionsImpl#getDryRun <em>Dry Run</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.DeleteOptionsImpl#getGracePeriodSeconds <em>Grace Period Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.DeleteOptionsImpl#getIgnoreStoreReadErrorWithClusterBreakingPotential <em>Ignore Store Read Error With Cluster Breaking Potential</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.DeleteOptionsImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.DeleteOptionsImpl#getOrphanDependents <em>Orphan Dependents</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.DeleteOptionsImpl#getPreconditions <em>Preconditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.DeleteOptionsImpl#getPropagationPolicy <em>Propagation Policy</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeleteOptionsImpl extends MinimalEObjectImpl.Container implements DeleteOptions {
	/**
	 * The default value of the '{@link #getApiVersion() <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApiVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String API_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApiVersion() <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApiVersion()
	 * @generated
	 * @ordered
	 */
	protected String apiVersion = API_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDryRun() <em>Dry Run</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDryRun()
	 * @generated
	 * @ordered
	 */
	protected EList<String> dryRun;

	/**
	 * The default value of the '{@link #getGracePeriodSeconds() <em>Grace Period Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGracePeriodSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final Long GRACE_PERIOD_SECONDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGracePeriodSeconds() <em>Grace Period Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGracePeriodSeconds()
	 * @generated
	 * @ordered
	 */
	protected Long gracePeriodSeconds = GRACE_PERIOD_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getIgnoreStoreReadErrorWithClusterBreakingPotential() <em>Ignore Store Read Error With Cluster Breaking Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIgnoreStoreReadErrorWithClusterBreakingPotential()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean IGNORE_STORE_READ_ERROR_WITH_CLUSTER_BREAKING_POTENTIAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIgnoreStoreReadErrorWithClusterBreakingPotential() <em>Ignore Store Read Error With Cluster Breaking Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIgnoreStoreReadErrorWithClusterBreakingPotential()
	 * @generated
	 * @ordered
	 */
	protected Boolean ignoreStoreReadErrorWithClusterBreakingPotential = IGNORE_STORE_READ_ERROR_WITH_CLUSTER_BREAKING_POTENTIAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrphanDependents() <em>Orphan Dependents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrphanDependents()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean ORPHAN_DEPENDENTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrphanDependents() <em>Orphan Dependents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrphanDependents()
	 * @generated
	 * @ordered
	 */
	protected Boolean orphanDependents = ORPHAN_DEPENDENTS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPreconditions() <em>Preconditions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreconditions()
	 * @generated
	 * @ordered
	 */
	protected Preconditions preconditions;

	/**
	 * The default value of the '{@link #getPropagationPolicy() <em>Propagation Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPropagationPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String PROPAGATION_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPropagationPolicy() <em>Propagation Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPropagationPolicy()
	 * @generated
	 * @ordered
	 */
	protected String propagationPolicy = PROPAGATION_POLICY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeleteOptionsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MetaV1Package.Literals.DELETE_OPTIONS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApiVersion() {
		return apiVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApiVersion(String newApiVersion) {
		String oldApiVersion = apiVersion;
		apiVersion = newApiVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.DELETE_OPTIONS__API_VERSION, oldApiVersion, apiVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDryRun() {
		if (dryRun == null) {
			dryRun = new EDataTypeUniqueEList<String>(String.class, this, MetaV1Package.DELETE_OPTIONS__DRY_RUN);
		}
		return dryRun;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getGracePeriodSeconds() {
		return gracePeriodSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGracePeriodSeconds(Long newGracePeriodSeconds) {
		Long oldGracePeriodSeconds = gracePeriodSeconds;
		gracePeriodSeconds = newGracePeriodSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.DELETE_OPTIONS__GRACE_PERIOD_SECONDS, oldGracePeriodSeconds, gracePeriodSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getIgnoreStoreReadErrorWithClusterBreakingPotential() {
		return ignoreStoreReadErrorWithClusterBreakingPotential;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIgnoreStoreReadErrorWithClusterBreakingPotential(Boolean newIgnoreStoreReadErrorWithClusterBreakingPotential) {
		Boolean oldIgnoreStoreReadErrorWithClusterBreakingPotential = ignoreStoreReadErrorWithClusterBreakingPotential;
		ignoreStoreReadErrorWithClusterBreakingPotential = newIgnoreStoreReadErrorWithClusterBreakingPotential;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.DELETE_OPTIONS__IGNORE_STORE_READ_ERROR_WITH_CLUSTER_BREAKING_POTENTIAL, oldIgnoreStoreReadErrorWithClusterBreakingPotential, ignoreStoreReadErrorWithClusterBreakingPotential));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.DELETE_OPTIONS__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getOrphanDependents() {
		return orphanDependents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrphanDependents(Boolean newOrphanDependents) {
		Boolean oldOrphanDependents = orphanDependents;
		orphanDependents = newOrphanDependents;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.DELETE_OPTIONS__ORPHAN_DEPENDENTS, oldOrphanDependents, orphanDependents));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Preconditions getPreconditions() {
		return preconditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPreconditions(Preconditions newPreconditions, NotificationChain msgs) {
		Preconditions oldPreconditions = preconditions;
		preconditions = newPreconditions;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MetaV1Package.DELETE_OPTIONS__PRECONDITIONS, oldPreconditions, newPreconditions);
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
	public void setPreconditions(Preconditions newPreconditions) {
		if (newPreconditions != preconditions) {
			NotificationChain msgs = null;
			if (preconditions != null)
				msgs = ((InternalEObject)preconditions).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MetaV1Package.DELETE_OPTIONS__PRECONDITIONS, null, msgs);
			if (newPreconditions != null)
				msgs = ((InternalEObject)newPreconditions).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MetaV1Package.DELETE_OPTIONS__PRECONDITIONS, null, msgs);
			msgs = basicSetPreconditions(newPreconditions, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.DELETE_OPTIONS__PRECONDITIONS, newPreconditions, newPreconditions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPropagationPolicy() {
		return propagationPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPropagationPolicy(String newPropagationPolicy) {
		String oldPropagationPolicy = propagationPolicy;
		propagationPolicy = newPropagationPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.DELETE_OPTIONS__PROPAGATION_POLICY, oldPropagationPolicy, propagationPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MetaV1Package.DELETE_OPTIONS__PRECONDITIONS:
				return basicSetPreconditions(null, msgs);
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
			case MetaV1Package.DELETE_OPTIONS__API_VERSION:
				return getApiVersion();
			case MetaV1Package.DELETE_OPTIONS__DRY_RUN:
				return getDryRun();
			case MetaV1Package.DELETE_OPTIONS__GRACE_PERIOD_SECONDS:
				return getGracePeriodSeconds();
			case MetaV1Package.DELETE_OPTIONS__IGNORE_STORE_READ_ERROR_WITH_CLUSTER_BREAKING_POTENTIAL:
				return getIgnoreStoreReadErrorWithClusterBreakingPotential();
			case MetaV1Package.DELETE_OPTIONS__KIND:
				return getKind();
			case MetaV1Package.DELETE_OPTIONS__ORPHAN_DEPENDENTS:
				return getOrphanDependents();
			case MetaV1Package.DELETE_OPTIONS__PRECONDITIONS:
				return getPreconditions();
			case MetaV1Package.DELETE_OPTIONS__PROPAGATION_POLICY:
				return getPropagationPolicy();
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
			case MetaV1Package.DELETE_OPTIONS__API_VERSION:
				setApiVersion((String)newValue);
				return;
			case MetaV1Package.DELETE_OPTIONS__DRY_RUN:
				getDryRun().clear();
				getDryRun().addAll((Collection<? extends String>)newValue);
				return;
			case MetaV1Package.DELETE_OPTIONS__GRACE_PERIOD_SECONDS:
				setGracePeriodSeconds((Long)newValue);
				return;
			case MetaV1Package.DELETE_OPTIONS__IGNORE_STORE_READ_ERROR_WITH_CLUSTER_BREAKING_POTENTIAL:
				setIgnoreStoreReadErrorWithClusterBreakingPotential((Boolean)newValue);
				return;
			case MetaV1Package.DELETE_OPTIONS__KIND:
				setKind((String)newValue);
				return;
			case MetaV1Package.DELETE_OPTIONS__ORPHAN_DEPENDENTS:
				setOrphanDependents((Boolean)newValue);
				return;
			case MetaV1Package.DELETE_OPTIONS__PRECONDITIONS:
				setPreconditions((Preconditions)newValue);
				return;
			case MetaV1Package.DELETE_OPTIONS__PROPAGATION_POLICY:
				setPropagationPolicy((String)newValue);
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
			case MetaV1Package.DELETE_OPTIONS__API_VERSION:
				setApiVersion(API_VERSION_EDEFAULT);
				return;
			case MetaV1Package.DELETE_OPTIONS__DRY_RUN:
				getDryRun().clear();
				return;
			case MetaV1Package.DELETE_OPTIONS__GRACE_PERIOD_SECONDS:
				setGracePeriodSeconds(GRACE_PERIOD_SECONDS_EDEFAULT);
				return;
			case MetaV1Package.DELETE_OPTIONS__IGNORE_STORE_READ_ERROR_WITH_CLUSTER_BREAKING_POTENTIAL:
				setIgnoreStoreReadErrorWithClusterBreakingPotential(IGNORE_STORE_READ_ERROR_WITH_CLUSTER_BREAKING_POTENTIAL_EDEFAULT);
				return;
			case MetaV1Package.DELETE_OPTIONS__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case MetaV1Package.DELETE_OPTIONS__ORPHAN_DEPENDENTS:
				setOrphanDependents(ORPHAN_DEPENDENTS_EDEFAULT);
				return;
			case MetaV1Package.DELETE_OPTIONS__PRECONDITIONS:
				setPreconditions((Preconditions)null);
				return;
			case MetaV1Package.DELETE_OPTIONS__PROPAGATION_POLICY:
				setPropagationPolicy(PROPAGATION_POLICY_EDEFAULT);
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
			case MetaV1Package.DELETE_OPTIONS__API_VERSION:
				return API_VERSION_EDEFAULT == null ? apiVersion != null : !API_VERSION_EDEFAULT.equals(apiVersion);
			case MetaV1Package.DELETE_OPTIONS__DRY_RUN:
				return dryRun != null && !dryRun.isEmpty();
			case MetaV1Package.DELETE_OPTIONS__GRACE_PERIOD_SECONDS:
				return GRACE_PERIOD_SECONDS_EDEFAULT == null ? gracePeriodSeconds != null : !GRACE_PERIOD_SECONDS_EDEFAULT.equals(gracePeriodSeconds);
			case MetaV1Package.DELETE_OPTIONS__IGNORE_STORE_READ_ERROR_WITH_CLUSTER_BREAKING_POTENTIAL:
				return IGNORE_STORE_READ_ERROR_WITH_CLUSTER_BREAKING_POTENTIAL_EDEFAULT == null ? ignoreStoreReadErrorWithClusterBreakingPotential != null : !IGNORE_STORE_READ_ERROR_WITH_CLUSTER_BREAKING_POTENTIAL_EDEFAULT.equals(ignoreStoreReadErrorWithClusterBreakingPotential);
			case MetaV1Package.DELETE_OPTIONS__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case MetaV1Package.DELETE_OPTIONS__ORPHAN_DEPENDENTS:
				return ORPHAN_DEPENDENTS_EDEFAULT == null ? orphanDependents != null : !ORPHAN_DEPENDENTS_EDEFAULT.equals(orphanDependents);
			case MetaV1Package.DELETE_OPTIONS__PRECONDITIONS:
				return preconditions != null;
			case MetaV1Package.DELETE_OPTIONS__PROPAGATION_POLICY:
				return PROPAGATION_POLICY_EDEFAULT == null ? propagationPolicy != null : !PROPAGATION_POLICY_EDEFAULT.equals(propagationPolicy);
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
		result.append(" (apiVersion: ");
		result.append(apiVersion);
		result.append(", dryRun: ");
		result.append(dryRun);
		result.append(", gracePeriodSeconds: ");
		result.append(gracePeriodSeconds);
		result.append(", ignoreStoreReadErrorWithClusterBreakingPotential: ");
		result.append(ignoreStoreReadErrorWithClusterBreakingPotential);
		result.append(", kind: ");
		result.append(kind);
		result.append(", orphanDependents: ");
		result.append(orphanDependents);
		result.append(", propagationPolicy: ");
		result.append(propagationPolicy);
		result.append(')');
		return result.toString();
	}

} //DeleteOptionsImpl
