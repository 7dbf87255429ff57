/**
 */
package io.pilothouse.model.k8s.authorization.v1;

import io.pilothouse.model.k8s.meta.v1.FieldSelectorRequirement;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Field Selector Attributes</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.FieldSelectorAttributes#getRawSelector <em>Raw Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.FieldSelectorAttributes#getRequirements <em>Requirements</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getFieldSelectorAttributes()
 * @generated
 */
public interface FieldSelectorAttributes extends EObject {
	/**
	 * Returns the value of the '<em><b>Raw Selector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Raw Selector</em>' attribute.
	 * @see #setRawSelector(String)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getFieldSelectorAttributes_RawSelector()
	 * @generated
	 */
	String getRawSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.FieldSelectorAttributes#getRawSelector <em>Raw Selector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Raw Selector</em>' attribute.
	 * @see #getRawSelector()
	 * @generated
	 */
	void setRawSelector(String value);

	/**
	 * Returns the value of the '<em><b>Requirements</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.meta.v1.FieldSelectorRequirement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Requirements</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getFieldSelectorAttributes_Requirements()
	 * @generated
	 */
	EList<FieldSelectorRequirement> getRequirements();

} // FieldSelectorAttributes
