/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Key To Path</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.KeyToPath#getKey <em>Key</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.KeyToPath#getMode <em>Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.KeyToPath#getPath <em>Path</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getKeyToPath()
 * @generated
 */
public interface KeyToPath extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getKeyToPath_Key()
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.KeyToPath#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see #setMode(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getKeyToPath_Mode()
	 * @generated
	 */
	Integer getMode();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.KeyToPath#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see #getMode()
	 * @generated
	 */
	void setMode(Integer value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getKeyToPath_Path()
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.KeyToPath#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

} // KeyToPath
