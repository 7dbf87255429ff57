/**
 */
package io.pilothouse.model.k8s.gateway.v1alpha2.impl;

import io.pilothouse.model.k8s.gateway.v1alpha2.GatewayV1alpha2Package;
import io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteParentRef;
import io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteRule;
import io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteSpec;

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
 * An implementation of the model object '<em><b>UDP Route Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteSpecImpl#getParentRefs <em>Parent Refs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteSpecImpl#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UDPRouteSpecImpl extends MinimalEObjectImpl.Container implements UDPRouteSpec {
	/**
	 * The cached value of the '{@link #getParentRefs() <em>Parent Refs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentRefs()
	 * @generated
	 * @ordered
	 */
	protected EList<UDPRouteParentRef> parentRefs;

	/**
	 * The cached value of the '{@link #getRules() <em>Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRules()
	 * @generated
	 * @ordered
	 */
	protected EList<UDPRouteRule> rules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UDPRouteSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1alpha2Package.Literals.UDP_ROUTE_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<UDPRouteParentRef> getParentRefs() {
		if (parentRefs == null) {
			parentRefs = new EObjectContainmentEList<UDPRouteParentRef>(UDPRouteParentRef.class, this, GatewayV1alpha2Package.UDP_ROUTE_SPEC__PARENT_REFS);
		}
		return parentRefs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<UDPRouteRule> getRules() {
		if (rules == null) {
			rules = new EObjectContainmentEList<UDPRouteRule>(UDPRouteRule.class, this, GatewayV1alpha2Package.UDP_ROUTE_SPEC__RULES);
		}
		return rules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1alpha2Package.UDP_ROUTE_SPEC__PARENT_REFS:
				return ((InternalEList<?>)getParentRefs()).basicRemove(otherEnd, msgs);
			case GatewayV1alpha2Package.UDP_ROUTE_SPEC__RULES:
				return ((InternalEList<?>)getRules()).basicRemove(otherEnd, msgs);
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
			case GatewayV1alpha2Package.UDP_ROUTE_SPEC__PARENT_REFS:
				return getParentRefs();
			case GatewayV1alpha2Package.UDP_ROUTE_SPEC__RULES:
				return getRules();
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
			case GatewayV1alpha2Package.UDP_ROUTE_SPEC__PARENT_REFS:
				getParentRefs().clear();
				getParentRefs().addAll((Collection<? extends UDPRouteParentRef>)newValue);
				return;
			case GatewayV1alpha2Package.UDP_ROUTE_SPEC__RULES:
				getRules().clear();
				getRules().addAll((Collection<? extends UDPRouteRule>)newValue);
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
			case GatewayV1alpha2Package.UDP_ROUTE_SPEC__PARENT_REFS:
				getParentRefs().clear();
				return;
			case GatewayV1alpha2Package.UDP_ROUTE_SPEC__RULES:
				getRules().clear();
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
			case GatewayV1alpha2Package.UDP_ROUTE_SPEC__PARENT_REFS:
				return parentRefs != null && !parentRefs.isEmpty();
			case GatewayV1alpha2Package.UDP_ROUTE_SPEC__RULES:
				return rules != null && !rules.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //UDPRouteSpecImpl
