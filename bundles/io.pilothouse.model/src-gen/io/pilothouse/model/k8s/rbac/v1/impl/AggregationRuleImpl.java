/**
 */
package io.pilothouse.model.k8s.rbac.v1.impl;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import io.pilothouse.model.k8s.rbac.v1.AggregationRule;
import io.pilothouse.model.k8s.rbac.v1.RbacV1Package;

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
 * An implementation of the model object '<em><b>Aggregation Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.rbac.v1.impl.AggregationRuleImpl#getClusterRoleSelectors <em>Cluster Role Selectors</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AggregationRuleImpl extends MinimalEObjectImpl.Container implements AggregationRule {
	/**
	 * The cached value of the '{@link #getClusterRoleSelectors() <em>Cluster Role Selectors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClusterRoleSelectors()
	 * @generated
	 * @ordered
	 */
	protected EList<LabelSelector> clusterRoleSelectors;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AggregationRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RbacV1Package.Literals.AGGREGATION_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LabelSelector> getClusterRoleSelectors() {
		if (clusterRoleSelectors == null) {
			clusterRoleSelectors = new EObjectContainmentEList<LabelSelector>(LabelSelector.class, this, RbacV1Package.AGGREGATION_RULE__CLUSTER_ROLE_SELECTORS);
		}
		return clusterRoleSelectors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RbacV1Package.AGGREGATION_RULE__CLUSTER_ROLE_SELECTORS:
				return ((InternalEList<?>)getClusterRoleSelectors()).basicRemove(otherEnd, msgs);
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
			case RbacV1Package.AGGREGATION_RULE__CLUSTER_ROLE_SELECTORS:
				return getClusterRoleSelectors();
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
			case RbacV1Package.AGGREGATION_RULE__CLUSTER_ROLE_SELECTORS:
				getClusterRoleSelectors().clear();
				getClusterRoleSelectors().addAll((Collection<? extends LabelSelector>)newValue);
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
			case RbacV1Package.AGGREGATION_RULE__CLUSTER_ROLE_SELECTORS:
				getClusterRoleSelectors().clear();
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
			case RbacV1Package.AGGREGATION_RULE__CLUSTER_ROLE_SELECTORS:
				return clusterRoleSelectors != null && !clusterRoleSelectors.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //AggregationRuleImpl
