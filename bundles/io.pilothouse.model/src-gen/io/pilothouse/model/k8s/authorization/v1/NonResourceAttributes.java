/**
 */
package io.pilothouse.model.k8s.authorization.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Non Resource Attributes</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.NonResourceAttributes#getPath <em>Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.NonResourceAttributes#getVerb <em>Verb</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getNonResourceAttributes()
 * @generated
 */
public interface NonResourceAttributes extends EObject {
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getNonResourceAttributes_Path()
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.NonResourceAttributes#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Verb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verb</em>' attribute.
	 * @see #setVerb(String)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getNonResourceAttributes_Verb()
	 * @generated
	 */
	String getVerb();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.NonResourceAttributes#getVerb <em>Verb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verb</em>' attribute.
	 * @see #getVerb()
	 * @generated
	 */
	void setVerb(String value);

} // NonResourceAttributes
