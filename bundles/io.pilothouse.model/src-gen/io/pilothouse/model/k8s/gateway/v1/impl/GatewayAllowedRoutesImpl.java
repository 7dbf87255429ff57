/**
 */
package io.pilothouse.model.k8s.gateway.v1.impl;

import io.pilothouse.model.k8s.gateway.v1.GatewayAllowedRoutes;
import io.pilothouse.model.k8s.gateway.v1.GatewayAllowedRoutesNamespaces;
import io.pilothouse.model.k8s.gateway.v1.GatewaySupportedKind;
import io.pilothouse.model.k8s.gateway.v1.GatewayV1Package;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gateway Allowed Routes</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GatewayAllowedRoutesImpl#getKinds <em>Kinds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GatewayAllowedRoutesImpl#getNamespaces <em>Namespaces</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GatewayAllowedRoutesImpl extends MinimalEObjectImpl.Container implements GatewayAllowedRoutes {
	/**
	 * The cached value of the '{@link #getKinds() <em>Kinds</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKinds()
	 * @generated
	 * @ordered
	 */
	protected EList<GatewaySupportedKind> kinds;

	/**
	 * The cached value of the '{@link #getNamespaces() <em>Namespaces</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamespaces()
	 * @generated
	 * @ordered
	 */
	protected GatewayAllowedRoutesNamespaces namespaces;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GatewayAllowedRoutesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1Package.Literals.GATEWAY_ALLOWED_ROUTES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GatewaySupportedKind> getKinds() {
		if (kinds == null) {
			kinds = new EObjectContainmentEList<GatewaySupportedKind>(GatewaySupportedKind.class, this, GatewayV1Package.GATEWAY_ALLOWED_ROUTES__KINDS);
		}
		return kinds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayAllowedRoutesNamespaces getNamespaces() {
		return namespaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNamespaces(GatewayAllowedRoutesNamespaces newNamespaces, NotificationChain msgs) {
		GatewayAllowedRoutesNamespaces oldNamespaces = namespaces;
		namespaces = newNamespaces;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1Package.GATEWAY_ALLOWED_ROUTES__NAMESPACES, oldNamespaces, newNamespaces);
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
	public void setNamespaces(GatewayAllowedRoutesNamespaces newNamespaces) {
		if (newNamespaces != namespaces) {
			NotificationChain msgs = null;
			if (namespaces != null)
				msgs = ((InternalEObject)namespaces).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.GATEWAY_ALLOWED_ROUTES__NAMESPACES, null, msgs);
			if (newNamespaces != null)
				msgs = ((InternalEObject)newNamespaces).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.GATEWAY_ALLOWED_ROUTES__NAMESPACES, null, msgs);
			msgs = basicSetNamespaces(newNamespaces, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.GATEWAY_ALLOWED_ROUTES__NAMESPACES, newNamespaces, newNamespaces));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1Package.GATEWAY_ALLOWED_ROUTES__KINDS:
				return ((InternalEList<?>)getKinds()).basicRemove(otherEnd, msgs);
			case GatewayV1Package.GATEWAY_ALLOWED_ROUTES__NAMESPACES:
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
			case GatewayV1Package.GATEWAY_ALLOWED_ROUTES__KINDS:
				return getKinds();
			case GatewayV1Package.GATEWAY_ALLOWED_ROUTES__NAMESPACES:
				return getNamespaces();
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
			case GatewayV1Package.GATEWAY_ALLOWED_ROUTES__KINDS:
				getKinds().clear();
				getKinds().addAll((Collection<? extends GatewaySupportedKind>)newValue);
				return;
			case GatewayV1Package.GATEWAY_ALLOWED_ROUTES__NAMESPACES:
				setNamespaces((GatewayAllowedRoutesNamespaces)newValue);
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
			case GatewayV1Package.GATEWAY_ALLOWED_ROUTES__KINDS:
				getKinds().clear();
				return;
			case GatewayV1Package.GATEWAY_ALLOWED_ROUTES__NAMESPACES:
				setNamespaces((GatewayAllowedRoutesNamespaces)null);
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
			case GatewayV1Package.GATEWAY_ALLOWED_ROUTES__KINDS:
				return kinds != null && !kinds.isEmpty();
			case GatewayV1Package.GATEWAY_ALLOWED_ROUTES__NAMESPACES:
				return namespaces != null;
		}
		return super.eIsSet(featureID);
	}

} //GatewayAllowedRoutesImpl
