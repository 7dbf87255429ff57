/**
 */
package io.pilothouse.model.k8s.policy.v1;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import io.pilothouse.model.types.IntOrString;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pod Disruption Budget Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetSpec#getMaxUnavailable <em>Max Unavailable</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetSpec#getMinAvailable <em>Min Available</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetSpec#getSelector <em>Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetSpec#getUnhealthyPodEvictionPolicy <em>Unhealthy Pod Eviction Policy</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.policy.v1.PolicyV1Package#getPodDisruptionBudgetSpec()
 * @generated
 */
public interface PodDisruptionBudgetSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Max Unavailable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Unavailable</em>' attribute.
	 * @see #setMaxUnavailable(IntOrString)
	 * @see io.pilothouse.model.k8s.policy.v1.PolicyV1Package#getPodDisruptionBudgetSpec_MaxUnavailable()
	 * @generated
	 */
	IntOrString getMaxUnavailable();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetSpec#getMaxUnavailable <em>Max Unavailable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Unavailable</em>' attribute.
	 * @see #getMaxUnavailable()
	 * @generated
	 */
	void setMaxUnavailable(IntOrString value);

	/**
	 * Returns the value of the '<em><b>Min Available</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Available</em>' attribute.
	 * @see #setMinAvailable(IntOrString)
	 * @see io.pilothouse.model.k8s.policy.v1.PolicyV1Package#getPodDisruptionBudgetSpec_MinAvailable()
	 * @generated
	 */
	IntOrString getMinAvailable();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetSpec#getMinAvailable <em>Min Available</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Available</em>' attribute.
	 * @see #getMinAvailable()
	 * @generated
	 */
	void setMinAvailable(IntOrString value);

	/**
	 * Returns the value of the '<em><b>Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Selector</em>' containment reference.
	 * @see #setSelector(LabelSelector)
	 * @see io.pilothouse.model.k8s.policy.v1.PolicyV1Package#getPodDisruptionBudgetSpec_Selector()
	 * @generated
	 */
	LabelSelector getSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetSpec#getSelector <em>Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Selector</em>' containment reference.
	 * @see #getSelector()
	 * @generated
	 */
	void setSelector(LabelSelector value);

	/**
	 * Returns the value of the '<em><b>Unhealthy Pod Eviction Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unhealthy Pod Eviction Policy</em>' attribute.
	 * @see #setUnhealthyPodEvictionPolicy(String)
	 * @see io.pilothouse.model.k8s.policy.v1.PolicyV1Package#getPodDisruptionBudgetSpec_UnhealthyPodEvictionPolicy()
	 * @generated
	 */
	String getUnhealthyPodEvictionPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetSpec#getUnhealthyPodEvictionPolicy <em>Unhealthy Pod Eviction Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unhealthy Pod Eviction Policy</em>' attribute.
	 * @see #getUnhealthyPodEvictionPolicy()
	 * @generated
	 */
	void setUnhealthyPodEvictionPolicy(String value);

} // PodDisruptionBudgetSpec
