/**
 */
package io.pilothouse.model.k8s.authorization.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Non Resource Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.NonResourceRule#getNonResourceURLs <em>Non Resource UR Ls</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.NonResourceRule#getVerbs <em>Verbs</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getNonResourceRule()
 * @generated
 */
public interface NonResourceRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Non Resource UR Ls</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Non Resource UR Ls</em>' attribute list.
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getNonResourceRule_NonResourceURLs()
	 * @generated
	 */
	EList<String> getNonResourceURLs();

	/**
	 * Returns the value of the '<em><b>Verbs</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verbs</em>' attribute list.
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getNonResourceRule_Verbs()
	 * @generated
	 */
	EList<String> getVerbs();

} // NonResourceRule
