/**
 */
package io.pilothouse.model.k8s.flowcontrol.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Exempt Priority Level Configuration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.ExemptPriorityLevelConfiguration#getLendablePercent <em>Lendable Percent</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.ExemptPriorityLevelConfiguration#getNominalConcurrencyShares <em>Nominal Concurrency Shares</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getExemptPriorityLevelConfiguration()
 * @generated
 */
public interface ExemptPriorityLevelConfiguration extends EObject {
	/**
	 * Returns the value of the '<em><b>Lendable Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lendable Percent</em>' attribute.
	 * @see #setLendablePercent(Integer)
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getExemptPriorityLevelConfiguration_LendablePercent()
	 * @generated
	 */
	Integer getLendablePercent();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.flowcontrol.v1.ExemptPriorityLevelConfiguration#getLendablePercent <em>Lendable Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lendable Percent</em>' attribute.
	 * @see #getLendablePercent()
	 * @generated
	 */
	void setLendablePercent(Integer value);

	/**
	 * Returns the value of the '<em><b>Nominal Concurrency Shares</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nominal Concurrency Shares</em>' attribute.
	 * @see #setNominalConcurrencyShares(Integer)
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getExemptPriorityLevelConfiguration_NominalConcurrencyShares()
	 * @generated
	 */
	Integer getNominalConcurrencyShares();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.flowcontrol.v1.ExemptPriorityLevelConfiguration#getNominalConcurrencyShares <em>Nominal Concurrency Shares</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nominal Concurrency Shares</em>' attribute.
	 * @see #getNominalConcurrencyShares()
	 * @generated
	 */
	void setNominalConcurrencyShares(Integer value);

} // ExemptPriorityLevelConfiguration
