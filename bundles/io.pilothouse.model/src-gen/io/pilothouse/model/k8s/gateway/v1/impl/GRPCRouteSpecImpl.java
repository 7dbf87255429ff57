/**
 */
package io.pilothouse.model.k8s.gateway.v1.impl;

import io.pilothouse.model.k8s.gateway.v1.GRPCRouteParentRef;
import io.pilothouse.model.k8s.gateway.v1.GRPCRouteRule;
import io.pilothouse.model.k8s.gateway.v1.GRPCRouteSpec;
import io.pilothouse.model.k8s.gateway.v1.GatewayV1Package;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>GRPC Route Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GRPCRouteSpecImpl#getHostnames <em>Hostnames</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GRPCRouteSpecImpl#getParentRefs <em>Parent Refs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GRPCRouteSpecImpl#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GRPCRouteSpecImpl extends MinimalEObjectImpl.Container implements GRPCRouteSpec {
	/**
	 * The cached value of the '{@link #getHostnames() <em>Hostnames</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostnames()
	 * @generated
	 * @ordered
	 */
	protected EList<String> hostnames;

	/**
	 * The cached value of the '{@link #getParentRefs() <em>Parent Refs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentRefs()
	 * @generated
	 * @ordered
	 */
	protected EList<GRPCRouteParentRef> parentRefs;

	/**
	 * The cached value of the '{@link #getRules() <em>Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRules()
	 * @generated
	 * @ordered
	 */
	protected EList<GRPCRouteRule> rules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GRPCRouteSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1Package.Literals.GRPC_ROUTE_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getHostnames() {
		if (hostnames == null) {
			hostnames = new EDataTypeUniqueEList<String>(String.class, this, GatewayV1Package.GRPC_ROUTE_SPEC__HOSTNAMES);
		}
		return hostnames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GRPCRouteParentRef> getParentRefs() {
		if (parentRefs == null) {
			parentRefs = new EObjectContainmentEList<GRPCRouteParentRef>(GRPCRouteParentRef.class, this, GatewayV1Package.GRPC_ROUTE_SPEC__PARENT_REFS);
		}
		return parentRefs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GRPCRouteRule> getRules() {
		if (rules == null) {
			rules = new EObjectContainmentEList<GRPCRouteRule>(GRPCRouteRule.class, this, GatewayV1Package.GRPC_ROUTE_SPEC__RULES);
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
			case GatewayV1Package.GRPC_ROUTE_SPEC__PARENT_REFS:
				return ((InternalEList<?>)getParentRefs()).basicRemove(otherEnd, msgs);
			case GatewayV1Package.GRPC_ROUTE_SPEC__RULES:
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
			case GatewayV1Package.GRPC_ROUTE_SPEC__HOSTNAMES:
				return getHostnames();
			case GatewayV1Package.GRPC_ROUTE_SPEC__PARENT_REFS:
				return getParentRefs();
			case GatewayV1Package.GRPC_ROUTE_SPEC__RULES:
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
			case GatewayV1Package.GRPC_ROUTE_SPEC__HOSTNAMES:
				getHostnames().clear();
				getHostnames().addAll((Collection<? extends String>)newValue);
				return;
			case GatewayV1Package.GRPC_ROUTE_SPEC__PARENT_REFS:
				getParentRefs().clear();
				getParentRefs().addAll((Collection<? extends GRPCRouteParentRef>)newValue);
				return;
			case GatewayV1Package.GRPC_ROUTE_SPEC__RULES:
				getRules().clear();
				getRules().addAll((Collection<? extends GRPCRouteRule>)newValue);
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
			case GatewayV1Package.GRPC_ROUTE_SPEC__HOSTNAMES:
				getHostnames().clear();
				return;
			case GatewayV1Package.GRPC_ROUTE_SPEC__PARENT_REFS:
				getParentRefs().clear();
				return;
			case GatewayV1Package.GRPC_ROUTE_SPEC__RULES:
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
			case GatewayV1Package.GRPC_ROUTE_SPEC__HOSTNAMES:
				return hostnames != null && !hostnames.isEmpty();
			case GatewayV1Package.GRPC_ROUTE_SPEC__PARENT_REFS:
				return parentRefs != null && !parentRefs.isEmpty();
			case GatewayV1Package.GRPC_ROUTE_SPEC__RULES:
				return rules != null && !rules.isEmpty();
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
		result.append(" (hostnames: ");
		result.append(hostnames);
		result.append(')');
		return result.toString();
	}

} //GRPCRouteSpecImpl
