/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.PodAffinityTerm;

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
 * An implementation of the model object '<em><b>Pod Affinity Term</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodAffinityTermImpl#getLabelSelector <em>Label Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodAffinityTermImpl#getMatchLabelKeys <em>Match Label Keys</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodAffinityTermImpl#getMismatchLabelKeys <em>Mismatch Label Keys</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodAffinityTermImpl#getNamespaceSelector <em>Namespace Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodAffinityTermImpl#getNamespaces <em>Namespaces</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodAffinityTermImpl#getTopologyKey <em>Topology Key</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PodAffinityTermImpl extends MinimalEObjectImpl.Container implements PodAffinityTerm {
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
	 * The cached value of the '{@link #getMismatchLabelKeys() <em>Mismatch Label Keys</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMismatchLabelKeys()
	 * @generated
	 * @ordered
	 */
	protected EList<String> mismatchLabelKeys;

	/**
	 * The cached value of the '{@link #getNamespaceSelector() <em>Namespace Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamespaceSelector()
	 * @generated
	 * @ordered
	 */
	protected LabelSelector namespaceSelector;

	/**
	 * The cached value of the '{@link #getNamespaces() <em>Namespaces</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamespaces()
	 * @generated
	 * @ordered
	 */
	protected EList<String> namespaces;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PodAffinityTermImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.POD_AFFINITY_TERM;
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_AFFINITY_TERM__LABEL_SELECTOR, oldLabelSelector, newLabelSelector);
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
				msgs = ((InternalEObject)labelSelector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_AFFINITY_TERM__LABEL_SELECTOR, null, msgs);
			if (newLabelSelector != null)
				msgs = ((InternalEObject)newLabelSelector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_AFFINITY_TERM__LABEL_SELECTOR, null, msgs);
			msgs = basicSetLabelSelector(newLabelSelector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_AFFINITY_TERM__LABEL_SELECTOR, newLabelSelector, newLabelSelector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMatchLabelKeys() {
		if (matchLabelKeys == null) {
			matchLabelKeys = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.POD_AFFINITY_TERM__MATCH_LABEL_KEYS);
		}
		return matchLabelKeys;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMismatchLabelKeys() {
		if (mismatchLabelKeys == null) {
			mismatchLabelKeys = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.POD_AFFINITY_TERM__MISMATCH_LABEL_KEYS);
		}
		return mismatchLabelKeys;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelSelector getNamespaceSelector() {
		return namespaceSelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNamespaceSelector(LabelSelector newNamespaceSelector, NotificationChain msgs) {
		LabelSelector oldNamespaceSelector = namespaceSelector;
		namespaceSelector = newNamespaceSelector;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_AFFINITY_TERM__NAMESPACE_SELECTOR, oldNamespaceSelector, newNamespaceSelector);
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
	public void setNamespaceSelector(LabelSelector newNamespaceSelector) {
		if (newNamespaceSelector != namespaceSelector) {
			NotificationChain msgs = null;
			if (namespaceSelector != null)
				msgs = ((InternalEObject)namespaceSelector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_AFFINITY_TERM__NAMESPACE_SELECTOR, null, msgs);
			if (newNamespaceSelector != null)
				msgs = ((InternalEObject)newNamespaceSelector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.POD_AFFINITY_TERM__NAMESPACE_SELECTOR, null, msgs);
			msgs = basicSetNamespaceSelector(newNamespaceSelector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_AFFINITY_TERM__NAMESPACE_SELECTOR, newNamespaceSelector, newNamespaceSelector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getNamespaces() {
		if (namespaces == null) {
			namespaces = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.POD_AFFINITY_TERM__NAMESPACES);
		}
		return namespaces;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_AFFINITY_TERM__TOPOLOGY_KEY, oldTopologyKey, topologyKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.POD_AFFINITY_TERM__LABEL_SELECTOR:
				return basicSetLabelSelector(null, msgs);
			case CoreV1Package.POD_AFFINITY_TERM__NAMESPACE_SELECTOR:
				return basicSetNamespaceSelector(null, msgs);
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
			case CoreV1Package.POD_AFFINITY_TERM__LABEL_SELECTOR:
				return getLabelSelector();
			case CoreV1Package.POD_AFFINITY_TERM__MATCH_LABEL_KEYS:
				return getMatchLabelKeys();
			case CoreV1Package.POD_AFFINITY_TERM__MISMATCH_LABEL_KEYS:
				return getMismatchLabelKeys();
			case CoreV1Package.POD_AFFINITY_TERM__NAMESPACE_SELECTOR:
				return getNamespaceSelector();
			case CoreV1Package.POD_AFFINITY_TERM__NAMESPACES:
				return getNamespaces();
			case CoreV1Package.POD_AFFINITY_TERM__TOPOLOGY_KEY:
				return getTopologyKey();
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
			case CoreV1Package.POD_AFFINITY_TERM__LABEL_SELECTOR:
				setLabelSelector((LabelSelector)newValue);
				return;
			case CoreV1Package.POD_AFFINITY_TERM__MATCH_LABEL_KEYS:
				getMatchLabelKeys().clear();
				getMatchLabelKeys().addAll((Collection<? extends String>)newValue);
				return;
			case CoreV1Package.POD_AFFINITY_TERM__MISMATCH_LABEL_KEYS:
				getMismatchLabelKeys().clear();
				getMismatchLabelKeys().addAll((Collection<? extends String>)newValue);
				return;
			case CoreV1Package.POD_AFFINITY_TERM__NAMESPACE_SELECTOR:
				setNamespaceSelector((LabelSelector)newValue);
				return;
			case CoreV1Package.POD_AFFINITY_TERM__NAMESPACES:
				getNamespaces().clear();
				getNamespaces().addAll((Collection<? extends String>)newValue);
				return;
			case CoreV1Package.POD_AFFINITY_TERM__TOPOLOGY_KEY:
				setTopologyKey((String)newValue);
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
			case CoreV1Package.POD_AFFINITY_TERM__LABEL_SELECTOR:
				setLabelSelector((LabelSelector)null);
				return;
			case CoreV1Package.POD_AFFINITY_TERM__MATCH_LABEL_KEYS:
				getMatchLabelKeys().clear();
				return;
			case CoreV1Package.POD_AFFINITY_TERM__MISMATCH_LABEL_KEYS:
				getMismatchLabelKeys().clear();
				return;
			case CoreV1Package.POD_AFFINITY_TERM__NAMESPACE_SELECTOR:
				setNamespaceSelector((LabelSelector)null);
				return;
			case CoreV1Package.POD_AFFINITY_TERM__NAMESPACES:
				getNamespaces().clear();
				return;
			case CoreV1Package.POD_AFFINITY_TERM__TOPOLOGY_KEY:
				setTopologyKey(TOPOLOGY_KEY_EDEFAULT);
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
			case CoreV1Package.POD_AFFINITY_TERM__LABEL_SELECTOR:
				return labelSelector != null;
			case CoreV1Package.POD_AFFINITY_TERM__MATCH_LABEL_KEYS:
				return matchLabelKeys != null && !matchLabelKeys.isEmpty();
			case CoreV1Package.POD_AFFINITY_TERM__MISMATCH_LABEL_KEYS:
				return mismatchLabelKeys != null && !mismatchLabelKeys.isEmpty();
			case CoreV1Package.POD_AFFINITY_TERM__NAMESPACE_SELECTOR:
				return namespaceSelector != null;
			case CoreV1Package.POD_AFFINITY_TERM__NAMESPACES:
				return namespaces != null && !namespaces.isEmpty();
			case CoreV1Package.POD_AFFINITY_TERM__TOPOLOGY_KEY:
				return TOPOLOGY_KEY_EDEFAULT == null ? topologyKey != null : !TOPOLOGY_KEY_EDEFAULT.equals(topologyKey);
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
		result.append(", mismatchLabelKeys: ");
		result.append(mismatchLabelKeys);
		result.append(", namespaces: ");
		result.append(namespaces);
		result.append(", topologyKey: ");
		result.append(topologyKey);
		result.append(')');
		return result.toString();
	}

} //PodAffinityTermImpl
