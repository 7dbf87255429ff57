/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1;

import io.pilothouse.model.k8s.meta.v1.Condition;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Validating Admission Policy Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyStatus#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyStatus#getObservedGeneration <em>Observed Generation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyStatus#getTypeChecking <em>Type Checking</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getValidatingAdmissionPolicyStatus()
 * @generated
 */
public interface ValidatingAdmissionPolicyStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.meta.v1.Condition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getValidatingAdmissionPolicyStatus_Conditions()
	 * @generated
	 */
	EList<Condition> getConditions();

	/**
	 * Returns the value of the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observed Generation</em>' attribute.
	 * @see #setObservedGeneration(Long)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getValidatingAdmissionPolicyStatus_ObservedGeneration()
	 * @generated
	 */
	Long getObservedGeneration();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyStatus#getObservedGeneration <em>Observed Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observed Generation</em>' attribute.
	 * @see #getObservedGeneration()
	 * @generated
	 */
	void setObservedGeneration(Long value);

	/**
	 * Returns the value of the '<em><b>Type Checking</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type Checking</em>' containment reference.
	 * @see #setTypeChecking(TypeChecking)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getValidatingAdmissionPolicyStatus_TypeChecking()
	 * @generated
	 */
	TypeChecking getTypeChecking();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1.ValidatingAdmissionPolicyStatus#getTypeChecking <em>Type Checking</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type Checking</em>' containment reference.
	 * @see #getTypeChecking()
	 * @generated
	 */
	void setTypeChecking(TypeChecking value);

} // ValidatingAdmissionPolicyStatus
