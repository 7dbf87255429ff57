/**
 */
package io.pilothouse.model.k8s.networking.v1.impl;

import io.pilothouse.model.k8s.networking.v1.NetworkPolicyEgressRule;
import io.pilothouse.model.k8s.networking.v1.NetworkPolicyPeer;
import io.pilothouse.model.k8s.networking.v1.NetworkPolicyPort;
import io.pilothouse.model.k8s.networking.v1.NetworkingV1Package;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network Policy Egress Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyEgressRuleImpl#getPorts <em>Ports</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicyEgressRuleImpl#getTo <em>To</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetworkPolicyEgressRuleImpl extends MinimalEObjectImpl.Container implements NetworkPolicyEgressRule {
	/**
	 * The cached value of the '{@link #getPorts() <em>Ports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPorts()
	 * @generated
	 * @ordered
	 */
	protected EList<NetworkPolicyPort> ports;

	/**
	 * The cached value of the '{@link #getTo() <em>To</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected EList<NetworkPolicyPeer> to;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetworkPolicyEgressRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetworkingV1Package.Literals.NETWORK_POLICY_EGRESS_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NetworkPolicyPort> getPorts() {
		if (ports == null) {
			ports = new EObjectContainmentEList<NetworkPolicyPort>(NetworkPolicyPort.class, this, NetworkingV1Package.NETWORK_POLICY_EGRESS_RULE__PORTS);
		}
		return ports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NetworkPolicyPeer> getTo() {
		if (to == null) {
			to = new EObjectContainmentEList<NetworkPolicyPeer>(NetworkPolicyPeer.class, this, NetworkingV1Package.NETWORK_POLICY_EGRESS_RULE__TO);
		}
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NetworkingV1Package.NETWORK_POLICY_EGRESS_RULE__PORTS:
				return ((InternalEList<?>)getPorts()).basicRemove(otherEnd, msgs);
			case NetworkingV1Package.NETWORK_POLICY_EGRESS_RULE__TO:
				return ((InternalEList<?>)getTo()).basicRemove(otherEnd, msgs);
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
			case NetworkingV1Package.NETWORK_POLICY_EGRESS_RULE__PORTS:
				return getPorts();
			case NetworkingV1Package.NETWORK_POLICY_EGRESS_RULE__TO:
				return getTo();
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
			case NetworkingV1Package.NETWORK_POLICY_EGRESS_RULE__PORTS:
				getPorts().clear();
				getPorts().addAll((Collection<? extends NetworkPolicyPort>)newValue);
				return;
			case NetworkingV1Package.NETWORK_POLICY_EGRESS_RULE__TO:
				getTo().clear();
				getTo().addAll((Collection<? extends NetworkPolicyPeer>)newValue);
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
			case NetworkingV1Package.NETWORK_POLICY_EGRESS_RULE__PORTS:
				getPorts().clear();
				return;
			case NetworkingV1Package.NETWORK_POLICY_EGRESS_RULE__TO:
				getTo().clear();
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
			case NetworkingV1Package.NETWORK_POLICY_EGRESS_RULE__PORTS:
				return ports != null && !ports.isEmpty();
			case NetworkingV1Package.NETWORK_POLICY_EGRESS_RULE__TO:
				return to != null && !to.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //NetworkPolicyEgressRuleImpl
