/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.TopologySpreadConstraint;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

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
 * An implementation of the model object '<em><b>Topology Spread Constraint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.TopologySpreadConstraintImpl#getLabelSelector <em>Label Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.TopologySpreadConstraintImpl#getMatchLabelKeys <em>Match Label Keys</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.TopologySpreadConstraintImpl#getMaxSkew <em>Max Skew</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.TopologySpreadConstraintImpl#getMinDomains <em>Min Domains</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.TopologySpreadConstraintImpl#getNodeAffinityPolicy <em>Node Affinity Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.TopologySpreadConstraintImpl#getNodeTaintsPolicy <em>Node Taints Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.TopologySpreadConstraintImpl#getTopologyKey <em>Topology Key</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.TopologySpreadConstraintImpl#getWhenUnsatisfiable <em>When Unsatisfiable</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TopologySpreadConstraintImpl extends MinimalEObjectImpl.Container implements TopologySpreadConstraint {
	/**
	 * The cached value of the '{@link #getLabelSelector() <em>Label Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelSelector()
	 * @generated
	 * @ordered
	 */
	protected LabelSelector labelSelector;

	/**
	 * The cached value of the '{@link #getMatchLabelKeys() <em>Match Label Keys</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatchLabelKeys()
	 * @generated
	 * @ordered
	 */
	protected EList<String> matchLabelKeys;

	/**
	 * The default value of the '{@link #getMaxSkew() <em>Max Skew</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxSkew()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MAX_SKEW_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxSkew() <em>Max Skew</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxSkew()
	 * @generated
	 * @ordered
	 */
	protected Integer maxSkew = MAX_SKEW_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinDomains() <em>Min Domains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinDomains()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MIN_DOMAINS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinDomains() <em>Min Domains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinDomains()
	 * @generated
	 * @ordered
	 */
	protected Integer minDomains = MIN_DOMAINS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNodeAffinityPolicy() <em>Node Affinity Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeAffinityPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String NODE_AFFINITY_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNodeAffinityPolicy() <em>Node Affinity Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeAffinityPolicy()
	 * @generated
	 * @ordered
	 */
	protected String nodeAffinityPolicy = NODE_AFFINITY_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #getNodeTaintsPolicy() <em>Node Taints Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeTaintsPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String NODE_TAINTS_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNodeTaintsPolicy() <em>Node Taints Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeTaintsPolicy()
	 * @generated
	 * @ordered
	 */
	protected String nodeTaintsPolicy = NODE_TAINTS_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #getTopologyKey() <em>Topology Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopologyKey()
	 * @generated
	 * @ordered
	 */
	protected static final String TOPOLOGY_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTopologyKey() <em>Topology Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopologyKey()
	 * @generated
	 * @ordered
	 */
	protected String topologyKey = TOPOLOGY_KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getWhenUnsatisfiable() <em>When Unsatisfiable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhenUnsatisfiable()
	 * @generated
	 * @ordered
	 */
	protected static final String WHEN_UNSATISFIABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWhenUnsatisfiable() <em>When Unsatisfiable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhenUnsatisfiable()
	 * @generated
	 * @ordered
	 */
	protected String whenUnsatisfiable = WHEN_UNSATISFIABLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TopologySpreadConstraintImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.TOPOLOGY_SPREAD_CONSTRAINT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelSelector getLabelSelector() {
		return labelSelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLabelSelector(LabelSelector newLabelSelector, NotificationChain msgs) {
		LabelSelector oldLabelSelector = labelSelector;
		labelSelector = newLabelSelector;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__LABEL_SELECTOR, oldLabelSelector, newLabelSelector);
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
	public void setLabelSelector(LabelSelector newLabelSelector) {
		if (newLabelSelector != labelSelector) {
			NotificationChain msgs = null;
			if (labelSelector != null)
				msgs = ((InternalEObject)labelSelector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__LABEL_SELECTOR, null, msgs);
			if (newLabelSelector != null)
				msgs = ((InternalEObject)newLabelSelector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__LABEL_SELECTOR, null, msgs);
			msgs = basicSetLabelSelector(newLabelSelector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__LABEL_SELECTOR, newLabelSelector, newLabelSelector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMatchLabelKeys() {
		if (matchLabelKeys == null) {
			matchLabelKeys = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__MATCH_LABEL_KEYS);
		}
		return matchLabelKeys;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMaxSkew() {
		return maxSkew;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxSkew(Integer newMaxSkew) {
		Integer oldMaxSkew = maxSkew;
		maxSkew = newMaxSkew;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__MAX_SKEW, oldMaxSkew, maxSkew));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMinDomains() {
		return minDomains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinDomains(Integer newMinDomains) {
		Integer oldMinDomains = minDomains;
		minDomains = newMinDomains;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__MIN_DOMAINS, oldMinDomains, minDomains));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNodeAffinityPolicy() {
		return nodeAffinityPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNodeAffinityPolicy(String newNodeAffinityPolicy) {
		String oldNodeAffinityPolicy = nodeAffinityPolicy;
		nodeAffinityPolicy = newNodeAffinityPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__NODE_AFFINITY_POLICY, oldNodeAffinityPolicy, nodeAffinityPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNodeTaintsPolicy() {
		return nodeTaintsPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNodeTaintsPolicy(String newNodeTaintsPolicy) {
		String oldNodeTaintsPolicy = nodeTaintsPolicy;
		nodeTaintsPolicy = newNodeTaintsPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__NODE_TAINTS_POLICY, oldNodeTaintsPolicy, nodeTaintsPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTopologyKey() {
		return topologyKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTopologyKey(String newTopologyKey) {
		String oldTopologyKey = topologyKey;
		topologyKey = newTopologyKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__TOPOLOGY_KEY, oldTopologyKey, topologyKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWhenUnsatisfiable() {
		return whenUnsatisfiable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWhenUnsatisfiable(String newWhenUnsatisfiable) {
		String oldWhenUnsatisfiable = whenUnsatisfiable;
		whenUnsatisfiable = newWhenUnsatisfiable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__WHEN_UNSATISFIABLE, oldWhenUnsatisfiable, whenUnsatisfiable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__LABEL_SELECTOR:
				return basicSetLabelSelector(null, msgs);
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
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__LABEL_SELECTOR:
				return getLabelSelector();
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__MATCH_LABEL_KEYS:
				return getMatchLabelKeys();
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__MAX_SKEW:
				return getMaxSkew();
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__MIN_DOMAINS:
				return getMinDomains();
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__NODE_AFFINITY_POLICY:
				return getNodeAffinityPolicy();
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__NODE_TAINTS_POLICY:
				return getNodeTaintsPolicy();
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__TOPOLOGY_KEY:
				return getTopologyKey();
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__WHEN_UNSATISFIABLE:
				return getWhenUnsatisfiable();
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
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__LABEL_SELECTOR:
				setLabelSelector((LabelSelector)newValue);
				return;
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__MATCH_LABEL_KEYS:
				getMatchLabelKeys().clear();
				getMatchLabelKeys().addAll((Collection<? extends String>)newValue);
				return;
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__MAX_SKEW:
				setMaxSkew((Integer)newValue);
				return;
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__MIN_DOMAINS:
				setMinDomains((Integer)newValue);
				return;
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__NODE_AFFINITY_POLICY:
				setNodeAffinityPolicy((String)newValue);
				return;
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__NODE_TAINTS_POLICY:
				setNodeTaintsPolicy((String)newValue);
				return;
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__TOPOLOGY_KEY:
				setTopologyKey((String)newValue);
				return;
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__WHEN_UNSATISFIABLE:
				setWhenUnsatisfiable((String)newValue);
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
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__LABEL_SELECTOR:
				setLabelSelector((LabelSelector)null);
				return;
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__MATCH_LABEL_KEYS:
				getMatchLabelKeys().clear();
				return;
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__MAX_SKEW:
				setMaxSkew(MAX_SKEW_EDEFAULT);
				return;
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__MIN_DOMAINS:
				setMinDomains(MIN_DOMAINS_EDEFAULT);
				return;
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__NODE_AFFINITY_POLICY:
				setNodeAffinityPolicy(NODE_AFFINITY_POLICY_EDEFAULT);
				return;
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__NODE_TAINTS_POLICY:
				setNodeTaintsPolicy(NODE_TAINTS_POLICY_EDEFAULT);
				return;
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__TOPOLOGY_KEY:
				setTopologyKey(TOPOLOGY_KEY_EDEFAULT);
				return;
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__WHEN_UNSATISFIABLE:
				setWhenUnsatisfiable(WHEN_UNSATISFIABLE_EDEFAULT);
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
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__LABEL_SELECTOR:
				return labelSelector != null;
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__MATCH_LABEL_KEYS:
				return matchLabelKeys != null && !matchLabelKeys.isEmpty();
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__MAX_SKEW:
				return MAX_SKEW_EDEFAULT == null ? maxSkew != null : !MAX_SKEW_EDEFAULT.equals(maxSkew);
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__MIN_DOMAINS:
				return MIN_DOMAINS_EDEFAULT == null ? minDomains != null : !MIN_DOMAINS_EDEFAULT.equals(minDomains);
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__NODE_AFFINITY_POLICY:
				return NODE_AFFINITY_POLICY_EDEFAULT == null ? nodeAffinityPolicy != null : !NODE_AFFINITY_POLICY_EDEFAULT.equals(nodeAffinityPolicy);
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__NODE_TAINTS_POLICY:
				return NODE_TAINTS_POLICY_EDEFAULT == null ? nodeTaintsPolicy != null : !NODE_TAINTS_POLICY_EDEFAULT.equals(nodeTaintsPolicy);
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__TOPOLOGY_KEY:
				return TOPOLOGY_KEY_EDEFAULT == null ? topologyKey != null : !TOPOLOGY_KEY_EDEFAULT.equals(topologyKey);
			case CoreV1Package.TOPOLOGY_SPREAD_CONSTRAINT__WHEN_UNSATISFIABLE:
				return WHEN_UNSATISFIABLE_EDEFAULT == null ? whenUnsatisfiable != null : !WHEN_UNSATISFIABLE_EDEFAULT.equals(whenUnsatisfiable);
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
		result.append(" (matchLabelKeys: ");
		result.append(matchLabelKeys);
		result.append(", maxSkew: ");
		result.append(maxSkew);
		result.append(", minDomains: ");
		result.append(minDomains);
		result.append(", nodeAffinityPolicy: ");
		result.append(nodeAffinityPolicy);
		result.append(", nodeTaintsPolicy: ");
		result.append(nodeTaintsPolicy);
		result.append(", topologyKey: ");
		result.append(topologyKey);
		result.append(", whenUnsatisfiable: ");
		result.append(whenUnsatisfiable);
		result.append(')');
		return result.toString();
	}

} //TopologySpreadConstraintImpl
