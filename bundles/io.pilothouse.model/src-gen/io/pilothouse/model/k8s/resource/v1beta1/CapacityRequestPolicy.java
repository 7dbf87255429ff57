/**
 */
package io.pilothouse.model.k8s.resource.v1beta1;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Capacity Request Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.CapacityRequestPolicy#getDefault <em>Default</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.CapacityRequestPolicy#getValidRange <em>Valid Range</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.CapacityRequestPolicy#getValidValues <em>Valid Values</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getCapacityRequestPolicy()
 * @generated
 */
public interface CapacityRequestPolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Default</em>' attribute.
	 * @see #setDefault(Quantity)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getCapacityRequestPolicy_Default()
	 * @generated
	 */
	Quantity getDefault();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.CapacityRequestPolicy#getDefault <em>Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default</em>' attribute.
	 * @see #getDefault()
	 * @generated
	 */
	void setDefault(Quantity value);

	/**
	 * Returns the value of the '<em><b>Valid Range</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid Range</em>' containment reference.
	 * @see #setValidRange(CapacityRequestPolicyRange)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getCapacityRequestPolicy_ValidRange()
	 * @generated
	 */
	CapacityRequestPolicyRange getValidRange();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.CapacityRequestPolicy#getValidRange <em>Valid Range</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid Range</em>' containment reference.
	 * @see #getValidRange()
	 * @generated
	 */
	void setValidRange(CapacityRequestPolicyRange value);

	/**
	 * Returns the value of the '<em><b>Valid Values</b></em>' attribute list.
	 * The list contents are of type {@link io.pilothouse.model.types.Quantity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid Values</em>' attribute list.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getCapacityRequestPolicy_ValidValues()
	 * @generated
	 */
	EList<Quantity> getValidValues();

} // CapacityRequestPolicy
