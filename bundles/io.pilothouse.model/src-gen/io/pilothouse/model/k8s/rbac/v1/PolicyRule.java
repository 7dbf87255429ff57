/**
 */
package io.pilothouse.model.k8s.rbac.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Policy Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.rbac.v1.PolicyRule#getApiGroups <em>Api Groups</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.rbac.v1.PolicyRule#getNonResourceURLs <em>Non Resource UR Ls</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.rbac.v1.PolicyRule#getResourceNames <em>Resource Names</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.rbac.v1.PolicyRule#getResources <em>Resources</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.rbac.v1.PolicyRule#getVerbs <em>Verbs</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.rbac.v1.RbacV1Package#getPolicyRule()
 * @generated
 */
public interface PolicyRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Api Groups</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Api Groups</em>' attribute list.
	 * @see io.pilothouse.model.k8s.rbac.v1.RbacV1Package#getPolicyRule_ApiGroups()
	 * @generated
	 */
	EList<String> getApiGroups();

	/**
	 * Returns the value of the '<em><b>Non Resource UR Ls</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Non Resource UR Ls</em>' attribute list.
	 * @see io.pilothouse.model.k8s.rbac.v1.RbacV1Package#getPolicyRule_NonResourceURLs()
	 * @generated
	 */
	EList<String> getNonResourceURLs();

	/**
	 * Returns the value of the '<em><b>Resource Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Names</em>' attribute list.
	 * @see io.pilothouse.model.k8s.rbac.v1.RbacV1Package#getPolicyRule_ResourceNames()
	 * @generated
	 */
	EList<String> getResourceNames();

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resources</em>' attribute list.
	 * @see io.pilothouse.model.k8s.rbac.v1.RbacV1Package#getPolicyRule_Resources()
	 * @generated
	 */
	EList<String> getResources();

	/**
	 * Returns the value of the '<em><b>Verbs</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verbs</em>' attribute list.
	 * @see io.pilothouse.model.k8s.rbac.v1.RbacV1Package#getPolicyRule_Verbs()
	 * @generated
	 */
	EList<String> getVerbs();

} // PolicyRule
