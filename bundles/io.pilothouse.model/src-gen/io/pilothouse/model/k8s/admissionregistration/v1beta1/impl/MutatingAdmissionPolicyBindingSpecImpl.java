/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1beta1.impl;

import io.pilothouse.model.k8s.admissionregistration.v1beta1.AdmissionregistrationV1beta1Package;
import io.pilothouse.model.k8s.admissionregistration.v1beta1.MatchResources;
import io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicyBindingSpec;
import io.pilothouse.model.k8s.admissionregistration.v1beta1.ParamRef;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mutating Admission Policy Binding Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicyBindingSpecImpl#getMatchResources <em>Match Resources</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicyBindingSpecImpl#getParamRef <em>Param Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.MutatingAdmissionPolicyBindingSpecImpl#getPolicyName <em>Policy Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MutatingAdmissionPolicyBindingSpecImpl extends MinimalEObjectImpl.Container implements MutatingAdmissionPolicyBindingSpec {
	/**
	 * The cached value of the '{@link #getMatchResources() <em>Match Resources</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatchResources()
	 * @generated
	 * @ordered
	 */
	protected MatchResources matchResources;

	/**
	 * The cached value of the '{@link #getParamRef() <em>Param Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParamRef()
	 * @generated
	 * @ordered
	 */
	protected ParamRef paramRef;

	/**
	 * The default value of the '{@link #getPolicyName() <em>Policy Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicyName()
	 * @generated
	 * @ordered
	 */
	protected static final String POLICY_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPolicyName() <em>Policy Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicyName()
	 * @generated
	 * @ordered
	 */
	protected String policyName = POLICY_NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MutatingAdmissionPolicyBindingSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdmissionregistrationV1beta1Package.Literals.MUTATING_ADMISSION_POLICY_BINDING_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MatchResources getMatchResources() {
		return matchResources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMatchResources(MatchResources newMatchResources, NotificationChain msgs) {
		MatchResources oldMatchResources = matchResources;
		matchResources = newMatchResources;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1beta1Package.MUTATING_ADMISSION_POLICY_BINDING_SPEC__MATCH_RESOURCES, oldMatchResources, newMatchResources);
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
	public void setMatchResources(MatchResources newMatchResources) {
		if (newMatchResources != matchResources) {
			NotificationChain msgs = null;
			if (matchResources != null)
				msgs = ((InternalEObject)matchResources).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1beta1Package.MUTATING_ADMISSION_POLICY_BINDING_SPEC__MATCH_RESOURCES, null, msgs);
			if (newMatchResources != null)
				msgs = ((InternalEObject)newMatchResources).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1beta1Package.MUTATING_ADMISSION_POLICY_BINDING_SPEC__MATCH_RESOURCES, null, msgs);
			msgs = basicSetMatchResources(newMatchResources, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1beta1Package.MUTATING_ADMISSION_POLICY_BINDING_SPEC__MATCH_RESOURCES, newMatchResources, newMatchResources));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParamRef getParamRef() {
		return paramRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParamRef(ParamRef newParamRef, NotificationChain msgs) {
		ParamRef oldParamRef = paramRef;
		paramRef = newParamRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1beta1Package.MUTATING_ADMISSION_POLICY_BINDING_SPEC__PARAM_REF, oldParamRef, newParamRef);
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
	public void setParamRef(ParamRef newParamRef) {
		if (newParamRef != paramRef) {
			NotificationChain msgs = null;
			if (paramRef != null)
				msgs = ((InternalEObject)paramRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1beta1Package.MUTATING_ADMISSION_POLICY_BINDING_SPEC__PARAM_REF, null, msgs);
			if (newParamRef != null)
				msgs = ((InternalEObject)newParamRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1beta1Package.MUTATING_ADMISSION_POLICY_BINDING_SPEC__PARAM_REF, null, msgs);
			msgs = basicSetParamRef(newParamRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1beta1Package.MUTATING_ADMISSION_POLICY_BINDING_SPEC__PARAM_REF, newParamRef, newParamRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPolicyName() {
		return policyName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolicyName(String newPolicyName) {
		String oldPolicyName = policyName;
		policyName = newPolicyName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1beta1Package.MUTATING_ADMISSION_POLICY_BINDING_SPEC__POLICY_NAME, oldPolicyName, policyName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AdmissionregistrationV1beta1Package.MUTATING_ADMISSION_POLICY_BINDING_SPEC__MATCH_RESOURCES:
				return basicSetMatchResources(null, msgs);
			case AdmissionregistrationV1beta1Package.MUTATING_ADMISSION_POLICY_BINDING_SPEC__PARAM_REF:
				return basicSetParamRef(null, msgs);
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
			case AdmissionregistrationV1beta1Package.MUTATING_ADMISSION_POLICY_BINDING_SPEC__MATCH_RESOURCES:
				return getMatchResources();
			case AdmissionregistrationV1beta1Package.MUTATING_ADMISSION_POLICY_BINDING_SPEC__PARAM_REF:
				return getParamRef();
			case AdmissionregistrationV1beta1Package.MUTATING_ADMISSION_POLICY_BINDING_SPEC__POLICY_NAME:
				return getPolicyName();
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
			case AdmissionregistrationV1beta1Package.MUTATING_ADMISSION_POLICY_BINDING_SPEC__MATCH_RESOURCES:
				setMatchResources((MatchResources)newValue);
				return;
			case AdmissionregistrationV1beta1Package.MUTATING_ADMISSION_POLICY_BINDING_SPEC__PARAM_REF:
				setParamRef((ParamRef)newValue);
				return;
			case AdmissionregistrationV1beta1Package.MUTATING_ADMISSION_POLICY_BINDING_SPEC__POLICY_NAME:
				setPolicyName((String)newValue);
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
			case AdmissionregistrationV1beta1Package.MUTATING_ADMISSION_POLICY_BINDING_SPEC__MATCH_RESOURCES:
				setMatchResources((MatchResources)null);
				return;
			case AdmissionregistrationV1beta1Package.MUTATING_ADMISSION_POLICY_BINDING_SPEC__PARAM_REF:
				setParamRef((ParamRef)null);
				return;
			case AdmissionregistrationV1beta1Package.MUTATING_ADMISSION_POLICY_BINDING_SPEC__POLICY_NAME:
				setPolicyName(POLICY_NAME_EDEFAULT);
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
			case AdmissionregistrationV1beta1Package.MUTATING_ADMISSION_POLICY_BINDING_SPEC__MATCH_RESOURCES:
				return matchResources != null;
			case AdmissionregistrationV1beta1Package.MUTATING_ADMISSION_POLICY_BINDING_SPEC__PARAM_REF:
				return paramRef != null;
			case AdmissionregistrationV1beta1Package.MUTATING_ADMISSION_POLICY_BINDING_SPEC__POLICY_NAME:
				return POLICY_NAME_EDEFAULT == null ? policyName != null : !POLICY_NAME_EDEFAULT.equals(policyName);
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
		result.append(" (policyName: ");
		result.append(policyName);
		result.append(')');
		return result.toString();
	}

} //MutatingAdmissionPolicyBindingSpecImpl
