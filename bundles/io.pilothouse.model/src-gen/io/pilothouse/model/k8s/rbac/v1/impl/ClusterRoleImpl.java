/**
 */
package io.pilothouse.model.k8s.rbac.v1.impl;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

import io.pilothouse.model.k8s.rbac.v1.AggregationRule;
import io.pilothouse.model.k8s.rbac.v1.ClusterRole;
import io.pilothouse.model.k8s.rbac.v1.PolicyRule;
import io.pilothouse.model.k8s.rbac.v1.RbacV1Package;

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
 * An implementation of the model object '<em><b>Cluster Role</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.rbac.v1.impl.ClusterRoleImpl#getAggregationRule <em>Aggregation Rule</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.rbac.v1.impl.ClusterRoleImpl#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.rbac.v1.impl.ClusterRoleImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.rbac.v1.impl.ClusterRoleImpl#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.rbac.v1.impl.ClusterRoleImpl#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClusterRoleImpl extends MinimalEObjectImpl.Container implements ClusterRole {
	/**
	 * The cached value of the '{@link #getAggregationRule() <em>Aggregation Rule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAggregationRule()
	 * @generated
	 * @ordered
	 */
	protected AggregationRule aggregationRule;

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
	 * The cached value of the '{@link #getMetadata() <em>Metadata</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetadata()
	 * @generated
	 * @ordered
	 */
	protected ObjectMeta metadata;

	/**
	 * The cached value of the '{@link #getRules() <em>Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRules()
	 * @generated
	 * @ordered
	 */
	protected EList<PolicyRule> rules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClusterRoleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RbacV1Package.Literals.CLUSTER_ROLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AggregationRule getAggregationRule() {
		return aggregationRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAggregationRule(AggregationRule newAggregationRule, NotificationChain msgs) {
		AggregationRule oldAggregationRule = aggregationRule;
		aggregationRule = newAggregationRule;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RbacV1Package.CLUSTER_ROLE__AGGREGATION_RULE, oldAggregationRule, newAggregationRule);
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
	public void setAggregationRule(AggregationRule newAggregationRule) {
		if (newAggregationRule != aggregationRule) {
			NotificationChain msgs = null;
			if (aggregationRule != null)
				msgs = ((InternalEObject)aggregationRule).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RbacV1Package.CLUSTER_ROLE__AGGREGATION_RULE, null, msgs);
			if (newAggregationRule != null)
				msgs = ((InternalEObject)newAggregationRule).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RbacV1Package.CLUSTER_ROLE__AGGREGATION_RULE, null, msgs);
			msgs = basicSetAggregationRule(newAggregationRule, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RbacV1Package.CLUSTER_ROLE__AGGREGATION_RULE, newAggregationRule, newAggregationRule));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RbacV1Package.CLUSTER_ROLE__API_VERSION, oldApiVersion, apiVersion));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RbacV1Package.CLUSTER_ROLE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectMeta getMetadata() {
		return metadata;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMetadata(ObjectMeta newMetadata, NotificationChain msgs) {
		ObjectMeta oldMetadata = metadata;
		metadata = newMetadata;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RbacV1Package.CLUSTER_ROLE__METADATA, oldMetadata, newMetadata);
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
	public void setMetadata(ObjectMeta newMetadata) {
		if (newMetadata != metadata) {
			NotificationChain msgs = null;
			if (metadata != null)
				msgs = ((InternalEObject)metadata).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RbacV1Package.CLUSTER_ROLE__METADATA, null, msgs);
			if (newMetadata != null)
				msgs = ((InternalEObject)newMetadata).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RbacV1Package.CLUSTER_ROLE__METADATA, null, msgs);
			msgs = basicSetMetadata(newMetadata, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RbacV1Package.CLUSTER_ROLE__METADATA, newMetadata, newMetadata));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PolicyRule> getRules() {
		if (rules == null) {
			rules = new EObjectContainmentEList<PolicyRule>(PolicyRule.class, this, RbacV1Package.CLUSTER_ROLE__RULES);
		}
		return rules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RbacV1Package.CLUSTER_ROLE__AGGREGATION_RULE:
				return basicSetAggregationRule(null, msgs);
			case RbacV1Package.CLUSTER_ROLE__METADATA:
				return basicSetMetadata(null, msgs);
			case RbacV1Package.CLUSTER_ROLE__RULES:
				return ((InternalEList<?>)getRules()).basicRemove(otherEnd, msgs);
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
			case RbacV1Package.CLUSTER_ROLE__AGGREGATION_RULE:
				return getAggregationRule();
			case RbacV1Package.CLUSTER_ROLE__API_VERSION:
				return getApiVersion();
			case RbacV1Package.CLUSTER_ROLE__KIND:
				return getKind();
			case RbacV1Package.CLUSTER_ROLE__METADATA:
				return getMetadata();
			case RbacV1Package.CLUSTER_ROLE__RULES:
				return getRules();
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
			case RbacV1Package.CLUSTER_ROLE__AGGREGATION_RULE:
				setAggregationRule((AggregationRule)newValue);
				return;
			case RbacV1Package.CLUSTER_ROLE__API_VERSION:
				setApiVersion((String)newValue);
				return;
			case RbacV1Package.CLUSTER_ROLE__KIND:
				setKind((String)newValue);
				return;
			case RbacV1Package.CLUSTER_ROLE__METADATA:
				setMetadata((ObjectMeta)newValue);
				return;
			case RbacV1Package.CLUSTER_ROLE__RULES:
				getRules().clear();
				getRules().addAll((Collection<? extends PolicyRule>)newValue);
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
			case RbacV1Package.CLUSTER_ROLE__AGGREGATION_RULE:
				setAggregationRule((AggregationRule)null);
				return;
			case RbacV1Package.CLUSTER_ROLE__API_VERSION:
				setApiVersion(API_VERSION_EDEFAULT);
				return;
			case RbacV1Package.CLUSTER_ROLE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case RbacV1Package.CLUSTER_ROLE__METADATA:
				setMetadata((ObjectMeta)null);
				return;
			case RbacV1Package.CLUSTER_ROLE__RULES:
				getRules().clear();
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
			case RbacV1Package.CLUSTER_ROLE__AGGREGATION_RULE:
				return aggregationRule != null;
			case RbacV1Package.CLUSTER_ROLE__API_VERSION:
				return API_VERSION_EDEFAULT == null ? apiVersion != null : !API_VERSION_EDEFAULT.equals(apiVersion);
			case RbacV1Package.CLUSTER_ROLE__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case RbacV1Package.CLUSTER_ROLE__METADATA:
				return metadata != null;
			case RbacV1Package.CLUSTER_ROLE__RULES:
				return rules != null && !rules.isEmpty();
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
		result.append(", kind: ");
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //ClusterRoleImpl
