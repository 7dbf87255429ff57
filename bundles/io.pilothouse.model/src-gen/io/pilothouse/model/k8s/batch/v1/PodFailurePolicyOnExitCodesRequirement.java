/**
 */
package io.pilothouse.model.k8s.batch.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pod Failure Policy On Exit Codes Requirement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.PodFailurePolicyOnExitCodesRequirement#getContainerName <em>Container Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.PodFailurePolicyOnExitCodesRequirement#getOperator <em>Operator</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.PodFailurePolicyOnExitCodesRequirement#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getPodFailurePolicyOnExitCodesRequirement()
 * @generated
 */
public interface PodFailurePolicyOnExitCodesRequirement extends EObject {
	/**
	 * Returns the value of the '<em><b>Container Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Container Name</em>' attribute.
	 * @see #setContainerName(String)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getPodFailurePolicyOnExitCodesRequirement_ContainerName()
	 * @generated
	 */
	String getContainerName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.PodFailurePolicyOnExitCodesRequirement#getContainerName <em>Container Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Container Name</em>' attribute.
	 * @see #getContainerName()
	 * @generated
	 */
	void setContainerName(String value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see #setOperator(String)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getPodFailurePolicyOnExitCodesRequirement_Operator()
	 * @generated
	 */
	String getOperator();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.PodFailurePolicyOnExitCodesRequirement#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(String value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' attribute list.
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getPodFailurePolicyOnExitCodesRequirement_Values()
	 * @generated
	 */
	EList<Integer> getValues();

} // PodFailurePolicyOnExitCodesRequirement
