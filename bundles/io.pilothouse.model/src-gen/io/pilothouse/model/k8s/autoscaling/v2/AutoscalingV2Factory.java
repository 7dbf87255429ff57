/**
 */
package io.pilothouse.model.k8s.autoscaling.v2;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package
 * @generated
 */
public interface AutoscalingV2Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AutoscalingV2Factory eINSTANCE = io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Container Resource Metric Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Container Resource Metric Source</em>'.
	 * @generated
	 */
	ContainerResourceMetricSource createContainerResourceMetricSource();

	/**
	 * Returns a new object of class '<em>Container Resource Metric Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Container Resource Metric Status</em>'.
	 * @generated
	 */
	ContainerResourceMetricStatus createContainerResourceMetricStatus();

	/**
	 * Returns a new object of class '<em>Cross Version Object Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cross Version Object Reference</em>'.
	 * @generated
	 */
	CrossVersionObjectReference createCrossVersionObjectReference();

	/**
	 * Returns a new object of class '<em>External Metric Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>External Metric Source</em>'.
	 * @generated
	 */
	ExternalMetricSource createExternalMetricSource();

	/**
	 * Returns a new object of class '<em>External Metric Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>External Metric Status</em>'.
	 * @generated
	 */
	ExternalMetricStatus createExternalMetricStatus();

	/**
	 * Returns a new object of class '<em>HPA Scaling Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HPA Scaling Policy</em>'.
	 * @generated
	 */
	HPAScalingPolicy createHPAScalingPolicy();

	/**
	 * Returns a new object of class '<em>HPA Scaling Rules</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>HPA Scaling Rules</em>'.
	 * @generated
	 */
	HPAScalingRules createHPAScalingRules();

	/**
	 * Returns a new object of class '<em>Horizontal Pod Autoscaler</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Horizontal Pod Autoscaler</em>'.
	 * @generated
	 */
	HorizontalPodAutoscaler createHorizontalPodAutoscaler();

	/**
	 * Returns a new object of class '<em>Horizontal Pod Autoscaler Behavior</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Horizontal Pod Autoscaler Behavior</em>'.
	 * @generated
	 */
	HorizontalPodAutoscalerBehavior createHorizontalPodAutoscalerBehavior();

	/**
	 * Returns a new object of class '<em>Horizontal Pod Autoscaler Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Horizontal Pod Autoscaler Condition</em>'.
	 * @generated
	 */
	HorizontalPodAutoscalerCondition createHorizontalPodAutoscalerCondition();

	/**
	 * Returns a new object of class '<em>Horizontal Pod Autoscaler List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Horizontal Pod Autoscaler List</em>'.
	 * @generated
	 */
	HorizontalPodAutoscalerList createHorizontalPodAutoscalerList();

	/**
	 * Returns a new object of class '<em>Horizontal Pod Autoscaler Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Horizontal Pod Autoscaler Spec</em>'.
	 * @generated
	 */
	HorizontalPodAutoscalerSpec createHorizontalPodAutoscalerSpec();

	/**
	 * Returns a new object of class '<em>Horizontal Pod Autoscaler Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Horizontal Pod Autoscaler Status</em>'.
	 * @generated
	 */
	HorizontalPodAutoscalerStatus createHorizontalPodAutoscalerStatus();

	/**
	 * Returns a new object of class '<em>Metric Identifier</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Metric Identifier</em>'.
	 * @generated
	 */
	MetricIdentifier createMetricIdentifier();

	/**
	 * Returns a new object of class '<em>Metric Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Metric Spec</em>'.
	 * @generated
	 */
	MetricSpec createMetricSpec();

	/**
	 * Returns a new object of class '<em>Metric Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Metric Status</em>'.
	 * @generated
	 */
	MetricStatus createMetricStatus();

	/**
	 * Returns a new object of class '<em>Metric Target</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Metric Target</em>'.
	 * @generated
	 */
	MetricTarget createMetricTarget();

	/**
	 * Returns a new object of class '<em>Metric Value Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Metric Value Status</em>'.
	 * @generated
	 */
	MetricValueStatus createMetricValueStatus();

	/**
	 * Returns a new object of class '<em>Object Metric Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Object Metric Source</em>'.
	 * @generated
	 */
	ObjectMetricSource createObjectMetricSource();

	/**
	 * Returns a new object of class '<em>Object Metric Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Object Metric Status</em>'.
	 * @generated
	 */
	ObjectMetricStatus createObjectMetricStatus();

	/**
	 * Returns a new object of class '<em>Pods Metric Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pods Metric Source</em>'.
	 * @generated
	 */
	PodsMetricSource createPodsMetricSource();

	/**
	 * Returns a new object of class '<em>Pods Metric Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pods Metric Status</em>'.
	 * @generated
	 */
	PodsMetricStatus createPodsMetricStatus();

	/**
	 * Returns a new object of class '<em>Resource Metric Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Metric Source</em>'.
	 * @generated
	 */
	ResourceMetricSource createResourceMetricSource();

	/**
	 * Returns a new object of class '<em>Resource Metric Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Metric Status</em>'.
	 * @generated
	 */
	ResourceMetricStatus createResourceMetricStatus();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	AutoscalingV2Package getAutoscalingV2Package();

} //AutoscalingV2Factory
