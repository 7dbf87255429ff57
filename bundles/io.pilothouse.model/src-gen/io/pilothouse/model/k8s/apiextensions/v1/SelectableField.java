/**
 */
package io.pilothouse.model.k8s.apiextensions.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Selectable Field</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.SelectableField#getJsonPath <em>Json Path</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getSelectableField()
 * @generated
 */
public interface SelectableField extends EObject {
	/**
	 * Returns the value of the '<em><b>Json Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Json Path</em>' attribute.
	 * @see #setJsonPath(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getSelectableField_JsonPath()
	 * @generated
	 */
	String getJsonPath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.SelectableField#getJsonPath <em>Json Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Json Path</em>' attribute.
	 * @see #getJsonPath()
	 * @generated
	 */
	void setJsonPath(String value);

} // SelectableField
