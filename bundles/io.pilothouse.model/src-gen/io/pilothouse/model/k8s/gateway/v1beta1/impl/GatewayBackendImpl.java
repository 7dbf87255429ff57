/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1.impl;

import io.pilothouse.model.k8s.gateway.v1beta1.GatewayBackend;
import io.pilothouse.model.k8s.gateway.v1beta1.GatewayCertificateRef;
import io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gateway Backend</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayBackendImpl#getClientCertificateRef <em>Client Certificate Ref</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GatewayBackendImpl extends MinimalEObjectImpl.Container implements GatewayBackend {
	/**
	 * The cached value of the '{@link #getClientCertificateRef() <em>Client Certificate Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientCertificateRef()
	 * @generated
	 * @ordered
	 */
	protected GatewayCertificateRef clientCertificateRef;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GatewayBackendImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1beta1Package.Literals.GATEWAY_BACKEND;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayCertificateRef getClientCertificateRef() {
		return clientCertificateRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetClientCertificateRef(GatewayCertificateRef newClientCertificateRef, NotificationChain msgs) {
		GatewayCertificateRef oldClientCertificateRef = clientCertificateRef;
		clientCertificateRef = newClientCertificateRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1beta1Package.GATEWAY_BACKEND__CLIENT_CERTIFICATE_REF, oldClientCertificateRef, newClientCertificateRef);
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
	public void setClientCertificateRef(GatewayCertificateRef newClientCertificateRef) {
		if (newClientCertificateRef != clientCertificateRef) {
			NotificationChain msgs = null;
			if (clientCertificateRef != null)
				msgs = ((InternalEObject)clientCertificateRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1beta1Package.GATEWAY_BACKEND__CLIENT_CERTIFICATE_REF, null, msgs);
			if (newClientCertificateRef != null)
				msgs = ((InternalEObject)newClientCertificateRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1beta1Package.GATEWAY_BACKEND__CLIENT_CERTIFICATE_REF, null, msgs);
			msgs = basicSetClientCertificateRef(newClientCertificateRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1beta1Package.GATEWAY_BACKEND__CLIENT_CERTIFICATE_REF, newClientCertificateRef, newClientCertificateRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1beta1Package.GATEWAY_BACKEND__CLIENT_CERTIFICATE_REF:
				return basicSetClientCertificateRef(null, msgs);
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
			case GatewayV1beta1Package.GATEWAY_BACKEND__CLIENT_CERTIFICATE_REF:
				return getClientCertificateRef();
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
			case GatewayV1beta1Package.GATEWAY_BACKEND__CLIENT_CERTIFICATE_REF:
				setClientCertificateRef((GatewayCertificateRef)newValue);
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
			case GatewayV1beta1Package.GATEWAY_BACKEND__CLIENT_CERTIFICATE_REF:
				setClientCertificateRef((GatewayCertificateRef)null);
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
			case GatewayV1beta1Package.GATEWAY_BACKEND__CLIENT_CERTIFICATE_REF:
				return clientCertificateRef != null;
		}
		return super.eIsSet(featureID);
	}

} //GatewayBackendImpl
