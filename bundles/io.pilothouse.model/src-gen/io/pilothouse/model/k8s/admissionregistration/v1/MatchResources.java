/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Match Resources</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.MatchResources#getExcludeResourceRules <em>Exclude Resource Rules</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.MatchResources#getMatchPolicy <em>Match Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.MatchResources#getNamespaceSelector <em>Namespace Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.MatchResources#getObjectSelector <em>Object Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.MatchResources#getResourceRules <em>Resource Rules</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getMatchResources()
 * @generated
 */
public interface MatchResources extends EObject {
	/**
	 * Returns the value of the '<em><b>Exclude Resource Rules</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.admissionregistration.v1.NamedRuleWithOperations}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exclude Resource Rules</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getMatchResources_ExcludeResourceRules()
	 * @generated
	 */
	EList<NamedRuleWithOperations> getExcludeResourceRules();

	/**
	 * Returns the value of the '<em><b>Match Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Match Policy</em>' attribute.
	 * @see #setMatchPolicy(String)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getMatchResources_MatchPolicy()
	 * @generated
	 */
	String getMatchPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1.MatchResources#getMatchPolicy <em>Match Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Match Policy</em>' attribute.
	 * @see #getMatchPolicy()
	 * @generated
	 */
	void setMatchPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Namespace Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Namespace Selector</em>' containment reference.
	 * @see #setNamespaceSelector(LabelSelector)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getMatchResources_NamespaceSelector()
	 * @generated
	 */
	LabelSelector getNamespaceSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1.MatchResources#getNamespaceSelector <em>Namespace Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Namespace Selector</em>' containment reference.
	 * @see #getNamespaceSelector()
	 * @generated
	 */
	void setNamespaceSelector(LabelSelector value);

	/**
	 * Returns the value of the '<em><b>Object Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Object Selector</em>' containment reference.
	 * @see #setObjectSelector(LabelSelector)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getMatchResources_ObjectSelector()
	 * @generated
	 */
	LabelSelector getObjectSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1.MatchResources#getObjectSelector <em>Object Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Object Selector</em>' containment reference.
	 * @see #getObjectSelector()
	 * @generated
	 */
	void setObjectSelector(LabelSelector value);

	/**
	 * Returns the value of the '<em><b>Resource Rules</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.admissionregistration.v1.NamedRuleWithOperations}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Rules</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getMatchResources_ResourceRules()
	 * @generated
	 */
	EList<NamedRuleWithOperations> getResourceRules();

} // MatchResources
