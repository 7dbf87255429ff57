/**
 */
package io.pilothouse.model.k8s.batch.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Success Policy Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.SuccessPolicyRule#getSucceededCount <em>Succeeded Count</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.SuccessPolicyRule#getSucceededIndexes <em>Succeeded Indexes</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getSuccessPolicyRule()
 * @generated
 */
public interface SuccessPolicyRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Succeeded Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Succeeded Count</em>' attribute.
	 * @see #setSucceededCount(Integer)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getSuccessPolicyRule_SucceededCount()
	 * @generated
	 */
	Integer getSucceededCount();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.SuccessPolicyRule#getSucceededCount <em>Succeeded Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Succeeded Count</em>' attribute.
	 * @see #getSucceededCount()
	 * @generated
	 */
	void setSucceededCount(Integer value);

	/**
	 * Returns the value of the '<em><b>Succeeded Indexes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Succeeded Indexes</em>' attribute.
	 * @see #setSucceededIndexes(String)
	 * @see io.pilothouse.model.k8s.batch.v1.BatchV1Package#getSuccessPolicyRule_SucceededIndexes()
	 * @generated
	 */
	String getSucceededIndexes();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.batch.v1.SuccessPolicyRule#getSucceededIndexes <em>Succeeded Indexes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Succeeded Indexes</em>' attribute.
	 * @see #getSucceededIndexes()
	 * @generated
	 */
	void setSucceededIndexes(String value);

} // SuccessPolicyRule
