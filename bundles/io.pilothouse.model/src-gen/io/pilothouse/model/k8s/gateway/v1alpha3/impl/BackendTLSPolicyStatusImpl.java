/**
 */
package io.pilothouse.model.k8s.gateway.v1alpha3.impl;

import io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestor;
import io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyStatus;
import io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package;

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
 * An implementation of the model object '<em><b>Backend TLS Policy Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyStatusImpl#getAncestors <em>Ancestors</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BackendTLSPolicyStatusImpl extends MinimalEObjectImpl.Container implements BackendTLSPolicyStatus {
	/**
	 * The cached value of the '{@link #getAncestors() <em>Ancestors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAncestors()
	 * @generated
	 * @ordered
	 */
	protected EList<BackendTLSPolicyAncestor> ancestors;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BackendTLSPolicyStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1alpha3Package.Literals.BACKEND_TLS_POLICY_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BackendTLSPolicyAncestor> getAncestors() {
		if (ancestors == null) {
			ancestors = new EObjectContainmentEList<BackendTLSPolicyAncestor>(BackendTLSPolicyAncestor.class, this, GatewayV1alpha3Package.BACKEND_TLS_POLICY_STATUS__ANCESTORS);
		}
		return ancestors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_STATUS__ANCESTORS:
				return ((InternalEList<?>)getAncestors()).basicRemove(otherEnd, msgs);
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
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_STATUS__ANCESTORS:
				return getAncestors();
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
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_STATUS__ANCESTORS:
				getAncestors().clear();
				getAncestors().addAll((Collection<? extends BackendTLSPolicyAncestor>)newValue);
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
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_STATUS__ANCESTORS:
				getAncestors().clear();
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
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_STATUS__ANCESTORS:
				return ancestors != null && !ancestors.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //BackendTLSPolicyStatusImpl
