/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Object Field Selector</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ObjectFieldSelector#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ObjectFieldSelector#getFieldPath <em>Field Path</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getObjectFieldSelector()
 * @generated
 */
public interface ObjectFieldSelector extends EObject {
	/**
	 * Returns the value of the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Api Version</em>' attribute.
	 * @see #setApiVersion(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getObjectFieldSelector_ApiVersion()
	 * @generated
	 */
	String getApiVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ObjectFieldSelector#getApiVersion <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Api Version</em>' attribute.
	 * @see #getApiVersion()
	 * @generated
	 */
	void setApiVersion(String value);

	/**
	 * Returns the value of the '<em><b>Field Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field Path</em>' attribute.
	 * @see #setFieldPath(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getObjectFieldSelector_FieldPath()
	 * @generated
	 */
	String getFieldPath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ObjectFieldSelector#getFieldPath <em>Field Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field Path</em>' attribute.
	 * @see #getFieldPath()
	 * @generated
	 */
	void setFieldPath(String value);

} // ObjectFieldSelector
