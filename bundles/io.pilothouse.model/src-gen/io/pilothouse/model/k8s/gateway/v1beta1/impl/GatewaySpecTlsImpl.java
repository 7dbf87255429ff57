/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1.impl;

import io.pilothouse.model.k8s.gateway.v1beta1.GatewayBackend;
import io.pilothouse.model.k8s.gateway.v1beta1.GatewayFrontend;
import io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecTls;
import io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gateway Spec Tls</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySpecTlsImpl#getBackend <em>Backend</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySpecTlsImpl#getFrontend <em>Frontend</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GatewaySpecTlsImpl extends MinimalEObjectImpl.Container implements GatewaySpecTls {
	/**
	 * The cached value of the '{@link #getBackend() <em>Backend</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackend()
	 * @generated
	 * @ordered
	 */
	protected GatewayBackend backend;

	/**
	 * The cached value of the '{@link #getFrontend() <em>Frontend</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrontend()
	 * @generated
	 * @ordered
	 */
	protected GatewayFrontend frontend;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GatewaySpecTlsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1beta1Package.Literals.GATEWAY_SPEC_TLS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayBackend getBackend() {
		return backend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBackend(GatewayBackend newBackend, NotificationChain msgs) {
		GatewayBackend oldBackend = backend;
		backend = newBackend;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1beta1Package.GATEWAY_SPEC_TLS__BACKEND, oldBackend, newBackend);
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
	public void setBackend(GatewayBackend newBackend) {
		if (newBackend != backend) {
			NotificationChain msgs = null;
			if (backend != null)
				msgs = ((InternalEObject)backend).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1beta1Package.GATEWAY_SPEC_TLS__BACKEND, null, msgs);
			if (newBackend != null)
				msgs = ((InternalEObject)newBackend).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1beta1Package.GATEWAY_SPEC_TLS__BACKEND, null, msgs);
			msgs = basicSetBackend(newBackend, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1beta1Package.GATEWAY_SPEC_TLS__BACKEND, newBackend, newBackend));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayFrontend getFrontend() {
		return frontend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFrontend(GatewayFrontend newFrontend, NotificationChain msgs) {
		GatewayFrontend oldFrontend = frontend;
		frontend = newFrontend;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1beta1Package.GATEWAY_SPEC_TLS__FRONTEND, oldFrontend, newFrontend);
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
	public void setFrontend(GatewayFrontend newFrontend) {
		if (newFrontend != frontend) {
			NotificationChain msgs = null;
			if (frontend != null)
				msgs = ((InternalEObject)frontend).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1beta1Package.GATEWAY_SPEC_TLS__FRONTEND, null, msgs);
			if (newFrontend != null)
				msgs = ((InternalEObject)newFrontend).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1beta1Package.GATEWAY_SPEC_TLS__FRONTEND, null, msgs);
			msgs = basicSetFrontend(newFrontend, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1beta1Package.GATEWAY_SPEC_TLS__FRONTEND, newFrontend, newFrontend));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1beta1Package.GATEWAY_SPEC_TLS__BACKEND:
				return basicSetBackend(null, msgs);
			case GatewayV1beta1Package.GATEWAY_SPEC_TLS__FRONTEND:
				return basicSetFrontend(null, msgs);
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
			case GatewayV1beta1Package.GATEWAY_SPEC_TLS__BACKEND:
				return getBackend();
			case GatewayV1beta1Package.GATEWAY_SPEC_TLS__FRONTEND:
				return getFrontend();
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
			case GatewayV1beta1Package.GATEWAY_SPEC_TLS__BACKEND:
				setBackend((GatewayBackend)newValue);
				return;
			case GatewayV1beta1Package.GATEWAY_SPEC_TLS__FRONTEND:
				setFrontend((GatewayFrontend)newValue);
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
			case GatewayV1beta1Package.GATEWAY_SPEC_TLS__BACKEND:
				setBackend((GatewayBackend)null);
				return;
			case GatewayV1beta1Package.GATEWAY_SPEC_TLS__FRONTEND:
				setFrontend((GatewayFrontend)null);
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
			case GatewayV1beta1Package.GATEWAY_SPEC_TLS__BACKEND:
				return backend != null;
			case GatewayV1beta1Package.GATEWAY_SPEC_TLS__FRONTEND:
				return frontend != null;
		}
		return super.eIsSet(featureID);
	}

} //GatewaySpecTlsImpl
