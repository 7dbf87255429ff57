/**
 */
package io.pilothouse.model.k8s.flowcontrol.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Limited Priority Level Configuration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.LimitedPriorityLevelConfiguration#getBorrowingLimitPercent <em>Borrowing Limit Percent</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.LimitedPriorityLevelConfiguration#getLendablePercent <em>Lendable Percent</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.LimitedPriorityLevelConfiguration#getLimitResponse <em>Limit Response</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.LimitedPriorityLevelConfiguration#getNominalConcurrencyShares <em>Nominal Concurrency Shares</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getLimitedPriorityLevelConfiguration()
 * @generated
 */
public interface LimitedPriorityLevelConfiguration extends EObject {
	/**
	 * Returns the value of the '<em><b>Borrowing Limit Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Borrowing Limit Percent</em>' attribute.
	 * @see #setBorrowingLimitPercent(Integer)
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getLimitedPriorityLevelConfiguration_BorrowingLimitPercent()
	 * @generated
	 */
	Integer getBorrowingLimitPercent();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.flowcontrol.v1.LimitedPriorityLevelConfiguration#getBorrowingLimitPercent <em>Borrowing Limit Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Borrowing Limit Percent</em>' attribute.
	 * @see #getBorrowingLimitPercent()
	 * @generated
	 */
	void setBorrowingLimitPercent(Integer value);

	/**
	 * Returns the value of the '<em><b>Lendable Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lendable Percent</em>' attribute.
	 * @see #setLendablePercent(Integer)
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getLimitedPriorityLevelConfiguration_LendablePercent()
	 * @generated
	 */
	Integer getLendablePercent();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.flowcontrol.v1.LimitedPriorityLevelConfiguration#getLendablePercent <em>Lendable Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lendable Percent</em>' attribute.
	 * @see #getLendablePercent()
	 * @generated
	 */
	void setLendablePercent(Integer value);

	/**
	 * Returns the value of the '<em><b>Limit Response</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Limit Response</em>' containment reference.
	 * @see #setLimitResponse(LimitResponse)
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getLimitedPriorityLevelConfiguration_LimitResponse()
	 * @generated
	 */
	LimitResponse getLimitResponse();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.flowcontrol.v1.LimitedPriorityLevelConfiguration#getLimitResponse <em>Limit Response</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Limit Response</em>' containment reference.
	 * @see #getLimitResponse()
	 * @generated
	 */
	void setLimitResponse(LimitResponse value);

	/**
	 * Returns the value of the '<em><b>Nominal Concurrency Shares</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nominal Concurrency Shares</em>' attribute.
	 * @see #setNominalConcurrencyShares(Integer)
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getLimitedPriorityLevelConfiguration_NominalConcurrencyShares()
	 * @generated
	 */
	Integer getNominalConcurrencyShares();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.flowcontrol.v1.LimitedPriorityLevelConfiguration#getNominalConcurrencyShares <em>Nominal Concurrency Shares</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nominal Concurrency Shares</em>' attribute.
	 * @see #getNominalConcurrencyShares()
	 * @generated
	 */
	void setNominalConcurrencyShares(Integer value);

} // LimitedPriorityLevelConfiguration
