/**
 */
package io.pilothouse.model.k8s.networking.v1.impl;

import io.pilothouse.model.k8s.networking.v1.IngressLoadBalancerStatus;
import io.pilothouse.model.k8s.networking.v1.IngressStatus;
import io.pilothouse.model.k8s.networking.v1.NetworkingV1Package;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ingress Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.impl.IngressStatusImpl#getLoadBalancer <em>Load Balancer</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IngressStatusImpl extends MinimalEObjectImpl.Container implements IngressStatus {
	/**
	 * The cached value of the '{@link #getLoadBalancer() <em>Load Balancer</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoadBalancer()
	 * @generated
	 * @ordered
	 */
	protected IngressLoadBalancerStatus loadBalancer;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IngressStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetworkingV1Package.Literals.INGRESS_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IngressLoadBalancerStatus getLoadBalancer() {
		return loadBalancer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLoadBalancer(IngressLoadBalancerStatus newLoadBalancer, NotificationChain msgs) {
		IngressLoadBalancerStatus oldLoadBalancer = loadBalancer;
		loadBalancer = newLoadBalancer;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NetworkingV1Package.INGRESS_STATUS__LOAD_BALANCER, oldLoadBalancer, newLoadBalancer);
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
	public void setLoadBalancer(IngressLoadBalancerStatus newLoadBalancer) {
		if (newLoadBalancer != loadBalancer) {
			NotificationChain msgs = null;
			if (loadBalancer != null)
				msgs = ((InternalEObject)loadBalancer).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NetworkingV1Package.INGRESS_STATUS__LOAD_BALANCER, null, msgs);
			if (newLoadBalancer != null)
				msgs = ((InternalEObject)newLoadBalancer).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NetworkingV1Package.INGRESS_STATUS__LOAD_BALANCER, null, msgs);
			msgs = basicSetLoadBalancer(newLoadBalancer, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkingV1Package.INGRESS_STATUS__LOAD_BALANCER, newLoadBalancer, newLoadBalancer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NetworkingV1Package.INGRESS_STATUS__LOAD_BALANCER:
				return basicSetLoadBalancer(null, msgs);
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
			case NetworkingV1Package.INGRESS_STATUS__LOAD_BALANCER:
				return getLoadBalancer();
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
			case NetworkingV1Package.INGRESS_STATUS__LOAD_BALANCER:
				setLoadBalancer((IngressLoadBalancerStatus)newValue);
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
			case NetworkingV1Package.INGRESS_STATUS__LOAD_BALANCER:
				setLoadBalancer((IngressLoadBalancerStatus)null);
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
			case NetworkingV1Package.INGRESS_STATUS__LOAD_BALANCER:
				return loadBalancer != null;
		}
		return super.eIsSet(featureID);
	}

} //IngressStatusImpl
