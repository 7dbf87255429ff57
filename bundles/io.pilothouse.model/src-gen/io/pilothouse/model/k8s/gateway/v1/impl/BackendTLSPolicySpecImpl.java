/**
 */
package io.pilothouse.model.k8s.gateway.v1.impl;

import io.pilothouse.model.k8s.gateway.v1.BackendTLSPolicySpec;
import io.pilothouse.model.k8s.gateway.v1.BackendTLSPolicyTargetRef;
import io.pilothouse.model.k8s.gateway.v1.BackendTLSPolicyValidation;
import io.pilothouse.model.k8s.gateway.v1.GatewayV1Package;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Backend TLS Policy Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.BackendTLSPolicySpecImpl#getOptions <em>Options</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.BackendTLSPolicySpecImpl#getTargetRefs <em>Target Refs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.BackendTLSPolicySpecImpl#getValidation <em>Validation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BackendTLSPolicySpecImpl extends MinimalEObjectImpl.Container implements BackendTLSPolicySpec {
	/**
	 * The cached value of the '{@link #getOptions() <em>Options</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptions()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> options;

	/**
	 * The cached value of the '{@link #getTargetRefs() <em>Target Refs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetRefs()
	 * @generated
	 * @ordered
	 */
	protected EList<BackendTLSPolicyTargetRef> targetRefs;

	/**
	 * The cached value of the '{@link #getValidation() <em>Validation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidation()
	 * @generated
	 * @ordered
	 */
	protected BackendTLSPolicyValidation validation;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BackendTLSPolicySpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1Package.Literals.BACKEND_TLS_POLICY_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getOptions() {
		if (options == null) {
			options = new EcoreEMap<String,String>(GatewayV1Package.Literals.STRING_MAP_ENTRY, StringMapEntryImpl.class, this, GatewayV1Package.BACKEND_TLS_POLICY_SPEC__OPTIONS);
		}
		return options;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BackendTLSPolicyTargetRef> getTargetRefs() {
		if (targetRefs == null) {
			targetRefs = new EObjectContainmentEList<BackendTLSPolicyTargetRef>(BackendTLSPolicyTargetRef.class, this, GatewayV1Package.BACKEND_TLS_POLICY_SPEC__TARGET_REFS);
		}
		return targetRefs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BackendTLSPolicyValidation getValidation() {
		return validation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetValidation(BackendTLSPolicyValidation newValidation, NotificationChain msgs) {
		BackendTLSPolicyValidation oldValidation = validation;
		validation = newValidation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1Package.BACKEND_TLS_POLICY_SPEC__VALIDATION, oldValidation, newValidation);
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
	public void setValidation(BackendTLSPolicyValidation newValidation) {
		if (newValidation != validation) {
			NotificationChain msgs = null;
			if (validation != null)
				msgs = ((InternalEObject)validation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.BACKEND_TLS_POLICY_SPEC__VALIDATION, null, msgs);
			if (newValidation != null)
				msgs = ((InternalEObject)newValidation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.BACKEND_TLS_POLICY_SPEC__VALIDATION, null, msgs);
			msgs = basicSetValidation(newValidation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.BACKEND_TLS_POLICY_SPEC__VALIDATION, newValidation, newValidation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1Package.BACKEND_TLS_POLICY_SPEC__OPTIONS:
				return ((InternalEList<?>)getOptions()).basicRemove(otherEnd, msgs);
			case GatewayV1Package.BACKEND_TLS_POLICY_SPEC__TARGET_REFS:
				return ((InternalEList<?>)getTargetRefs()).basicRemove(otherEnd, msgs);
			case GatewayV1Package.BACKEND_TLS_POLICY_SPEC__VALIDATION:
				return basicSetValidation(null, msgs);
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
			case GatewayV1Package.BACKEND_TLS_POLICY_SPEC__OPTIONS:
				if (coreType) return getOptions();
				else return getOptions().map();
			case GatewayV1Package.BACKEND_TLS_POLICY_SPEC__TARGET_REFS:
				return getTargetRefs();
			case GatewayV1Package.BACKEND_TLS_POLICY_SPEC__VALIDATION:
				return getValidation();
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
			case GatewayV1Package.BACKEND_TLS_POLICY_SPEC__OPTIONS:
				((EStructuralFeature.Setting)getOptions()).set(newValue);
				return;
			case GatewayV1Package.BACKEND_TLS_POLICY_SPEC__TARGET_REFS:
				getTargetRefs().clear();
				getTargetRefs().addAll((Collection<? extends BackendTLSPolicyTargetRef>)newValue);
				return;
			case GatewayV1Package.BACKEND_TLS_POLICY_SPEC__VALIDATION:
				setValidation((BackendTLSPolicyValidation)newValue);
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
			case GatewayV1Package.BACKEND_TLS_POLICY_SPEC__OPTIONS:
				getOptions().clear();
				return;
			case GatewayV1Package.BACKEND_TLS_POLICY_SPEC__TARGET_REFS:
				getTargetRefs().clear();
				return;
			case GatewayV1Package.BACKEND_TLS_POLICY_SPEC__VALIDATION:
				setValidation((BackendTLSPolicyValidation)null);
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
			case GatewayV1Package.BACKEND_TLS_POLICY_SPEC__OPTIONS:
				return options != null && !options.isEmpty();
			case GatewayV1Package.BACKEND_TLS_POLICY_SPEC__TARGET_REFS:
				return targetRefs != null && !targetRefs.isEmpty();
			case GatewayV1Package.BACKEND_TLS_POLICY_SPEC__VALIDATION:
				return validation != null;
		}
		return super.eIsSet(featureID);
	}

} //BackendTLSPolicySpecImpl
