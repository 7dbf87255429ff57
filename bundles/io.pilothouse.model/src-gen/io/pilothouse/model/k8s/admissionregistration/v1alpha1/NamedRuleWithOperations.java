/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1alpha1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Named Rule With Operations</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.NamedRuleWithOperations#getApiGroups <em>Api Groups</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.NamedRuleWithOperations#getApiVersions <em>Api Versions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.NamedRuleWithOperations#getOperations <em>Operations</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.NamedRuleWithOperations#getResourceNames <em>Resource Names</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.NamedRuleWithOperations#getResources <em>Resources</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.NamedRuleWithOperations#getScope <em>Scope</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.admissionregistration.v1alpha1.AdmissionregistrationV1alpha1Package#getNamedRuleWithOperations()
 * @generated
 */
public interface NamedRuleWithOperations extends EObject {
	/**
	 * Returns the value of the '<em><b>Api Groups</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Api Groups</em>' attribute list.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1alpha1.AdmissionregistrationV1alpha1Package#getNamedRuleWithOperations_ApiGroups()
	 * @generated
	 */
	EList<String> getApiGroups();

	/**
	 * Returns the value of the '<em><b>Api Versions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Api Versions</em>' attribute list.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1alpha1.AdmissionregistrationV1alpha1Package#getNamedRuleWithOperations_ApiVersions()
	 * @generated
	 */
	EList<String> getApiVersions();

	/**
	 * Returns the value of the '<em><b>Operations</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operations</em>' attribute list.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1alpha1.AdmissionregistrationV1alpha1Package#getNamedRuleWithOperations_Operations()
	 * @generated
	 */
	EList<String> getOperations();

	/**
	 * Returns the value of the '<em><b>Resource Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Names</em>' attribute list.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1alpha1.AdmissionregistrationV1alpha1Package#getNamedRuleWithOperations_ResourceNames()
	 * @generated
	 */
	EList<String> getResourceNames();

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resources</em>' attribute list.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1alpha1.AdmissionregistrationV1alpha1Package#getNamedRuleWithOperations_Resources()
	 * @generated
	 */
	EList<String> getResources();

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see #setScope(String)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1alpha1.AdmissionregistrationV1alpha1Package#getNamedRuleWithOperations_Scope()
	 * @generated
	 */
	String getScope();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.NamedRuleWithOperations#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(String value);

} // NamedRuleWithOperations
