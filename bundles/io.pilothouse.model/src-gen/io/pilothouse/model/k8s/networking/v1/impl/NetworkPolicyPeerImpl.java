/**
 */
package io.pilothouse.model.k8s.networking.v1.impl;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import io.pilothouse.model.k8s.networking.v1.IPBlock;
import io.pilothouse.model.k8s.networking.v1.NetworkPolicyPeer;
import io.pilothouse.model.k8s.networking.v1.NetworkingV1Package;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network Policy Peer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyPeerImpl#getIpBlock <em>Ip Block</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyPeerImpl#getNamespaceSelector <em>Namespace Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyPeerImpl#getPodSelector <em>Pod Selector</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetworkPolicyPeerImpl extends MinimalEObjectImpl.Container implements NetworkPolicyPeer {
	/**
	 * The cached value of the '{@link #getIpBlock() <em>Ip Block</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpBlock()
	 * @generated
	 * @ordered
	 */
	protected IPBlock ipBlock;

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
	 * The cached value of the '{@link #getPodSelector() <em>Pod Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodSelector()
	 * @generated
	 * @ordered
	 */
	protected LabelSelector podSelector;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetworkPolicyPeerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetworkingV1Package.Literals.NETWORK_POLICY_PEER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IPBlock getIpBlock() {
		return ipBlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIpBlock(IPBlock newIpBlock, NotificationChain msgs) {
		IPBlock oldIpBlock = ipBlock;
		ipBlock = newIpBlock;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NetworkingV1Package.NETWORK_POLICY_PEER__IP_BLOCK, oldIpBlock, newIpBlock);
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
	public void setIpBlock(IPBlock newIpBlock) {
		if (newIpBlock != ipBlock) {
			NotificationChain msgs = null;
			if (ipBlock != null)
				msgs = ((InternalEObject)ipBlock).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NetworkingV1Package.NETWORK_POLICY_PEER__IP_BLOCK, null, msgs);
			if (newIpBlock != null)
				msgs = ((InternalEObject)newIpBlock).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NetworkingV1Package.NETWORK_POLICY_PEER__IP_BLOCK, null, msgs);
			msgs = basicSetIpBlock(newIpBlock, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkingV1Package.NETWORK_POLICY_PEER__IP_BLOCK, newIpBlock, newIpBlock));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NetworkingV1Package.NETWORK_POLICY_PEER__NAMESPACE_SELECTOR, oldNamespaceSelector, newNamespaceSelector);
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
				msgs = ((InternalEObject)namespaceSelector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NetworkingV1Package.NETWORK_POLICY_PEER__NAMESPACE_SELECTOR, null, msgs);
			if (newNamespaceSelector != null)
				msgs = ((InternalEObject)newNamespaceSelector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NetworkingV1Package.NETWORK_POLICY_PEER__NAMESPACE_SELECTOR, null, msgs);
			msgs = basicSetNamespaceSelector(newNamespaceSelector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkingV1Package.NETWORK_POLICY_PEER__NAMESPACE_SELECTOR, newNamespaceSelector, newNamespaceSelector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelSelector getPodSelector() {
		return podSelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPodSelector(LabelSelector newPodSelector, NotificationChain msgs) {
		LabelSelector oldPodSelector = podSelector;
		podSelector = newPodSelector;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NetworkingV1Package.NETWORK_POLICY_PEER__POD_SELECTOR, oldPodSelector, newPodSelector);
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
	public void setPodSelector(LabelSelector newPodSelector) {
		if (newPodSelector != podSelector) {
			NotificationChain msgs = null;
			if (podSelector != null)
				msgs = ((InternalEObject)podSelector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NetworkingV1Package.NETWORK_POLICY_PEER__POD_SELECTOR, null, msgs);
			if (newPodSelector != null)
				msgs = ((InternalEObject)newPodSelector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NetworkingV1Package.NETWORK_POLICY_PEER__POD_SELECTOR, null, msgs);
			msgs = basicSetPodSelector(newPodSelector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkingV1Package.NETWORK_POLICY_PEER__POD_SELECTOR, newPodSelector, newPodSelector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NetworkingV1Package.NETWORK_POLICY_PEER__IP_BLOCK:
				return basicSetIpBlock(null, msgs);
			case NetworkingV1Package.NETWORK_POLICY_PEER__NAMESPACE_SELECTOR:
				return basicSetNamespaceSelector(null, msgs);
			case NetworkingV1Package.NETWORK_POLICY_PEER__POD_SELECTOR:
				return basicSetPodSelector(null, msgs);
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
			case NetworkingV1Package.NETWORK_POLICY_PEER__IP_BLOCK:
				return getIpBlock();
			case NetworkingV1Package.NETWORK_POLICY_PEER__NAMESPACE_SELECTOR:
				return getNamespaceSelector();
			case NetworkingV1Package.NETWORK_POLICY_PEER__POD_SELECTOR:
				return getPodSelector();
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
			case NetworkingV1Package.NETWORK_POLICY_PEER__IP_BLOCK:
				setIpBlock((IPBlock)newValue);
				return;
			case NetworkingV1Package.NETWORK_POLICY_PEER__NAMESPACE_SELECTOR:
				setNamespaceSelector((LabelSelector)newValue);
				return;
			case NetworkingV1Package.NETWORK_POLICY_PEER__POD_SELECTOR:
				setPodSelector((LabelSelector)newValue);
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
			case NetworkingV1Package.NETWORK_POLICY_PEER__IP_BLOCK:
				setIpBlock((IPBlock)null);
				return;
			case NetworkingV1Package.NETWORK_POLICY_PEER__NAMESPACE_SELECTOR:
				setNamespaceSelector((LabelSelector)null);
				return;
			case NetworkingV1Package.NETWORK_POLICY_PEER__POD_SELECTOR:
				setPodSelector((LabelSelector)null);
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
			case NetworkingV1Package.NETWORK_POLICY_PEER__IP_BLOCK:
				return ipBlock != null;
			case NetworkingV1Package.NETWORK_POLICY_PEER__NAMESPACE_SELECTOR:
				return namespaceSelector != null;
			case NetworkingV1Package.NETWORK_POLICY_PEER__POD_SELECTOR:
				return podSelector != null;
		}
		return super.eIsSet(featureID);
	}

} //NetworkPolicyPeerImpl
