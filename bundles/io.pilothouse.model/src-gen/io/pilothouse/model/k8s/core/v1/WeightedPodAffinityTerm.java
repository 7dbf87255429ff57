/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Weighted Pod Affinity Term</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.WeightedPodAffinityTerm#getPodAffinityTerm <em>Pod Affinity Term</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.WeightedPodAffinityTerm#getWeight <em>Weight</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getWeightedPodAffinityTerm()
 * @generated
 */
public interface WeightedPodAffinityTerm extends EObject {
	/**
	 * Returns the value of the '<em><b>Pod Affinity Term</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pod Affinity Term</em>' containment reference.
	 * @see #setPodAffinityTerm(PodAffinityTerm)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getWeightedPodAffinityTerm_PodAffinityTerm()
	 * @generated
	 */
	PodAffinityTerm getPodAffinityTerm();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.WeightedPodAffinityTerm#getPodAffinityTerm <em>Pod Affinity Term</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pod Affinity Term</em>' containment reference.
	 * @see #getPodAffinityTerm()
	 * @generated
	 */
	void setPodAffinityTerm(PodAffinityTerm value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getWeightedPodAffinityTerm_Weight()
	 * @generated
	 */
	Integer getWeight();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.WeightedPodAffinityTerm#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(Integer value);

} // WeightedPodAffinityTerm
