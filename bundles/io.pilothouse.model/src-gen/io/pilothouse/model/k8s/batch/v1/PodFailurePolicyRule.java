/**
 */
package io.pilothouse.model.k8s.batch.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pod Failure Policy Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.PodFailurePolicyRule#getAction <em>Action</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.PodFailurePolicyRule#getOnExitCodes <em>On Exit Codes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.PodFailurePolicyRule#getOnPodConditions <em>On Pod Conditions</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getPodFailurePolicyRule()
 * @generated
 */
public interface PodFailurePolicyRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see #setAction(String)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getPodFailurePolicyRule_Action()
	 * @generated
	 */
	String getAction();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.PodFailurePolicyRule#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see #getAction()
	 * @generated
	 */
	void setAction(String value);

	/**
	 * Returns the value of the '<em><b>On Exit Codes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>On Exit Codes</em>' containment reference.
	 * @see #setOnExitCodes(PodFailurePolicyOnExitCodesRequirement)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getPodFailurePolicyRule_OnExitCodes()
	 * @generated
	 */
	PodFailurePolicyOnExitCodesRequirement getOnExitCodes();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.PodFailurePolicyRule#getOnExitCodes <em>On Exit Codes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>On Exit Codes</em>' containment reference.
	 * @see #getOnExitCodes()
	 * @generated
	 */
	void setOnExitCodes(PodFailurePolicyOnExitCodesRequirement value);

	/**
	 * Returns the value of the '<em><b>On Pod Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.batch.v1.PodFailurePolicyOnPodConditionsPattern}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>On Pod Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getPodFailurePolicyRule_OnPodConditions()
	 * @generated
	 */
	EList<PodFailurePolicyOnPodConditionsPattern> getOnPodConditions();

} // PodFailurePolicyRule
