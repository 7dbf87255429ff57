/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1beta1.impl;

import io.pilothouse.model.k8s.admissionregistration.v1beta1.AdmissionregistrationV1beta1Package;
import io.pilothouse.model.k8s.admissionregistration.v1beta1.ApplyConfiguration;
import io.pilothouse.model.k8s.admissionregistration.v1beta1.JSONPatch;
import io.pilothouse.model.k8s.admissionregistration.v1beta1.Mutation;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mutation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutationImpl#getApplyConfiguration <em>Apply Configuration</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutationImpl#getJsonPatch <em>Json Patch</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutationImpl#getPatchType <em>Patch Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MutationImpl extends MinimalEObjectImpl.Container implements Mutation {
	/**
	 * The cached value of the '{@link #getApplyConfiguration() <em>Apply Configuration</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplyConfiguration()
	 * @generated
	 * @ordered
	 */
	protected ApplyConfiguration applyConfiguration;

	/**
	 * The cached value of the '{@link #getJsonPatch() <em>Json Patch</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJsonPatch()
	 * @generated
	 * @ordered
	 */
	protected JSONPatch jsonPatch;

	/**
	 * The default value of the '{@link #getPatchType() <em>Patch Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatchType()
	 * @generated
	 * @ordered
	 */
	protected static final String PATCH_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPatchType() <em>Patch Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatchType()
	 * @generated
	 * @ordered
	 */
	protected String patchType = PATCH_TYPE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MutationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdmissionregistrationV1beta1Package.Literals.MUTATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApplyConfiguration getApplyConfiguration() {
		return applyConfiguration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetApplyConfiguration(ApplyConfiguration newApplyConfiguration, NotificationChain msgs) {
		ApplyConfiguration oldApplyConfiguration = applyConfiguration;
		applyConfiguration = newApplyConfiguration;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1beta1Package.MUTATION__APPLY_CONFIGURATION, oldApplyConfiguration, newApplyConfiguration);
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
	public void setApplyConfiguration(ApplyConfiguration newApplyConfiguration) {
		if (newApplyConfiguration != applyConfiguration) {
			NotificationChain msgs = null;
			if (applyConfiguration != null)
				msgs = ((InternalEObject)applyConfiguration).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1beta1Package.MUTATION__APPLY_CONFIGURATION, null, msgs);
			if (newApplyConfiguration != null)
				msgs = ((InternalEObject)newApplyConfiguration).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1beta1Package.MUTATION__APPLY_CONFIGURATION, null, msgs);
			msgs = basicSetApplyConfiguration(newApplyConfiguration, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1beta1Package.MUTATION__APPLY_CONFIGURATION, newApplyConfiguration, newApplyConfiguration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JSONPatch getJsonPatch() {
		return jsonPatch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetJsonPatch(JSONPatch newJsonPatch, NotificationChain msgs) {
		JSONPatch oldJsonPatch = jsonPatch;
		jsonPatch = newJsonPatch;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1beta1Package.MUTATION__JSON_PATCH, oldJsonPatch, newJsonPatch);
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
	public void setJsonPatch(JSONPatch newJsonPatch) {
		if (newJsonPatch != jsonPatch) {
			NotificationChain msgs = null;
			if (jsonPatch != null)
				msgs = ((InternalEObject)jsonPatch).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1beta1Package.MUTATION__JSON_PATCH, null, msgs);
			if (newJsonPatch != null)
				msgs = ((InternalEObject)newJsonPatch).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1beta1Package.MUTATION__JSON_PATCH, null, msgs);
			msgs = basicSetJsonPatch(newJsonPatch, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1beta1Package.MUTATION__JSON_PATCH, newJsonPatch, newJsonPatch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPatchType() {
		return patchType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatchType(String newPatchType) {
		String oldPatchType = patchType;
		patchType = newPatchType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1beta1Package.MUTATION__PATCH_TYPE, oldPatchType, patchType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AdmissionregistrationV1beta1Package.MUTATION__APPLY_CONFIGURATION:
				return basicSetApplyConfiguration(null, msgs);
			case AdmissionregistrationV1beta1Package.MUTATION__JSON_PATCH:
				return basicSetJsonPatch(null, msgs);
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
			case AdmissionregistrationV1beta1Package.MUTATION__APPLY_CONFIGURATION:
				return getApplyConfiguration();
			case AdmissionregistrationV1beta1Package.MUTATION__JSON_PATCH:
				return getJsonPatch();
			case AdmissionregistrationV1beta1Package.MUTATION__PATCH_TYPE:
				return getPatchType();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AdmissionregistrationV1beta1Package.MUTATION__APPLY_CONFIGURATION:
				setApplyConfiguration((ApplyConfiguration)newValue);
				return;
			case AdmissionregistrationV1beta1Package.MUTATION__JSON_PATCH:
				setJsonPatch((JSONPatch)newValue);
				return;
			case AdmissionregistrationV1beta1Package.MUTATION__PATCH_TYPE:
				setPatchType((String)newValue);
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
			case AdmissionregistrationV1beta1Package.MUTATION__APPLY_CONFIGURATION:
				setApplyConfiguration((ApplyConfiguration)null);
				return;
			case AdmissionregistrationV1beta1Package.MUTATION__JSON_PATCH:
				setJsonPatch((JSONPatch)null);
				return;
			case AdmissionregistrationV1beta1Package.MUTATION__PATCH_TYPE:
				setPatchType(PATCH_TYPE_EDEFAULT);
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
			case AdmissionregistrationV1beta1Package.MUTATION__APPLY_CONFIGURATION:
				return applyConfiguration != null;
			case AdmissionregistrationV1beta1Package.MUTATION__JSON_PATCH:
				return jsonPatch != null;
			case AdmissionregistrationV1beta1Package.MUTATION__PATCH_TYPE:
				return PATCH_TYPE_EDEFAULT == null ? patchType != null : !PATCH_TYPE_EDEFAULT.equals(patchType);
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
		result.append(" (patchType: ");
		result.append(patchType);
		result.append(')');
		return result.toString();
	}

} //MutationImpl
