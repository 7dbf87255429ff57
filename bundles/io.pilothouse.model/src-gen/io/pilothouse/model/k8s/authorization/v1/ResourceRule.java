/**
 */
package io.pilothouse.model.k8s.authorization.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resource Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.ResourceRule#getApiGroups <em>Api Groups</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.ResourceRule#getResourceNames <em>Resource Names</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.ResourceRule#getResources <em>Resources</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.ResourceRule#getVerbs <em>Verbs</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getResourceRule()
 * @generated
 */
public interface ResourceRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Api Groups</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Api Groups</em>' attribute list.
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getResourceRule_ApiGroups()
	 * @generated
	 */
	EList<String> getApiGroups();

	/**
	 * Returns the value of the '<em><b>Resource Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Names</em>' attribute list.
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getResourceRule_ResourceNames()
	 * @generated
	 */
	EList<String> getResourceNames();

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resources</em>' attribute list.
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getResourceRule_Resources()
	 * @generated
	 */
	EList<String> getResources();

	/**
	 * Returns the value of the '<em><b>Verbs</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verbs</em>' attribute list.
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getResourceRule_Verbs()
	 * @generated
	 */
	EList<String> getVerbs();

} // ResourceRule
