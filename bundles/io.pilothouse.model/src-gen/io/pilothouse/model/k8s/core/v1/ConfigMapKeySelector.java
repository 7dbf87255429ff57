/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Config Map Key Selector</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ConfigMapKeySelector#getKey <em>Key</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ConfigMapKeySelector#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ConfigMapKeySelector#getOptional <em>Optional</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getConfigMapKeySelector()
 * @generated
 */
public interface ConfigMapKeySelector extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getConfigMapKeySelector_Key()
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ConfigMapKeySelector#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getConfigMapKeySelector_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ConfigMapKeySelector#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Optional</em>' attribute.
	 * @see #setOptional(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getConfigMapKeySelector_Optional()
	 * @generated
	 */
	Boolean getOptional();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ConfigMapKeySelector#getOptional <em>Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optional</em>' attribute.
	 * @see #getOptional()
	 * @generated
	 */
	void setOptional(Boolean value);

} // ConfigMapKeySelector
