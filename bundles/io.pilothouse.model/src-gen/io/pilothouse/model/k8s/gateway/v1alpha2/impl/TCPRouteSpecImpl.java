/**
 */
package io.pilothouse.model.k8s.gateway.v1alpha2.impl;

import io.pilothouse.model.k8s.gateway.v1alpha2.GatewayV1alpha2Package;
import io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteParentRef;
import io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteRule;
import io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteSpec;

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
 * An implementation of the model object '<em><b>TCP Route Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteSpecImpl#getParentRefs <em>Parent Refs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteSpecImpl#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TCPRouteSpecImpl extends MinimalEObjectImpl.Container implements TCPRouteSpec {
	/**
	 * The cached value of the '{@link #getParentRefs() <em>Parent Refs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentRefs()
	 * @generated
	 * @ordered
	 */
	protected EList<TCPRouteParentRef> parentRefs;

	/**
	 * The cached value of the '{@link #getRules() <em>Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRules()
	 * @generated
	 * @ordered
	 */
	protected EList<TCPRouteRule> rules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TCPRouteSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1alpha2Package.Literals.TCP_ROUTE_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TCPRouteParentRef> getParentRefs() {
		if (parentRefs == null) {
			parentRefs = new EObjectContainmentEList<TCPRouteParentRef>(TCPRouteParentRef.class, this, GatewayV1alpha2Package.TCP_ROUTE_SPEC__PARENT_REFS);
		}
		return parentRefs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TCPRouteRule> getRules() {
		if (rules == null) {
			rules = new EObjectContainmentEList<TCPRouteRule>(TCPRouteRule.class, this, GatewayV1alpha2Package.TCP_ROUTE_SPEC__RULES);
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
			case GatewayV1alpha2Package.TCP_ROUTE_SPEC__PARENT_REFS:
				return ((InternalEList<?>)getParentRefs()).basicRemove(otherEnd, msgs);
			case GatewayV1alpha2Package.TCP_ROUTE_SPEC__RULES:
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
			case GatewayV1alpha2Package.TCP_ROUTE_SPEC__PARENT_REFS:
				return getParentRefs();
			case GatewayV1alpha2Package.TCP_ROUTE_SPEC__RULES:
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
			case GatewayV1alpha2Package.TCP_ROUTE_SPEC__PARENT_REFS:
				getParentRefs().clear();
				getParentRefs().addAll((Collection<? extends TCPRouteParentRef>)newValue);
				return;
			case GatewayV1alpha2Package.TCP_ROUTE_SPEC__RULES:
				getRules().clear();
				getRules().addAll((Collection<? extends TCPRouteRule>)newValue);
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
			case GatewayV1alpha2Package.TCP_ROUTE_SPEC__PARENT_REFS:
				getParentRefs().clear();
				return;
			case GatewayV1alpha2Package.TCP_ROUTE_SPEC__RULES:
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
			case GatewayV1alpha2Package.TCP_ROUTE_SPEC__PARENT_REFS:
				return parentRefs != null && !parentRefs.isEmpty();
			case GatewayV1alpha2Package.TCP_ROUTE_SPEC__RULES:
				return rules != null && !rules.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //TCPRouteSpecImpl
