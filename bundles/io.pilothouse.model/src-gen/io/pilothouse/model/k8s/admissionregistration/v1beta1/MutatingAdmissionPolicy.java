/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1beta1;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mutating Admission Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicy#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicy#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicy#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicy#getSpec <em>Spec</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.AdmissionregistrationV1beta1Package#getMutatingAdmissionPolicy()
 * @generated
 */
public interface MutatingAdmissionPolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Api Version</em>' attribute.
	 * @see #setApiVersion(String)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.AdmissionregistrationV1beta1Package#getMutatingAdmissionPolicy_ApiVersion()
	 * @generated
	 */
	String getApiVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicy#getApiVersion <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Api Version</em>' attribute.
	 * @see #getApiVersion()
	 * @generated
	 */
	void setApiVersion(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.AdmissionregistrationV1beta1Package#getMutatingAdmissionPolicy_Kind()
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicy#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metadata</em>' containment reference.
	 * @see #setMetadata(ObjectMeta)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.AdmissionregistrationV1beta1Package#getMutatingAdmissionPolicy_Metadata()
	 * @generated
	 */
	ObjectMeta getMetadata();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicy#getMetadata <em>Metadata</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metadata</em>' containment reference.
	 * @see #getMetadata()
	 * @generated
	 */
	void setMetadata(ObjectMeta value);

	/**
	 * Returns the value of the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Spec</em>' containment reference.
	 * @see #setSpec(MutatingAdmissionPolicySpec)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1beta1.AdmissionregistrationV1beta1Package#getMutatingAdmissionPolicy_Spec()
	 * @generated
	 */
	MutatingAdmissionPolicySpec getSpec();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.MutatingAdmissionPolicy#getSpec <em>Spec</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spec</em>' containment reference.
	 * @see #getSpec()
	 * @generated
	 */
	void setSpec(MutatingAdmissionPolicySpec value);

} // MutatingAdmissionPolicy
