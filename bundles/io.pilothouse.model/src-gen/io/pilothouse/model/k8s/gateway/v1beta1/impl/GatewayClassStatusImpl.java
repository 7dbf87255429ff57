/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1.impl;

import io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassCondition;
import io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassStatus;
import io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassSupportedFeature;
import io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package;

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
 * An implementation of the model object '<em><b>Gateway Class Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayClassStatusImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayClassStatusImpl#getSupportedFeatures <em>Supported Features</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GatewayClassStatusImpl extends MinimalEObjectImpl.Container implements GatewayClassStatus {
	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<GatewayClassCondition> conditions;

	/**
	 * The cached value of the '{@link #getSupportedFeatures() <em>Supported Features</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportedFeatures()
	 * @generated
	 * @ordered
	 */
	protected EList<GatewayClassSupportedFeature> supportedFeatures;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GatewayClassStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1beta1Package.Literals.GATEWAY_CLASS_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GatewayClassCondition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<GatewayClassCondition>(GatewayClassCondition.class, this, GatewayV1beta1Package.GATEWAY_CLASS_STATUS__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GatewayClassSupportedFeature> getSupportedFeatures() {
		if (supportedFeatures == null) {
			supportedFeatures = new EObjectContainmentEList<GatewayClassSupportedFeature>(GatewayClassSupportedFeature.class, this, GatewayV1beta1Package.GATEWAY_CLASS_STATUS__SUPPORTED_FEATURES);
		}
		return supportedFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1beta1Package.GATEWAY_CLASS_STATUS__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
			case GatewayV1beta1Package.GATEWAY_CLASS_STATUS__SUPPORTED_FEATURES:
				return ((InternalEList<?>)getSupportedFeatures()).basicRemove(otherEnd, msgs);
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
			case GatewayV1beta1Package.GATEWAY_CLASS_STATUS__CONDITIONS:
				return getConditions();
			case GatewayV1beta1Package.GATEWAY_CLASS_STATUS__SUPPORTED_FEATURES:
				return getSupportedFeatures();
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
			case GatewayV1beta1Package.GATEWAY_CLASS_STATUS__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends GatewayClassCondition>)newValue);
				return;
			case GatewayV1beta1Package.GATEWAY_CLASS_STATUS__SUPPORTED_FEATURES:
				getSupportedFeatures().clear();
				getSupportedFeatures().addAll((Collection<? extends GatewayClassSupportedFeature>)newValue);
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
			case GatewayV1beta1Package.GATEWAY_CLASS_STATUS__CONDITIONS:
				getConditions().clear();
				return;
			case GatewayV1beta1Package.GATEWAY_CLASS_STATUS__SUPPORTED_FEATURES:
				getSupportedFeatures().clear();
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
			case GatewayV1beta1Package.GATEWAY_CLASS_STATUS__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case GatewayV1beta1Package.GATEWAY_CLASS_STATUS__SUPPORTED_FEATURES:
				return supportedFeatures != null && !supportedFeatures.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //GatewayClassStatusImpl
