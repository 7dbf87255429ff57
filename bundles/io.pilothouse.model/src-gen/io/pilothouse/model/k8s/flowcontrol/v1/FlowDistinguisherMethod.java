/**
 */
package io.pilothouse.model.k8s.flowcontrol.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flow Distinguisher Method</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowDistinguisherMethod#getType <em>Type</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getFlowDistinguisherMethod()
 * @generated
 */
public interface FlowDistinguisherMethod extends EObject {
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getFlowDistinguisherMethod_Type()
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.flowcontrol.v1.FlowDistinguisherMethod#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

} // FlowDistinguisherMethod
