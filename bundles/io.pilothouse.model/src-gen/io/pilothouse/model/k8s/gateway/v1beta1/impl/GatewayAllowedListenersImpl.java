/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1.impl;

import io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedListeners;
import io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedListenersNamespaces;
import io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gateway Allowed Listeners</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayAllowedListenersImpl#getNamespaces <em>Namespaces</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GatewayAllowedListenersImpl extends MinimalEObjectImpl.Container implements GatewayAllowedListeners {
	/**
	 * The cached value of the '{@link #getNamespaces() <em>Namespaces</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamespaces()
	 * @generated
	 * @ordered
	 */
	protected GatewayAllowedListenersNamespaces namespaces;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GatewayAllowedListenersImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1beta1Package.Literals.GATEWAY_ALLOWED_LISTENERS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayAllowedListenersNamespaces getNamespaces() {
		return namespaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNamespaces(GatewayAllowedListenersNamespaces newNamespaces, NotificationChain msgs) {
		GatewayAllowedListenersNamespaces oldNamespaces = namespaces;
		namespaces = newNamespaces;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1beta1Package.GATEWAY_ALLOWED_LISTENERS__NAMESPACES, oldNamespaces, newNamespaces);
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
	public void setNamespaces(GatewayAllowedListenersNamespaces newNamespaces) {
		if (newNamespaces != namespaces) {
			NotificationChain msgs = null;
			if (namespaces != null)
				msgs = ((InternalEObject)namespaces).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1beta1Package.GATEWAY_ALLOWED_LISTENERS__NAMESPACES, null, msgs);
			if (newNamespaces != null)
				msgs = ((InternalEObject)newNamespaces).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1beta1Package.GATEWAY_ALLOWED_LISTENERS__NAMESPACES, null, msgs);
			msgs = basicSetNamespaces(newNamespaces, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1beta1Package.GATEWAY_ALLOWED_LISTENERS__NAMESPACES, newNamespaces, newNamespaces));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1beta1Package.GATEWAY_ALLOWED_LISTENERS__NAMESPACES:
				return basicSetNamespaces(null, msgs);
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
			case GatewayV1beta1Package.GATEWAY_ALLOWED_LISTENERS__NAMESPACES:
				return getNamespaces();
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
			case GatewayV1beta1Package.GATEWAY_ALLOWED_LISTENERS__NAMESPACES:
				setNamespaces((GatewayAllowedListenersNamespaces)newValue);
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
			case GatewayV1beta1Package.GATEWAY_ALLOWED_LISTENERS__NAMESPACES:
				setNamespaces((GatewayAllowedListenersNamespaces)null);
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
			case GatewayV1beta1Package.GATEWAY_ALLOWED_LISTENERS__NAMESPACES:
				return namespaces != null;
		}
		return super.eIsSet(featureID);
	}

} //GatewayAllowedListenersImpl
