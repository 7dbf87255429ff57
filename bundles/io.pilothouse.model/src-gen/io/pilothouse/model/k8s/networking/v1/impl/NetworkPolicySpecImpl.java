/**
 */
package io.pilothouse.model.k8s.networking.v1.impl;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import io.pilothouse.model.k8s.networking.v1.NetworkPolicyEgressRule;
import io.pilothouse.model.k8s.networking.v1.NetworkPolicyIngressRule;
import io.pilothouse.model.k8s.networking.v1.NetworkPolicySpec;
import io.pilothouse.model.k8s.networking.v1.NetworkingV1Package;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network Policy Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicySpecImpl#getEgress <em>Egress</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicySpecImpl#getIngress <em>Ingress</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicySpecImpl#getPodSelector <em>Pod Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.impl.NetworkPolicySpecImpl#getPolicyTypes <em>Policy Types</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetworkPolicySpecImpl extends MinimalEObjectImpl.Container implements NetworkPolicySpec {
	/**
	 * The cached value of the '{@link #getEgress() <em>Egress</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEgress()
	 * @generated
	 * @ordered
	 */
	protected EList<NetworkPolicyEgressRule> egress;

	/**
	 * The cached value of the '{@link #getIngress() <em>Ingress</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIngress()
	 * @generated
	 * @ordered
	 */
	protected EList<NetworkPolicyIngressRule> ingress;

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
	 * The cached value of the '{@link #getPolicyTypes() <em>Policy Types</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicyTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> policyTypes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetworkPolicySpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetworkingV1Package.Literals.NETWORK_POLICY_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NetworkPolicyEgressRule> getEgress() {
		if (egress == null) {
			egress = new EObjectContainmentEList<NetworkPolicyEgressRule>(NetworkPolicyEgressRule.class, this, NetworkingV1Package.NETWORK_POLICY_SPEC__EGRESS);
		}
		return egress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NetworkPolicyIngressRule> getIngress() {
		if (ingress == null) {
			ingress = new EObjectContainmentEList<NetworkPolicyIngressRule>(NetworkPolicyIngressRule.class, this, NetworkingV1Package.NETWORK_POLICY_SPEC__INGRESS);
		}
		return ingress;
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NetworkingV1Package.NETWORK_POLICY_SPEC__POD_SELECTOR, oldPodSelector, newPodSelector);
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
				msgs = ((InternalEObject)podSelector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NetworkingV1Package.NETWORK_POLICY_SPEC__POD_SELECTOR, null, msgs);
			if (newPodSelector != null)
				msgs = ((InternalEObject)newPodSelector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NetworkingV1Package.NETWORK_POLICY_SPEC__POD_SELECTOR, null, msgs);
			msgs = basicSetPodSelector(newPodSelector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkingV1Package.NETWORK_POLICY_SPEC__POD_SELECTOR, newPodSelector, newPodSelector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPolicyTypes() {
		if (policyTypes == null) {
			policyTypes = new EDataTypeUniqueEList<String>(String.class, this, NetworkingV1Package.NETWORK_POLICY_SPEC__POLICY_TYPES);
		}
		return policyTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NetworkingV1Package.NETWORK_POLICY_SPEC__EGRESS:
				return ((InternalEList<?>)getEgress()).basicRemove(otherEnd, msgs);
			case NetworkingV1Package.NETWORK_POLICY_SPEC__INGRESS:
				return ((InternalEList<?>)getIngress()).basicRemove(otherEnd, msgs);
			case NetworkingV1Package.NETWORK_POLICY_SPEC__POD_SELECTOR:
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
			case NetworkingV1Package.NETWORK_POLICY_SPEC__EGRESS:
				return getEgress();
			case NetworkingV1Package.NETWORK_POLICY_SPEC__INGRESS:
				return getIngress();
			case NetworkingV1Package.NETWORK_POLICY_SPEC__POD_SELECTOR:
				return getPodSelector();
			case NetworkingV1Package.NETWORK_POLICY_SPEC__POLICY_TYPES:
				return getPolicyTypes();
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
			case NetworkingV1Package.NETWORK_POLICY_SPEC__EGRESS:
				getEgress().clear();
				getEgress().addAll((Collection<? extends NetworkPolicyEgressRule>)newValue);
				return;
			case NetworkingV1Package.NETWORK_POLICY_SPEC__INGRESS:
				getIngress().clear();
				getIngress().addAll((Collection<? extends NetworkPolicyIngressRule>)newValue);
				return;
			case NetworkingV1Package.NETWORK_POLICY_SPEC__POD_SELECTOR:
				setPodSelector((LabelSelector)newValue);
				return;
			case NetworkingV1Package.NETWORK_POLICY_SPEC__POLICY_TYPES:
				getPolicyTypes().clear();
				getPolicyTypes().addAll((Collection<? extends String>)newValue);
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
			case NetworkingV1Package.NETWORK_POLICY_SPEC__EGRESS:
				getEgress().clear();
				return;
			case NetworkingV1Package.NETWORK_POLICY_SPEC__INGRESS:
				getIngress().clear();
				return;
			case NetworkingV1Package.NETWORK_POLICY_SPEC__POD_SELECTOR:
				setPodSelector((LabelSelector)null);
				return;
			case NetworkingV1Package.NETWORK_POLICY_SPEC__POLICY_TYPES:
				getPolicyTypes().clear();
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
			case NetworkingV1Package.NETWORK_POLICY_SPEC__EGRESS:
				return egress != null && !egress.isEmpty();
			case NetworkingV1Package.NETWORK_POLICY_SPEC__INGRESS:
				return ingress != null && !ingress.isEmpty();
			case NetworkingV1Package.NETWORK_POLICY_SPEC__POD_SELECTOR:
				return podSelector != null;
			case NetworkingV1Package.NETWORK_POLICY_SPEC__POLICY_TYPES:
				return policyTypes != null && !policyTypes.isEmpty();
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
		result.append(" (policyTypes: ");
		result.append(policyTypes);
		result.append(')');
		return result.toString();
	}

} //NetworkPolicySpecImpl
