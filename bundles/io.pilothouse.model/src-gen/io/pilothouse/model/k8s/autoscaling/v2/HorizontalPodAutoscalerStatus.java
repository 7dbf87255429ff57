/**
 */
package io.pilothouse.model.k8s.autoscaling.v2;

import io.pilothouse.model.types.Time;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Horizontal Pod Autoscaler Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus#getCurrentMetrics <em>Current Metrics</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus#getCurrentReplicas <em>Current Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus#getDesiredReplicas <em>Desired Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus#getLastScaleTime <em>Last Scale Time</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus#getObservedGeneration <em>Observed Generation</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getHorizontalPodAutoscalerStatus()
 * @generated
 */
public interface HorizontalPodAutoscalerStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getHorizontalPodAutoscalerStatus_Conditions()
	 * @generated
	 */
	EList<HorizontalPodAutoscalerCondition> getConditions();

	/**
	 * Returns the value of the '<em><b>Current Metrics</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.autoscaling.v2.MetricStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Current Metrics</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getHorizontalPodAutoscalerStatus_CurrentMetrics()
	 * @generated
	 */
	EList<MetricStatus> getCurrentMetrics();

	/**
	 * Returns the value of the '<em><b>Current Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Current Replicas</em>' attribute.
	 * @see #setCurrentReplicas(Integer)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getHorizontalPodAutoscalerStatus_CurrentReplicas()
	 * @generated
	 */
	Integer getCurrentReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus#getCurrentReplicas <em>Current Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Replicas</em>' attribute.
	 * @see #getCurrentReplicas()
	 * @generated
	 */
	void setCurrentReplicas(Integer value);

	/**
	 * Returns the value of the '<em><b>Desired Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Desired Replicas</em>' attribute.
	 * @see #setDesiredReplicas(Integer)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getHorizontalPodAutoscalerStatus_DesiredReplicas()
	 * @generated
	 */
	Integer getDesiredReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus#getDesiredReplicas <em>Desired Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Desired Replicas</em>' attribute.
	 * @see #getDesiredReplicas()
	 * @generated
	 */
	void setDesiredReplicas(Integer value);

	/**
	 * Returns the value of the '<em><b>Last Scale Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Scale Time</em>' attribute.
	 * @see #setLastScaleTime(Time)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getHorizontalPodAutoscalerStatus_LastScaleTime()
	 * @generated
	 */
	Time getLastScaleTime();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus#getLastScaleTime <em>Last Scale Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Scale Time</em>' attribute.
	 * @see #getLastScaleTime()
	 * @generated
	 */
	void setLastScaleTime(Time value);

	/**
	 * Returns the value of the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observed Generation</em>' attribute.
	 * @see #setObservedGeneration(Long)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getHorizontalPodAutoscalerStatus_ObservedGeneration()
	 * @generated
	 */
	Long getObservedGeneration();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus#getObservedGeneration <em>Observed Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observed Generation</em>' attribute.
	 * @see #getObservedGeneration()
	 * @generated
	 */
	void setObservedGeneration(Long value);

} // HorizontalPodAutoscalerStatus
