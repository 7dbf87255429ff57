/**
 */
package io.pilothouse.model.k8s.gateway.v1.impl;

import io.pilothouse.model.k8s.gateway.v1.GRPCRouteAdd;
import io.pilothouse.model.k8s.gateway.v1.GRPCRouteRequestHeaderModifier;
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
 * An implementation of the model object '<em><b>GRPC Route Request Header Modifier</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GRPCRouteRequestHeaderModifierImpl#getAdd <em>Add</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GRPCRouteRequestHeaderModifierImpl#getRemove <em>Remove</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GRPCRouteRequestHeaderModifierImpl#getSet <em>Set</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GRPCRouteRequestHeaderModifierImpl extends MinimalEObjectImpl.Container implements GRPCRouteRequestHeaderModifier {
	/**
	 * The cached value of the '{@link #getAdd() <em>Add</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdd()
	 * @generated
	 * @ordered
	 */
	protected EList<GRPCRouteAdd> add;

	/**
	 * The cached value of the '{@link #getRemove() <em>Remove</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemove()
	 * @generated
	 * @ordered
	 */
	protected EList<String> remove;

	/**
	 * The cached value of the '{@link #getSet() <em>Set</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSet()
	 * @generated
	 * @ordered
	 */
	protected EList<GRPCRouteAdd> set;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GRPCRouteRequestHeaderModifierImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1Package.Literals.GRPC_ROUTE_REQUEST_HEADER_MODIFIER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GRPCRouteAdd> getAdd() {
		if (add == null) {
			add = new EObjectContainmentEList<GRPCRouteAdd>(GRPCRouteAdd.class, this, GatewayV1Package.GRPC_ROUTE_REQUEST_HEADER_MODIFIER__ADD);
		}
		return add;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRemove() {
		if (remove == null) {
			remove = new EDataTypeUniqueEList<String>(String.class, this, GatewayV1Package.GRPC_ROUTE_REQUEST_HEADER_MODIFIER__REMOVE);
		}
		return remove;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GRPCRouteAdd> getSet() {
		if (set == null) {
			set = new EObjectContainmentEList<GRPCRouteAdd>(GRPCRouteAdd.class, this, GatewayV1Package.GRPC_ROUTE_REQUEST_HEADER_MODIFIER__SET);
		}
		return set;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1Package.GRPC_ROUTE_REQUEST_HEADER_MODIFIER__ADD:
				return ((InternalEList<?>)getAdd()).basicRemove(otherEnd, msgs);
			case GatewayV1Package.GRPC_ROUTE_REQUEST_HEADER_MODIFIER__SET:
				return ((InternalEList<?>)getSet()).basicRemove(otherEnd, msgs);
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
			case GatewayV1Package.GRPC_ROUTE_REQUEST_HEADER_MODIFIER__ADD:
				return getAdd();
			case GatewayV1Package.GRPC_ROUTE_REQUEST_HEADER_MODIFIER__REMOVE:
				return getRemove();
			case GatewayV1Package.GRPC_ROUTE_REQUEST_HEADER_MODIFIER__SET:
				return getSet();
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
			case GatewayV1Package.GRPC_ROUTE_REQUEST_HEADER_MODIFIER__ADD:
				getAdd().clear();
				getAdd().addAll((Collection<? extends GRPCRouteAdd>)newValue);
				return;
			case GatewayV1Package.GRPC_ROUTE_REQUEST_HEADER_MODIFIER__REMOVE:
				getRemove().clear();
				getRemove().addAll((Collection<? extends String>)newValue);
				return;
			case GatewayV1Package.GRPC_ROUTE_REQUEST_HEADER_MODIFIER__SET:
				getSet().clear();
				getSet().addAll((Collection<? extends GRPCRouteAdd>)newValue);
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
			case GatewayV1Package.GRPC_ROUTE_REQUEST_HEADER_MODIFIER__ADD:
				getAdd().clear();
				return;
			case GatewayV1Package.GRPC_ROUTE_REQUEST_HEADER_MODIFIER__REMOVE:
				getRemove().clear();
				return;
			case GatewayV1Package.GRPC_ROUTE_REQUEST_HEADER_MODIFIER__SET:
				getSet().clear();
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
			case GatewayV1Package.GRPC_ROUTE_REQUEST_HEADER_MODIFIER__ADD:
				return add != null && !add.isEmpty();
			case GatewayV1Package.GRPC_ROUTE_REQUEST_HEADER_MODIFIER__REMOVE:
				return remove != null && !remove.isEmpty();
			case GatewayV1Package.GRPC_ROUTE_REQUEST_HEADER_MODIFIER__SET:
				return set != null && !set.isEmpty();
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
		result.append(" (remove: ");
		result.append(remove);
		result.append(')');
		return result.toString();
	}

} //GRPCRouteRequestHeaderModifierImpl
