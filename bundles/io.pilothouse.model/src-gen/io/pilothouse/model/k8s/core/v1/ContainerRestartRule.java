/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container Restart Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerRestartRule#getAction <em>Action</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerRestartRule#getExitCodes <em>Exit Codes</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerRestartRule()
 * @generated
 */
public interface ContainerRestartRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see #setAction(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerRestartRule_Action()
	 * @generated
	 */
	String getAction();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerRestartRule#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see #getAction()
	 * @generated
	 */
	void setAction(String value);

	/**
	 * Returns the value of the '<em><b>Exit Codes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exit Codes</em>' containment reference.
	 * @see #setExitCodes(ContainerRestartRuleOnExitCodes)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerRestartRule_ExitCodes()
	 * @generated
	 */
	ContainerRestartRuleOnExitCodes getExitCodes();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerRestartRule#getExitCodes <em>Exit Codes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exit Codes</em>' containment reference.
	 * @see #getExitCodes()
	 * @generated
	 */
	void setExitCodes(ContainerRestartRuleOnExitCodes value);

} // ContainerRestartRule
