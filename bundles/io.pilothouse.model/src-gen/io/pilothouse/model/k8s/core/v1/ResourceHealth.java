/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resource Health</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ResourceHealth#getHealth <em>Health</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ResourceHealth#getMessage <em>Message</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ResourceHealth#getResourceID <em>Resource ID</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getResourceHealth()
 * @generated
 */
public interface ResourceHealth extends EObject {
	/**
	 * Returns the value of the '<em><b>Health</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Health</em>' attribute.
	 * @see #setHealth(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getResourceHealth_Health()
	 * @generated
	 */
	String getHealth();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ResourceHealth#getHealth <em>Health</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Health</em>' attribute.
	 * @see #getHealth()
	 * @generated
	 */
	void setHealth(String value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getResourceHealth_Message()
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ResourceHealth#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Resource ID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource ID</em>' attribute.
	 * @see #setResourceID(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getResourceHealth_ResourceID()
	 * @generated
	 */
	String getResourceID();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ResourceHealth#getResourceID <em>Resource ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource ID</em>' attribute.
	 * @see #getResourceID()
	 * @generated
	 */
	void setResourceID(String value);

} // ResourceHealth
