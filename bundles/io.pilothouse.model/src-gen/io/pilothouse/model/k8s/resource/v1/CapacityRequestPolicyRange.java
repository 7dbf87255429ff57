/**
 */
package io.pilothouse.model.k8s.resource.v1;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Capacity Request Policy Range</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.CapacityRequestPolicyRange#getMax <em>Max</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.CapacityRequestPolicyRange#getMin <em>Min</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.CapacityRequestPolicyRange#getStep <em>Step</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getCapacityRequestPolicyRange()
 * @generated
 */
public interface CapacityRequestPolicyRange extends EObject {
	/**
	 * Returns the value of the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max</em>' attribute.
	 * @see #setMax(Quantity)
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getCapacityRequestPolicyRange_Max()
	 * @generated
	 */
	Quantity getMax();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1.CapacityRequestPolicyRange#getMax <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max</em>' attribute.
	 * @see #getMax()
	 * @generated
	 */
	void setMax(Quantity value);

	/**
	 * Returns the value of the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min</em>' attribute.
	 * @see #setMin(Quantity)
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getCapacityRequestPolicyRange_Min()
	 * @generated
	 */
	Quantity getMin();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1.CapacityRequestPolicyRange#getMin <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min</em>' attribute.
	 * @see #getMin()
	 * @generated
	 */
	void setMin(Quantity value);

	/**
	 * Returns the value of the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step</em>' attribute.
	 * @see #setStep(Quantity)
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getCapacityRequestPolicyRange_Step()
	 * @generated
	 */
	Quantity getStep();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1.CapacityRequestPolicyRange#getStep <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' attribute.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(Quantity value);

} // CapacityRequestPolicyRange
