/**
 */
package io.pilothouse.model.k8s.policy.v1;

import io.pilothouse.model.k8s.meta.v1.Condition;

import io.pilothouse.model.types.Time;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pod Disruption Budget Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus#getCurrentHealthy <em>Current Healthy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus#getDesiredHealthy <em>Desired Healthy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus#getDisruptedPods <em>Disrupted Pods</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus#getDisruptionsAllowed <em>Disruptions Allowed</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus#getExpectedPods <em>Expected Pods</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus#getObservedGeneration <em>Observed Generation</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.policy.v1.PolicyV1Package#getPodDisruptionBudgetStatus()
 * @generated
 */
public interface PodDisruptionBudgetStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.meta.v1.Condition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.policy.v1.PolicyV1Package#getPodDisruptionBudgetStatus_Conditions()
	 * @generated
	 */
	EList<Condition> getConditions();

	/**
	 * Returns the value of the '<em><b>Current Healthy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Current Healthy</em>' attribute.
	 * @see #setCurrentHealthy(Integer)
	 * @see io.pilothouse.model.k8s.policy.v1.PolicyV1Package#getPodDisruptionBudgetStatus_CurrentHealthy()
	 * @generated
	 */
	Integer getCurrentHealthy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus#getCurrentHealthy <em>Current Healthy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Healthy</em>' attribute.
	 * @see #getCurrentHealthy()
	 * @generated
	 */
	void setCurrentHealthy(Integer value);

	/**
	 * Returns the value of the '<em><b>Desired Healthy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Desired Healthy</em>' attribute.
	 * @see #setDesiredHealthy(Integer)
	 * @see io.pilothouse.model.k8s.policy.v1.PolicyV1Package#getPodDisruptionBudgetStatus_DesiredHealthy()
	 * @generated
	 */
	Integer getDesiredHealthy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus#getDesiredHealthy <em>Desired Healthy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Desired Healthy</em>' attribute.
	 * @see #getDesiredHealthy()
	 * @generated
	 */
	void setDesiredHealthy(Integer value);

	/**
	 * Returns the value of the '<em><b>Disrupted Pods</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.types.Time},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disrupted Pods</em>' map.
	 * @see io.pilothouse.model.k8s.policy.v1.PolicyV1Package#getPodDisruptionBudgetStatus_DisruptedPods()
	 * @generated
	 */
	EMap<String, Time> getDisruptedPods();

	/**
	 * Returns the value of the '<em><b>Disruptions Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disruptions Allowed</em>' attribute.
	 * @see #setDisruptionsAllowed(Integer)
	 * @see io.pilothouse.model.k8s.policy.v1.PolicyV1Package#getPodDisruptionBudgetStatus_DisruptionsAllowed()
	 * @generated
	 */
	Integer getDisruptionsAllowed();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus#getDisruptionsAllowed <em>Disruptions Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disruptions Allowed</em>' attribute.
	 * @see #getDisruptionsAllowed()
	 * @generated
	 */
	void setDisruptionsAllowed(Integer value);

	/**
	 * Returns the value of the '<em><b>Expected Pods</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expected Pods</em>' attribute.
	 * @see #setExpectedPods(Integer)
	 * @see io.pilothouse.model.k8s.policy.v1.PolicyV1Package#getPodDisruptionBudgetStatus_ExpectedPods()
	 * @generated
	 */
	Integer getExpectedPods();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus#getExpectedPods <em>Expected Pods</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected Pods</em>' attribute.
	 * @see #getExpectedPods()
	 * @generated
	 */
	void setExpectedPods(Integer value);

	/**
	 * Returns the value of the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observed Generation</em>' attribute.
	 * @see #setObservedGeneration(Long)
	 * @see io.pilothouse.model.k8s.policy.v1.PolicyV1Package#getPodDisruptionBudgetStatus_ObservedGeneration()
	 * @generated
	 */
	Long getObservedGeneration();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus#getObservedGeneration <em>Observed Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observed Generation</em>' attribute.
	 * @see #getObservedGeneration()
	 * @generated
	 */
	void setObservedGeneration(Long value);

} // PodDisruptionBudgetStatus
