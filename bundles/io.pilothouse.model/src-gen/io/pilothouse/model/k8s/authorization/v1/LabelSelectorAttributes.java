/**
 */
package io.pilothouse.model.k8s.authorization.v1;

import io.pilothouse.model.k8s.meta.v1.LabelSelectorRequirement;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Label Selector Attributes</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.LabelSelectorAttributes#getRawSelector <em>Raw Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.LabelSelectorAttributes#getRequirements <em>Requirements</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getLabelSelectorAttributes()
 * @generated
 */
public interface LabelSelectorAttributes extends EObject {
	/**
	 * Returns the value of the '<em><b>Raw Selector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Raw Selector</em>' attribute.
	 * @see #setRawSelector(String)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getLabelSelectorAttributes_RawSelector()
	 * @generated
	 */
	String getRawSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.LabelSelectorAttributes#getRawSelector <em>Raw Selector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Raw Selector</em>' attribute.
	 * @see #getRawSelector()
	 * @generated
	 */
	void setRawSelector(String value);

	/**
	 * Returns the value of the '<em><b>Requirements</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.meta.v1.LabelSelectorRequirement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Requirements</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getLabelSelectorAttributes_Requirements()
	 * @generated
	 */
	EList<LabelSelectorRequirement> getRequirements();

} // LabelSelectorAttributes
