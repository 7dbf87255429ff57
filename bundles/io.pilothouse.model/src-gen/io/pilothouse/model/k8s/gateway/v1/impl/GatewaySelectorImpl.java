/**
 */
package io.pilothouse.model.k8s.gateway.v1.impl;

import io.pilothouse.model.k8s.gateway.v1.GatewayMatchExpression;
import io.pilothouse.model.k8s.gateway.v1.GatewaySelector;
import io.pilothouse.model.k8s.gateway.v1.GatewayV1Package;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gateway Selector</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GatewaySelectorImpl#getMatchExpressions <em>Match Expressions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GatewaySelectorImpl#getMatchLabels <em>Match Labels</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GatewaySelectorImpl extends MinimalEObjectImpl.Container implements GatewaySelector {
	/**
	 * The cached value of the '{@link #getMatchExpressions() <em>Match Expressions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatchExpressions()
	 * @generated
	 * @ordered
	 */
	protected EList<GatewayMatchExpression> matchExpressions;

	/**
	 * The cached value of the '{@link #getMatchLabels() <em>Match Labels</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatchLabels()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> matchLabels;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GatewaySelectorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1Package.Literals.GATEWAY_SELECTOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GatewayMatchExpression> getMatchExpressions() {
		if (matchExpressions == null) {
			matchExpressions = new EObjectContainmentEList<GatewayMatchExpression>(GatewayMatchExpression.class, this, GatewayV1Package.GATEWAY_SELECTOR__MATCH_EXPRESSIONS);
		}
		return matchExpressions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getMatchLabels() {
		if (matchLabels == null) {
			matchLabels = new EcoreEMap<String,String>(GatewayV1Package.Literals.STRING_MAP_ENTRY, StringMapEntryImpl.class, this, GatewayV1Package.GATEWAY_SELECTOR__MATCH_LABELS);
		}
		return matchLabels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1Package.GATEWAY_SELECTOR__MATCH_EXPRESSIONS:
				return ((InternalEList<?>)getMatchExpressions()).basicRemove(otherEnd, msgs);
			case GatewayV1Package.GATEWAY_SELECTOR__MATCH_LABELS:
				return ((InternalEList<?>)getMatchLabels()).basicRemove(otherEnd, msgs);
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
			case GatewayV1Package.GATEWAY_SELECTOR__MATCH_EXPRESSIONS:
				return getMatchExpressions();
			case GatewayV1Package.GATEWAY_SELECTOR__MATCH_LABELS:
				if (coreType) return getMatchLabels();
				else return getMatchLabels().map();
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
			case GatewayV1Package.GATEWAY_SELECTOR__MATCH_EXPRESSIONS:
				getMatchExpressions().clear();
				getMatchExpressions().addAll((Collection<? extends GatewayMatchExpression>)newValue);
				return;
			case GatewayV1Package.GATEWAY_SELECTOR__MATCH_LABELS:
				((EStructuralFeature.Setting)getMatchLabels()).set(newValue);
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
			case GatewayV1Package.GATEWAY_SELECTOR__MATCH_EXPRESSIONS:
				getMatchExpressions().clear();
				return;
			case GatewayV1Package.GATEWAY_SELECTOR__MATCH_LABELS:
				getMatchLabels().clear();
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
			case GatewayV1Package.GATEWAY_SELECTOR__MATCH_EXPRESSIONS:
				return matchExpressions != null && !matchExpressions.isEmpty();
			case GatewayV1Package.GATEWAY_SELECTOR__MATCH_LABELS:
				return matchLabels != null && !matchLabels.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //GatewaySelectorImpl
