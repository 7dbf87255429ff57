/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1beta1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mutation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.Mutation#getApplyConfiguration <em>Apply Configuration</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.Mutation#getJsonPatch <em>Json Patch</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.Mutation#getPatchType <em>Patch Type</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.AdmissionregistrationV1beta1Package#getMutation()
 * @generated
 */
public interface Mutation extends EObject {
	/**
	 * Returns the value of the '<em><b>Apply Configuration</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Apply Configuration</em>' containment reference.
	 * @see #setApplyConfiguration(ApplyConfiguration)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.AdmissionregistrationV1beta1Package#getMutation_ApplyConfiguration()
	 * @generated
	 */
	ApplyConfiguration getApplyConfiguration();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.Mutation#getApplyConfiguration <em>Apply Configuration</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Apply Configuration</em>' containment reference.
	 * @see #getApplyConfiguration()
	 * @generated
	 */
	void setApplyConfiguration(ApplyConfiguration value);

	/**
	 * Returns the value of the '<em><b>Json Patch</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Json Patch</em>' containment reference.
	 * @see #setJsonPatch(JSONPatch)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.AdmissionregistrationV1beta1Package#getMutation_JsonPatch()
	 * @generated
	 */
	JSONPatch getJsonPatch();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.Mutation#getJsonPatch <em>Json Patch</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Json Patch</em>' containment reference.
	 * @see #getJsonPatch()
	 * @generated
	 */
	void setJsonPatch(JSONPatch value);

	/**
	 * Returns the value of the '<em><b>Patch Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Patch Type</em>' attribute.
	 * @see #setPatchType(String)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.AdmissionregistrationV1beta1Package#getMutation_PatchType()
	 * @generated
	 */
	String getPatchType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.Mutation#getPatchType <em>Patch Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patch Type</em>' attribute.
	 * @see #getPatchType()
	 * @generated
	 */
	void setPatchType(String value);

} // Mutation
