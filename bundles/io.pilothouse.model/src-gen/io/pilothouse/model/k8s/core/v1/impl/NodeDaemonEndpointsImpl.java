/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.DaemonEndpoint;
import io.pilothouse.model.k8s.core.v1.NodeDaemonEndpoints;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node Daemon Endpoints</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeDaemonEndpointsImpl#getKubeletEndpoint <em>Kubelet Endpoint</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeDaemonEndpointsImpl extends MinimalEObjectImpl.Container implements NodeDaemonEndpoints {
	/**
	 * The cached value of the '{@link #getKubeletEndpoint() <em>Kubelet Endpoint</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKubeletEndpoint()
	 * @generated
	 * @ordered
	 */
	protected DaemonEndpoint kubeletEndpoint;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeDaemonEndpointsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.NODE_DAEMON_ENDPOINTS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DaemonEndpoint getKubeletEndpoint() {
		return kubeletEndpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetKubeletEndpoint(DaemonEndpoint newKubeletEndpoint, NotificationChain msgs) {
		DaemonEndpoint oldKubeletEndpoint = kubeletEndpoint;
		kubeletEndpoint = newKubeletEndpoint;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_DAEMON_ENDPOINTS__KUBELET_ENDPOINT, oldKubeletEndpoint, newKubeletEndpoint);
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
	public void setKubeletEndpoint(DaemonEndpoint newKubeletEndpoint) {
		if (newKubeletEndpoint != kubeletEndpoint) {
			NotificationChain msgs = null;
			if (kubeletEndpoint != null)
				msgs = ((InternalEObject)kubeletEndpoint).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.NODE_DAEMON_ENDPOINTS__KUBELET_ENDPOINT, null, msgs);
			if (newKubeletEndpoint != null)
				msgs = ((InternalEObject)newKubeletEndpoint).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.NODE_DAEMON_ENDPOINTS__KUBELET_ENDPOINT, null, msgs);
			msgs = basicSetKubeletEndpoint(newKubeletEndpoint, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_DAEMON_ENDPOINTS__KUBELET_ENDPOINT, newKubeletEndpoint, newKubeletEndpoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.NODE_DAEMON_ENDPOINTS__KUBELET_ENDPOINT:
				return basicSetKubeletEndpoint(null, msgs);
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
			case CoreV1Package.NODE_DAEMON_ENDPOINTS__KUBELET_ENDPOINT:
				return getKubeletEndpoint();
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
			case CoreV1Package.NODE_DAEMON_ENDPOINTS__KUBELET_ENDPOINT:
				setKubeletEndpoint((DaemonEndpoint)newValue);
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
			case CoreV1Package.NODE_DAEMON_ENDPOINTS__KUBELET_ENDPOINT:
				setKubeletEndpoint((DaemonEndpoint)null);
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
			case CoreV1Package.NODE_DAEMON_ENDPOINTS__KUBELET_ENDPOINT:
				return kubeletEndpoint != null;
		}
		return super.eIsSet(featureID);
	}

} //NodeDaemonEndpointsImpl
