/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.ClientIPConfig;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.SessionAffinityConfig;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Session Affinity Config</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.SessionAffinityConfigImpl#getClientIP <em>Client IP</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SessionAffinityConfigImpl extends MinimalEObjectImpl.Container implements SessionAffinityConfig {
	/**
	 * The cached value of the '{@link #getClientIP() <em>Client IP</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientIP()
	 * @generated
	 * @ordered
	 */
	protected ClientIPConfig clientIP;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SessionAffinityConfigImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.SESSION_AFFINITY_CONFIG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClientIPConfig getClientIP() {
		return clientIP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetClientIP(ClientIPConfig newClientIP, NotificationChain msgs) {
		ClientIPConfig oldClientIP = clientIP;
		clientIP = newClientIP;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.SESSION_AFFINITY_CONFIG__CLIENT_IP, oldClientIP, newClientIP);
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
	public void setClientIP(ClientIPConfig newClientIP) {
		if (newClientIP != clientIP) {
			NotificationChain msgs = null;
			if (clientIP != null)
				msgs = ((InternalEObject)clientIP).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.SESSION_AFFINITY_CONFIG__CLIENT_IP, null, msgs);
			if (newClientIP != null)
				msgs = ((InternalEObject)newClientIP).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.SESSION_AFFINITY_CONFIG__CLIENT_IP, null, msgs);
			msgs = basicSetClientIP(newClientIP, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SESSION_AFFINITY_CONFIG__CLIENT_IP, newClientIP, newClientIP));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.SESSION_AFFINITY_CONFIG__CLIENT_IP:
				return basicSetClientIP(null, msgs);
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
			case CoreV1Package.SESSION_AFFINITY_CONFIG__CLIENT_IP:
				return getClientIP();
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
			case CoreV1Package.SESSION_AFFINITY_CONFIG__CLIENT_IP:
				setClientIP((ClientIPConfig)newValue);
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
			case CoreV1Package.SESSION_AFFINITY_CONFIG__CLIENT_IP:
				setClientIP((ClientIPConfig)null);
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
			case CoreV1Package.SESSION_AFFINITY_CONFIG__CLIENT_IP:
				return clientIP != null;
		}
		return super.eIsSet(featureID);
	}

} //SessionAffinityConfigImpl
