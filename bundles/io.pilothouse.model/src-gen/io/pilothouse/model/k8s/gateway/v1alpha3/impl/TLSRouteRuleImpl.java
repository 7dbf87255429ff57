/**
 */
package io.pilothouse.model.k8s.gateway.v1alpha3.impl;

import io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package;
import io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteBackendRef;
import io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteRule;

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
 * An implementation of the model object '<em><b>TLS Route Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteRuleImpl#getBackendRefs <em>Backend Refs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteRuleImpl#getName <em>Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TLSRouteRuleImpl extends MinimalEObjectImpl.Container implements TLSRouteRule {
	/**
	 * The cached value of the '{@link #getBackendRefs() <em>Backend Refs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackendRefs()
	 * @generated
	 * @ordered
	 */
	protected EList<TLSRouteBackendRef> backendRefs;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TLSRouteRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1alpha3Package.Literals.TLS_ROUTE_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TLSRouteBackendRef> getBackendRefs() {
		if (backendRefs == null) {
			backendRefs = new EObjectContainmentEList<TLSRouteBackendRef>(TLSRouteBackendRef.class, this, GatewayV1alpha3Package.TLS_ROUTE_RULE__BACKEND_REFS);
		}
		return backendRefs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1alpha3Package.TLS_ROUTE_RULE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1alpha3Package.TLS_ROUTE_RULE__BACKEND_REFS:
				return ((InternalEList<?>)getBackendRefs()).basicRemove(otherEnd, msgs);
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
			case GatewayV1alpha3Package.TLS_ROUTE_RULE__BACKEND_REFS:
				return getBackendRefs();
			case GatewayV1alpha3Package.TLS_ROUTE_RULE__NAME:
				return getName();
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
			case GatewayV1alpha3Package.TLS_ROUTE_RULE__BACKEND_REFS:
				getBackendRefs().clear();
				getBackendRefs().addAll((Collection<? extends TLSRouteBackendRef>)newValue);
				return;
			case GatewayV1alpha3Package.TLS_ROUTE_RULE__NAME:
				setName((String)newValue);
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
			case GatewayV1alpha3Package.TLS_ROUTE_RULE__BACKEND_REFS:
				getBackendRefs().clear();
				return;
			case GatewayV1alpha3Package.TLS_ROUTE_RULE__NAME:
				setName(NAME_EDEFAULT);
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
			case GatewayV1alpha3Package.TLS_ROUTE_RULE__BACKEND_REFS:
				return backendRefs != null && !backendRefs.isEmpty();
			case GatewayV1alpha3Package.TLS_ROUTE_RULE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
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
		result.append(" (name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //TLSRouteRuleImpl
