/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Preferred Scheduling Term</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PreferredSchedulingTerm#getPreference <em>Preference</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PreferredSchedulingTerm#getWeight <em>Weight</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPreferredSchedulingTerm()
 * @generated
 */
public interface PreferredSchedulingTerm extends EObject {
	/**
	 * Returns the value of the '<em><b>Preference</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preference</em>' containment reference.
	 * @see #setPreference(NodeSelectorTerm)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPreferredSchedulingTerm_Preference()
	 * @generated
	 */
	NodeSelectorTerm getPreference();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PreferredSchedulingTerm#getPreference <em>Preference</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preference</em>' containment reference.
	 * @see #getPreference()
	 * @generated
	 */
	void setPreference(NodeSelectorTerm value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPreferredSchedulingTerm_Weight()
	 * @generated
	 */
	Integer getWeight();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PreferredSchedulingTerm#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(Integer value);

} // PreferredSchedulingTerm
