/**
 */
package io.pilothouse.model.k8s.flowcontrol.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Priority Level Configuration Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationSpec#getExempt <em>Exempt</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationSpec#getLimited <em>Limited</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationSpec#getType <em>Type</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getPriorityLevelConfigurationSpec()
 * @generated
 */
public interface PriorityLevelConfigurationSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Exempt</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exempt</em>' containment reference.
	 * @see #setExempt(ExemptPriorityLevelConfiguration)
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getPriorityLevelConfigurationSpec_Exempt()
	 * @generated
	 */
	ExemptPriorityLevelConfiguration getExempt();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationSpec#getExempt <em>Exempt</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exempt</em>' containment reference.
	 * @see #getExempt()
	 * @generated
	 */
	void setExempt(ExemptPriorityLevelConfiguration value);

	/**
	 * Returns the value of the '<em><b>Limited</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Limited</em>' containment reference.
	 * @see #setLimited(LimitedPriorityLevelConfiguration)
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getPriorityLevelConfigurationSpec_Limited()
	 * @generated
	 */
	LimitedPriorityLevelConfiguration getLimited();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationSpec#getLimited <em>Limited</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Limited</em>' containment reference.
	 * @see #getLimited()
	 * @generated
	 */
	void setLimited(LimitedPriorityLevelConfiguration value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getPriorityLevelConfigurationSpec_Type()
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationSpec#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

} // PriorityLevelConfigurationSpec
