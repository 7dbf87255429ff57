/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1.impl;

import io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package;
import io.pilothouse.model.k8s.admissionregistration.v1.TypeChecking;
import io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyStatus;

import io.pilothouse.model.k8s.meta.v1.Condition;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Validating Admission Policy Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyStatusImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyStatusImpl#getObservedGeneration <em>Observed Generation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.ValidatingAdmissionPolicyStatusImpl#getTypeChecking <em>Type Checking</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ValidatingAdmissionPolicyStatusImpl extends MinimalEObjectImpl.Container implements ValidatingAdmissionPolicyStatus {
	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<Condition> conditions;

	/**
	 * The default value of the '{@link #getObservedGeneration() <em>Observed Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedGeneration()
	 * @generated
	 * @ordered
	 */
	protected static final Long OBSERVED_GENERATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObservedGeneration() <em>Observed Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedGeneration()
	 * @generated
	 * @ordered
	 */
	protected Long observedGeneration = OBSERVED_GENERATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTypeChecking() <em>Type Checking</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypeChecking()
	 * @generated
	 * @ordered
	 */
	protected TypeChecking typeChecking;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ValidatingAdmissionPolicyStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdmissionregistrationV1Package.Literals.VALIDATING_ADMISSION_POLICY_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Condition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<Condition>(Condition.class, this, AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_STATUS__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getObservedGeneration() {
		return observedGeneration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObservedGeneration(Long newObservedGeneration) {
		Long oldObservedGeneration = observedGeneration;
		observedGeneration = newObservedGeneration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_STATUS__OBSERVED_GENERATION, oldObservedGeneration, observedGeneration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TypeChecking getTypeChecking() {
		return typeChecking;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTypeChecking(TypeChecking newTypeChecking, NotificationChain msgs) {
		TypeChecking oldTypeChecking = typeChecking;
		typeChecking = newTypeChecking;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_STATUS__TYPE_CHECKING, oldTypeChecking, newTypeChecking);
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
	public void setTypeChecking(TypeChecking newTypeChecking) {
		if (newTypeChecking != typeChecking) {
			NotificationChain msgs = null;
			if (typeChecking != null)
				msgs = ((InternalEObject)typeChecking).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_STATUS__TYPE_CHECKING, null, msgs);
			if (newTypeChecking != null)
				msgs = ((InternalEObject)newTypeChecking).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_STATUS__TYPE_CHECKING, null, msgs);
			msgs = basicSetTypeChecking(newTypeChecking, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_STATUS__TYPE_CHECKING, newTypeChecking, newTypeChecking));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_STATUS__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_STATUS__TYPE_CHECKING:
				return basicSetTypeChecking(null, msgs);
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
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_STATUS__CONDITIONS:
				return getConditions();
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_STATUS__OBSERVED_GENERATION:
				return getObservedGeneration();
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_STATUS__TYPE_CHECKING:
				return getTypeChecking();
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
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_STATUS__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends Condition>)newValue);
				return;
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_STATUS__OBSERVED_GENERATION:
				setObservedGeneration((Long)newValue);
				return;
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_STATUS__TYPE_CHECKING:
				setTypeChecking((TypeChecking)newValue);
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
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_STATUS__CONDITIONS:
				getConditions().clear();
				return;
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_STATUS__OBSERVED_GENERATION:
				setObservedGeneration(OBSERVED_GENERATION_EDEFAULT);
				return;
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_STATUS__TYPE_CHECKING:
				setTypeChecking((TypeChecking)null);
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
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_STATUS__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_STATUS__OBSERVED_GENERATION:
				return OBSERVED_GENERATION_EDEFAULT == null ? observedGeneration != null : !OBSERVED_GENERATION_EDEFAULT.equals(observedGeneration);
			case AdmissionregistrationV1Package.VALIDATING_ADMISSION_POLICY_STATUS__TYPE_CHECKING:
				return typeChecking != null;
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
		result.append(" (observedGeneration: ");
		result.append(observedGeneration);
		result.append(')');
		return result.toString();
	}

} //ValidatingAdmissionPolicyStatusImpl
