/**
 */
package io.pilothouse.model.k8s.autoscaling.v2;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Factory
 * @generated
 */
public interface AutoscalingV2Package extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "v2";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://pilothouse.io/model/k8s/autoscaling/v2";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "autoscaling.v2";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AutoscalingV2Package eINSTANCE = io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.ContainerResourceMetricSourceImpl <em>Container Resource Metric Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.ContainerResourceMetricSourceImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getContainerResourceMetricSource()
	 * @generated
	 */
	int CONTAINER_RESOURCE_METRIC_SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Container</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RESOURCE_METRIC_SOURCE__CONTAINER = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RESOURCE_METRIC_SOURCE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RESOURCE_METRIC_SOURCE__TARGET = 2;

	/**
	 * The number of structural features of the '<em>Container Resource Metric Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RESOURCE_METRIC_SOURCE_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.ContainerResourceMetricStatusImpl <em>Container Resource Metric Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.ContainerResourceMetricStatusImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getContainerResourceMetricStatus()
	 * @generated
	 */
	int CONTAINER_RESOURCE_METRIC_STATUS = 1;

	/**
	 * The feature id for the '<em><b>Container</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RESOURCE_METRIC_STATUS__CONTAINER = 0;

	/**
	 * The feature id for the '<em><b>Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RESOURCE_METRIC_STATUS__CURRENT = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RESOURCE_METRIC_STATUS__NAME = 2;

	/**
	 * The number of structural features of the '<em>Container Resource Metric Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RESOURCE_METRIC_STATUS_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.CrossVersionObjectReferenceImpl <em>Cross Version Object Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.CrossVersionObjectReferenceImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getCrossVersionObjectReference()
	 * @generated
	 */
	int CROSS_VERSION_OBJECT_REFERENCE = 2;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_VERSION_OBJECT_REFERENCE__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_VERSION_OBJECT_REFERENCE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_VERSION_OBJECT_REFERENCE__NAME = 2;

	/**
	 * The number of structural features of the '<em>Cross Version Object Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_VERSION_OBJECT_REFERENCE_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.ExternalMetricSourceImpl <em>External Metric Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.ExternalMetricSourceImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getExternalMetricSource()
	 * @generated
	 */
	int EXTERNAL_METRIC_SOURCE = 3;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_METRIC_SOURCE__METRIC = 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_METRIC_SOURCE__TARGET = 1;

	/**
	 * The number of structural features of the '<em>External Metric Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_METRIC_SOURCE_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.ExternalMetricStatusImpl <em>External Metric Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.ExternalMetricStatusImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getExternalMetricStatus()
	 * @generated
	 */
	int EXTERNAL_METRIC_STATUS = 4;

	/**
	 * The feature id for the '<em><b>Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_METRIC_STATUS__CURRENT = 0;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_METRIC_STATUS__METRIC = 1;

	/**
	 * The number of structural features of the '<em>External Metric Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_METRIC_STATUS_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HPAScalingPolicyImpl <em>HPA Scaling Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.HPAScalingPolicyImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getHPAScalingPolicy()
	 * @generated
	 */
	int HPA_SCALING_POLICY = 5;

	/**
	 * The feature id for the '<em><b>Period Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HPA_SCALING_POLICY__PERIOD_SECONDS = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HPA_SCALING_POLICY__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HPA_SCALING_POLICY__VALUE = 2;

	/**
	 * The number of structural features of the '<em>HPA Scaling Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HPA_SCALING_POLICY_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HPAScalingRulesImpl <em>HPA Scaling Rules</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.HPAScalingRulesImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getHPAScalingRules()
	 * @generated
	 */
	int HPA_SCALING_RULES = 6;

	/**
	 * The feature id for the '<em><b>Policies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HPA_SCALING_RULES__POLICIES = 0;

	/**
	 * The feature id for the '<em><b>Select Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HPA_SCALING_RULES__SELECT_POLICY = 1;

	/**
	 * The feature id for the '<em><b>Stabilization Window Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HPA_SCALING_RULES__STABILIZATION_WINDOW_SECONDS = 2;

	/**
	 * The feature id for the '<em><b>Tolerance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HPA_SCALING_RULES__TOLERANCE = 3;

	/**
	 * The number of structural features of the '<em>HPA Scaling Rules</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HPA_SCALING_RULES_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerImpl <em>Horizontal Pod Autoscaler</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getHorizontalPodAutoscaler()
	 * @generated
	 */
	int HORIZONTAL_POD_AUTOSCALER = 7;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Horizontal Pod Autoscaler</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerBehaviorImpl <em>Horizontal Pod Autoscaler Behavior</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerBehaviorImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getHorizontalPodAutoscalerBehavior()
	 * @generated
	 */
	int HORIZONTAL_POD_AUTOSCALER_BEHAVIOR = 8;

	/**
	 * The feature id for the '<em><b>Scale Down</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_BEHAVIOR__SCALE_DOWN = 0;

	/**
	 * The feature id for the '<em><b>Scale Up</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_BEHAVIOR__SCALE_UP = 1;

	/**
	 * The number of structural features of the '<em>Horizontal Pod Autoscaler Behavior</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_BEHAVIOR_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerConditionImpl <em>Horizontal Pod Autoscaler Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerConditionImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getHorizontalPodAutoscalerCondition()
	 * @generated
	 */
	int HORIZONTAL_POD_AUTOSCALER_CONDITION = 9;

	/**
	 * The feature id for the '<em><b>Last Transition Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_CONDITION__LAST_TRANSITION_TIME = 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_CONDITION__MESSAGE = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_CONDITION__REASON = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_CONDITION__STATUS = 3;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_CONDITION__TYPE = 4;

	/**
	 * The number of structural features of the '<em>Horizontal Pod Autoscaler Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_CONDITION_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerListImpl <em>Horizontal Pod Autoscaler List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerListImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getHorizontalPodAutoscalerList()
	 * @generated
	 */
	int HORIZONTAL_POD_AUTOSCALER_LIST = 10;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Horizontal Pod Autoscaler List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerSpecImpl <em>Horizontal Pod Autoscaler Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerSpecImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getHorizontalPodAutoscalerSpec()
	 * @generated
	 */
	int HORIZONTAL_POD_AUTOSCALER_SPEC = 11;

	/**
	 * The feature id for the '<em><b>Behavior</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_SPEC__BEHAVIOR = 0;

	/**
	 * The feature id for the '<em><b>Max Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_SPEC__MAX_REPLICAS = 1;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_SPEC__METRICS = 2;

	/**
	 * The feature id for the '<em><b>Min Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_SPEC__MIN_REPLICAS = 3;

	/**
	 * The feature id for the '<em><b>Scale Target Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_SPEC__SCALE_TARGET_REF = 4;

	/**
	 * The number of structural features of the '<em>Horizontal Pod Autoscaler Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_SPEC_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerStatusImpl <em>Horizontal Pod Autoscaler Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerStatusImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getHorizontalPodAutoscalerStatus()
	 * @generated
	 */
	int HORIZONTAL_POD_AUTOSCALER_STATUS = 12;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_STATUS__CONDITIONS = 0;

	/**
	 * The feature id for the '<em><b>Current Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_STATUS__CURRENT_METRICS = 1;

	/**
	 * The feature id for the '<em><b>Current Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_STATUS__CURRENT_REPLICAS = 2;

	/**
	 * The feature id for the '<em><b>Desired Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_STATUS__DESIRED_REPLICAS = 3;

	/**
	 * The feature id for the '<em><b>Last Scale Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_STATUS__LAST_SCALE_TIME = 4;

	/**
	 * The feature id for the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_STATUS__OBSERVED_GENERATION = 5;

	/**
	 * The number of structural features of the '<em>Horizontal Pod Autoscaler Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_STATUS_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.MetricIdentifierImpl <em>Metric Identifier</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.MetricIdentifierImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getMetricIdentifier()
	 * @generated
	 */
	int METRIC_IDENTIFIER = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_IDENTIFIER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_IDENTIFIER__SELECTOR = 1;

	/**
	 * The number of structural features of the '<em>Metric Identifier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_IDENTIFIER_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.MetricSpecImpl <em>Metric Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.MetricSpecImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getMetricSpec()
	 * @generated
	 */
	int METRIC_SPEC = 14;

	/**
	 * The feature id for the '<em><b>Container Resource</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SPEC__CONTAINER_RESOURCE = 0;

	/**
	 * The feature id for the '<em><b>External</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SPEC__EXTERNAL = 1;

	/**
	 * The feature id for the '<em><b>Object</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SPEC__OBJECT = 2;

	/**
	 * The feature id for the '<em><b>Pods</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SPEC__PODS = 3;

	/**
	 * The feature id for the '<em><b>Resource</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SPEC__RESOURCE = 4;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SPEC__TYPE = 5;

	/**
	 * The number of structural features of the '<em>Metric Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SPEC_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.MetricStatusImpl <em>Metric Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.MetricStatusImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getMetricStatus()
	 * @generated
	 */
	int METRIC_STATUS = 15;

	/**
	 * The feature id for the '<em><b>Container Resource</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_STATUS__CONTAINER_RESOURCE = 0;

	/**
	 * The feature id for the '<em><b>External</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_STATUS__EXTERNAL = 1;

	/**
	 * The feature id for the '<em><b>Object</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_STATUS__OBJECT = 2;

	/**
	 * The feature id for the '<em><b>Pods</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_STATUS__PODS = 3;

	/**
	 * The feature id for the '<em><b>Resource</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_STATUS__RESOURCE = 4;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_STATUS__TYPE = 5;

	/**
	 * The number of structural features of the '<em>Metric Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_STATUS_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.MetricTargetImpl <em>Metric Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.MetricTargetImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getMetricTarget()
	 * @generated
	 */
	int METRIC_TARGET = 16;

	/**
	 * The feature id for the '<em><b>Average Utilization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_TARGET__AVERAGE_UTILIZATION = 0;

	/**
	 * The feature id for the '<em><b>Average Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_TARGET__AVERAGE_VALUE = 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_TARGET__TYPE = 2;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_TARGET__VALUE = 3;

	/**
	 * The number of structural features of the '<em>Metric Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_TARGET_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.MetricValueStatusImpl <em>Metric Value Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.MetricValueStatusImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getMetricValueStatus()
	 * @generated
	 */
	int METRIC_VALUE_STATUS = 17;

	/**
	 * The feature id for the '<em><b>Average Utilization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_VALUE_STATUS__AVERAGE_UTILIZATION = 0;

	/**
	 * The feature id for the '<em><b>Average Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_VALUE_STATUS__AVERAGE_VALUE = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_VALUE_STATUS__VALUE = 2;

	/**
	 * The number of structural features of the '<em>Metric Value Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_VALUE_STATUS_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.ObjectMetricSourceImpl <em>Object Metric Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.ObjectMetricSourceImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getObjectMetricSource()
	 * @generated
	 */
	int OBJECT_METRIC_SOURCE = 18;

	/**
	 * The feature id for the '<em><b>Described Object</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_METRIC_SOURCE__DESCRIBED_OBJECT = 0;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_METRIC_SOURCE__METRIC = 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_METRIC_SOURCE__TARGET = 2;

	/**
	 * The number of structural features of the '<em>Object Metric Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_METRIC_SOURCE_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.ObjectMetricStatusImpl <em>Object Metric Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.ObjectMetricStatusImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getObjectMetricStatus()
	 * @generated
	 */
	int OBJECT_METRIC_STATUS = 19;

	/**
	 * The feature id for the '<em><b>Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_METRIC_STATUS__CURRENT = 0;

	/**
	 * The feature id for the '<em><b>Described Object</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_METRIC_STATUS__DESCRIBED_OBJECT = 1;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_METRIC_STATUS__METRIC = 2;

	/**
	 * The number of structural features of the '<em>Object Metric Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_METRIC_STATUS_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.PodsMetricSourceImpl <em>Pods Metric Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.PodsMetricSourceImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getPodsMetricSource()
	 * @generated
	 */
	int PODS_METRIC_SOURCE = 20;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PODS_METRIC_SOURCE__METRIC = 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PODS_METRIC_SOURCE__TARGET = 1;

	/**
	 * The number of structural features of the '<em>Pods Metric Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PODS_METRIC_SOURCE_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.PodsMetricStatusImpl <em>Pods Metric Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.PodsMetricStatusImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getPodsMetricStatus()
	 * @generated
	 */
	int PODS_METRIC_STATUS = 21;

	/**
	 * The feature id for the '<em><b>Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PODS_METRIC_STATUS__CURRENT = 0;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PODS_METRIC_STATUS__METRIC = 1;

	/**
	 * The number of structural features of the '<em>Pods Metric Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PODS_METRIC_STATUS_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.ResourceMetricSourceImpl <em>Resource Metric Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.ResourceMetricSourceImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getResourceMetricSource()
	 * @generated
	 */
	int RESOURCE_METRIC_SOURCE = 22;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_METRIC_SOURCE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_METRIC_SOURCE__TARGET = 1;

	/**
	 * The number of structural features of the '<em>Resource Metric Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_METRIC_SOURCE_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.ResourceMetricStatusImpl <em>Resource Metric Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.ResourceMetricStatusImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getResourceMetricStatus()
	 * @generated
	 */
	int RESOURCE_METRIC_STATUS = 23;

	/**
	 * The feature id for the '<em><b>Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_METRIC_STATUS__CURRENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_METRIC_STATUS__NAME = 1;

	/**
	 * The number of structural features of the '<em>Resource Metric Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_METRIC_STATUS_FEATURE_COUNT = 2;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v2.ContainerResourceMetricSource <em>Container Resource Metric Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Container Resource Metric Source</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ContainerResourceMetricSource
	 * @generated
	 */
	EClass getContainerResourceMetricSource();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.ContainerResourceMetricSource#getContainer <em>Container</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Container</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ContainerResourceMetricSource#getContainer()
	 * @see #getContainerResourceMetricSource()
	 * @generated
	 */
	EAttribute getContainerResourceMetricSource_Container();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.ContainerResourceMetricSource#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ContainerResourceMetricSource#getName()
	 * @see #getContainerResourceMetricSource()
	 * @generated
	 */
	EAttribute getContainerResourceMetricSource_Name();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.ContainerResourceMetricSource#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Target</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ContainerResourceMetricSource#getTarget()
	 * @see #getContainerResourceMetricSource()
	 * @generated
	 */
	EReference getContainerResourceMetricSource_Target();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v2.ContainerResourceMetricStatus <em>Container Resource Metric Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Container Resource Metric Status</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ContainerResourceMetricStatus
	 * @generated
	 */
	EClass getContainerResourceMetricStatus();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.ContainerResourceMetricStatus#getContainer <em>Container</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Container</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ContainerResourceMetricStatus#getContainer()
	 * @see #getContainerResourceMetricStatus()
	 * @generated
	 */
	EAttribute getContainerResourceMetricStatus_Container();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.ContainerResourceMetricStatus#getCurrent <em>Current</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Current</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ContainerResourceMetricStatus#getCurrent()
	 * @see #getContainerResourceMetricStatus()
	 * @generated
	 */
	EReference getContainerResourceMetricStatus_Current();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.ContainerResourceMetricStatus#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ContainerResourceMetricStatus#getName()
	 * @see #getContainerResourceMetricStatus()
	 * @generated
	 */
	EAttribute getContainerResourceMetricStatus_Name();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v2.CrossVersionObjectReference <em>Cross Version Object Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cross Version Object Reference</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.CrossVersionObjectReference
	 * @generated
	 */
	EClass getCrossVersionObjectReference();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.CrossVersionObjectReference#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.CrossVersionObjectReference#getApiVersion()
	 * @see #getCrossVersionObjectReference()
	 * @generated
	 */
	EAttribute getCrossVersionObjectReference_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.CrossVersionObjectReference#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.CrossVersionObjectReference#getKind()
	 * @see #getCrossVersionObjectReference()
	 * @generated
	 */
	EAttribute getCrossVersionObjectReference_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.CrossVersionObjectReference#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.CrossVersionObjectReference#getName()
	 * @see #getCrossVersionObjectReference()
	 * @generated
	 */
	EAttribute getCrossVersionObjectReference_Name();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v2.ExternalMetricSource <em>External Metric Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>External Metric Source</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ExternalMetricSource
	 * @generated
	 */
	EClass getExternalMetricSource();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.ExternalMetricSource#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metric</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ExternalMetricSource#getMetric()
	 * @see #getExternalMetricSource()
	 * @generated
	 */
	EReference getExternalMetricSource_Metric();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.ExternalMetricSource#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Target</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ExternalMetricSource#getTarget()
	 * @see #getExternalMetricSource()
	 * @generated
	 */
	EReference getExternalMetricSource_Target();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v2.ExternalMetricStatus <em>External Metric Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>External Metric Status</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ExternalMetricStatus
	 * @generated
	 */
	EClass getExternalMetricStatus();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.ExternalMetricStatus#getCurrent <em>Current</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Current</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ExternalMetricStatus#getCurrent()
	 * @see #getExternalMetricStatus()
	 * @generated
	 */
	EReference getExternalMetricStatus_Current();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.ExternalMetricStatus#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metric</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ExternalMetricStatus#getMetric()
	 * @see #getExternalMetricStatus()
	 * @generated
	 */
	EReference getExternalMetricStatus_Metric();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v2.HPAScalingPolicy <em>HPA Scaling Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HPA Scaling Policy</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HPAScalingPolicy
	 * @generated
	 */
	EClass getHPAScalingPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.HPAScalingPolicy#getPeriodSeconds <em>Period Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Seconds</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HPAScalingPolicy#getPeriodSeconds()
	 * @see #getHPAScalingPolicy()
	 * @generated
	 */
	EAttribute getHPAScalingPolicy_PeriodSeconds();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.HPAScalingPolicy#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HPAScalingPolicy#getType()
	 * @see #getHPAScalingPolicy()
	 * @generated
	 */
	EAttribute getHPAScalingPolicy_Type();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.HPAScalingPolicy#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HPAScalingPolicy#getValue()
	 * @see #getHPAScalingPolicy()
	 * @generated
	 */
	EAttribute getHPAScalingPolicy_Value();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v2.HPAScalingRules <em>HPA Scaling Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HPA Scaling Rules</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HPAScalingRules
	 * @generated
	 */
	EClass getHPAScalingRules();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.autoscaling.v2.HPAScalingRules#getPolicies <em>Policies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Policies</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HPAScalingRules#getPolicies()
	 * @see #getHPAScalingRules()
	 * @generated
	 */
	EReference getHPAScalingRules_Policies();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.HPAScalingRules#getSelectPolicy <em>Select Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Select Policy</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HPAScalingRules#getSelectPolicy()
	 * @see #getHPAScalingRules()
	 * @generated
	 */
	EAttribute getHPAScalingRules_SelectPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.HPAScalingRules#getStabilizationWindowSeconds <em>Stabilization Window Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stabilization Window Seconds</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HPAScalingRules#getStabilizationWindowSeconds()
	 * @see #getHPAScalingRules()
	 * @generated
	 */
	EAttribute getHPAScalingRules_StabilizationWindowSeconds();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.HPAScalingRules#getTolerance <em>Tolerance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tolerance</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HPAScalingRules#getTolerance()
	 * @see #getHPAScalingRules()
	 * @generated
	 */
	EAttribute getHPAScalingRules_Tolerance();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscaler <em>Horizontal Pod Autoscaler</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Horizontal Pod Autoscaler</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscaler
	 * @generated
	 */
	EClass getHorizontalPodAutoscaler();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscaler#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscaler#getApiVersion()
	 * @see #getHorizontalPodAutoscaler()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscaler_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscaler#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscaler#getKind()
	 * @see #getHorizontalPodAutoscaler()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscaler_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscaler#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscaler#getMetadata()
	 * @see #getHorizontalPodAutoscaler()
	 * @generated
	 */
	EReference getHorizontalPodAutoscaler_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscaler#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscaler#getSpec()
	 * @see #getHorizontalPodAutoscaler()
	 * @generated
	 */
	EReference getHorizontalPodAutoscaler_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscaler#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscaler#getStatus()
	 * @see #getHorizontalPodAutoscaler()
	 * @generated
	 */
	EReference getHorizontalPodAutoscaler_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerBehavior <em>Horizontal Pod Autoscaler Behavior</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Horizontal Pod Autoscaler Behavior</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerBehavior
	 * @generated
	 */
	EClass getHorizontalPodAutoscalerBehavior();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerBehavior#getScaleDown <em>Scale Down</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scale Down</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerBehavior#getScaleDown()
	 * @see #getHorizontalPodAutoscalerBehavior()
	 * @generated
	 */
	EReference getHorizontalPodAutoscalerBehavior_ScaleDown();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerBehavior#getScaleUp <em>Scale Up</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scale Up</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerBehavior#getScaleUp()
	 * @see #getHorizontalPodAutoscalerBehavior()
	 * @generated
	 */
	EReference getHorizontalPodAutoscalerBehavior_ScaleUp();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerCondition <em>Horizontal Pod Autoscaler Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Horizontal Pod Autoscaler Condition</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerCondition
	 * @generated
	 */
	EClass getHorizontalPodAutoscalerCondition();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerCondition#getLastTransitionTime <em>Last Transition Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Transition Time</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerCondition#getLastTransitionTime()
	 * @see #getHorizontalPodAutoscalerCondition()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscalerCondition_LastTransitionTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerCondition#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerCondition#getMessage()
	 * @see #getHorizontalPodAutoscalerCondition()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscalerCondition_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerCondition#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerCondition#getReason()
	 * @see #getHorizontalPodAutoscalerCondition()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscalerCondition_Reason();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerCondition#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerCondition#getStatus()
	 * @see #getHorizontalPodAutoscalerCondition()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscalerCondition_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerCondition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerCondition#getType()
	 * @see #getHorizontalPodAutoscalerCondition()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscalerCondition_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerList <em>Horizontal Pod Autoscaler List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Horizontal Pod Autoscaler List</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerList
	 * @generated
	 */
	EClass getHorizontalPodAutoscalerList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerList#getApiVersion()
	 * @see #getHorizontalPodAutoscalerList()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscalerList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerList#getItems()
	 * @see #getHorizontalPodAutoscalerList()
	 * @generated
	 */
	EReference getHorizontalPodAutoscalerList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerList#getKind()
	 * @see #getHorizontalPodAutoscalerList()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscalerList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerList#getMetadata()
	 * @see #getHorizontalPodAutoscalerList()
	 * @generated
	 */
	EReference getHorizontalPodAutoscalerList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerSpec <em>Horizontal Pod Autoscaler Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Horizontal Pod Autoscaler Spec</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerSpec
	 * @generated
	 */
	EClass getHorizontalPodAutoscalerSpec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerSpec#getBehavior <em>Behavior</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Behavior</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerSpec#getBehavior()
	 * @see #getHorizontalPodAutoscalerSpec()
	 * @generated
	 */
	EReference getHorizontalPodAutoscalerSpec_Behavior();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerSpec#getMaxReplicas <em>Max Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Replicas</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerSpec#getMaxReplicas()
	 * @see #getHorizontalPodAutoscalerSpec()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscalerSpec_MaxReplicas();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerSpec#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metrics</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerSpec#getMetrics()
	 * @see #getHorizontalPodAutoscalerSpec()
	 * @generated
	 */
	EReference getHorizontalPodAutoscalerSpec_Metrics();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerSpec#getMinReplicas <em>Min Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Replicas</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerSpec#getMinReplicas()
	 * @see #getHorizontalPodAutoscalerSpec()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscalerSpec_MinReplicas();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerSpec#getScaleTargetRef <em>Scale Target Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scale Target Ref</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerSpec#getScaleTargetRef()
	 * @see #getHorizontalPodAutoscalerSpec()
	 * @generated
	 */
	EReference getHorizontalPodAutoscalerSpec_ScaleTargetRef();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus <em>Horizontal Pod Autoscaler Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Horizontal Pod Autoscaler Status</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus
	 * @generated
	 */
	EClass getHorizontalPodAutoscalerStatus();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus#getConditions()
	 * @see #getHorizontalPodAutoscalerStatus()
	 * @generated
	 */
	EReference getHorizontalPodAutoscalerStatus_Conditions();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus#getCurrentMetrics <em>Current Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Current Metrics</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus#getCurrentMetrics()
	 * @see #getHorizontalPodAutoscalerStatus()
	 * @generated
	 */
	EReference getHorizontalPodAutoscalerStatus_CurrentMetrics();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus#getCurrentReplicas <em>Current Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Current Replicas</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus#getCurrentReplicas()
	 * @see #getHorizontalPodAutoscalerStatus()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscalerStatus_CurrentReplicas();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus#getDesiredReplicas <em>Desired Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Desired Replicas</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus#getDesiredReplicas()
	 * @see #getHorizontalPodAutoscalerStatus()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscalerStatus_DesiredReplicas();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus#getLastScaleTime <em>Last Scale Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Scale Time</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus#getLastScaleTime()
	 * @see #getHorizontalPodAutoscalerStatus()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscalerStatus_LastScaleTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus#getObservedGeneration <em>Observed Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed Generation</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerStatus#getObservedGeneration()
	 * @see #getHorizontalPodAutoscalerStatus()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscalerStatus_ObservedGeneration();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricIdentifier <em>Metric Identifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric Identifier</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.MetricIdentifier
	 * @generated
	 */
	EClass getMetricIdentifier();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricIdentifier#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.MetricIdentifier#getName()
	 * @see #getMetricIdentifier()
	 * @generated
	 */
	EAttribute getMetricIdentifier_Name();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricIdentifier#getSelector <em>Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Selector</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.MetricIdentifier#getSelector()
	 * @see #getMetricIdentifier()
	 * @generated
	 */
	EReference getMetricIdentifier_Selector();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricSpec <em>Metric Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric Spec</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.MetricSpec
	 * @generated
	 */
	EClass getMetricSpec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricSpec#getContainerResource <em>Container Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Container Resource</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.MetricSpec#getContainerResource()
	 * @see #getMetricSpec()
	 * @generated
	 */
	EReference getMetricSpec_ContainerResource();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricSpec#getExternal <em>External</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>External</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.MetricSpec#getExternal()
	 * @see #getMetricSpec()
	 * @generated
	 */
	EReference getMetricSpec_External();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricSpec#getObject <em>Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Object</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.MetricSpec#getObject()
	 * @see #getMetricSpec()
	 * @generated
	 */
	EReference getMetricSpec_Object();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricSpec#getPods <em>Pods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Pods</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.MetricSpec#getPods()
	 * @see #getMetricSpec()
	 * @generated
	 */
	EReference getMetricSpec_Pods();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricSpec#getResource <em>Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Resource</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.MetricSpec#getResource()
	 * @see #getMetricSpec()
	 * @generated
	 */
	EReference getMetricSpec_Resource();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricSpec#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.MetricSpec#getType()
	 * @see #getMetricSpec()
	 * @generated
	 */
	EAttribute getMetricSpec_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricStatus <em>Metric Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric Status</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.MetricStatus
	 * @generated
	 */
	EClass getMetricStatus();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricStatus#getContainerResource <em>Container Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Container Resource</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.MetricStatus#getContainerResource()
	 * @see #getMetricStatus()
	 * @generated
	 */
	EReference getMetricStatus_ContainerResource();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricStatus#getExternal <em>External</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>External</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.MetricStatus#getExternal()
	 * @see #getMetricStatus()
	 * @generated
	 */
	EReference getMetricStatus_External();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricStatus#getObject <em>Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Object</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.MetricStatus#getObject()
	 * @see #getMetricStatus()
	 * @generated
	 */
	EReference getMetricStatus_Object();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricStatus#getPods <em>Pods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Pods</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.MetricStatus#getPods()
	 * @see #getMetricStatus()
	 * @generated
	 */
	EReference getMetricStatus_Pods();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricStatus#getResource <em>Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Resource</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.MetricStatus#getResource()
	 * @see #getMetricStatus()
	 * @generated
	 */
	EReference getMetricStatus_Resource();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricStatus#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.MetricStatus#getType()
	 * @see #getMetricStatus()
	 * @generated
	 */
	EAttribute getMetricStatus_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricTarget <em>Metric Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric Target</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.MetricTarget
	 * @generated
	 */
	EClass getMetricTarget();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricTarget#getAverageUtilization <em>Average Utilization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Average Utilization</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.MetricTarget#getAverageUtilization()
	 * @see #getMetricTarget()
	 * @generated
	 */
	EAttribute getMetricTarget_AverageUtilization();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricTarget#getAverageValue <em>Average Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Average Value</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.MetricTarget#getAverageValue()
	 * @see #getMetricTarget()
	 * @generated
	 */
	EAttribute getMetricTarget_AverageValue();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricTarget#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.MetricTarget#getType()
	 * @see #getMetricTarget()
	 * @generated
	 */
	EAttribute getMetricTarget_Type();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricTarget#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.MetricTarget#getValue()
	 * @see #getMetricTarget()
	 * @generated
	 */
	EAttribute getMetricTarget_Value();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricValueStatus <em>Metric Value Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric Value Status</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.MetricValueStatus
	 * @generated
	 */
	EClass getMetricValueStatus();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricValueStatus#getAverageUtilization <em>Average Utilization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Average Utilization</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.MetricValueStatus#getAverageUtilization()
	 * @see #getMetricValueStatus()
	 * @generated
	 */
	EAttribute getMetricValueStatus_AverageUtilization();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricValueStatus#getAverageValue <em>Average Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Average Value</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.MetricValueStatus#getAverageValue()
	 * @see #getMetricValueStatus()
	 * @generated
	 */
	EAttribute getMetricValueStatus_AverageValue();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricValueStatus#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.MetricValueStatus#getValue()
	 * @see #getMetricValueStatus()
	 * @generated
	 */
	EAttribute getMetricValueStatus_Value();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricSource <em>Object Metric Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Object Metric Source</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricSource
	 * @generated
	 */
	EClass getObjectMetricSource();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricSource#getDescribedObject <em>Described Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Described Object</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricSource#getDescribedObject()
	 * @see #getObjectMetricSource()
	 * @generated
	 */
	EReference getObjectMetricSource_DescribedObject();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricSource#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metric</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricSource#getMetric()
	 * @see #getObjectMetricSource()
	 * @generated
	 */
	EReference getObjectMetricSource_Metric();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricSource#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Target</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricSource#getTarget()
	 * @see #getObjectMetricSource()
	 * @generated
	 */
	EReference getObjectMetricSource_Target();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricStatus <em>Object Metric Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Object Metric Status</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricStatus
	 * @generated
	 */
	EClass getObjectMetricStatus();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricStatus#getCurrent <em>Current</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Current</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricStatus#getCurrent()
	 * @see #getObjectMetricStatus()
	 * @generated
	 */
	EReference getObjectMetricStatus_Current();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricStatus#getDescribedObject <em>Described Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Described Object</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricStatus#getDescribedObject()
	 * @see #getObjectMetricStatus()
	 * @generated
	 */
	EReference getObjectMetricStatus_DescribedObject();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricStatus#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metric</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricStatus#getMetric()
	 * @see #getObjectMetricStatus()
	 * @generated
	 */
	EReference getObjectMetricStatus_Metric();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v2.PodsMetricSource <em>Pods Metric Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pods Metric Source</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.PodsMetricSource
	 * @generated
	 */
	EClass getPodsMetricSource();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.PodsMetricSource#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metric</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.PodsMetricSource#getMetric()
	 * @see #getPodsMetricSource()
	 * @generated
	 */
	EReference getPodsMetricSource_Metric();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.PodsMetricSource#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Target</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.PodsMetricSource#getTarget()
	 * @see #getPodsMetricSource()
	 * @generated
	 */
	EReference getPodsMetricSource_Target();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v2.PodsMetricStatus <em>Pods Metric Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pods Metric Status</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.PodsMetricStatus
	 * @generated
	 */
	EClass getPodsMetricStatus();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.PodsMetricStatus#getCurrent <em>Current</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Current</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.PodsMetricStatus#getCurrent()
	 * @see #getPodsMetricStatus()
	 * @generated
	 */
	EReference getPodsMetricStatus_Current();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.PodsMetricStatus#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metric</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.PodsMetricStatus#getMetric()
	 * @see #getPodsMetricStatus()
	 * @generated
	 */
	EReference getPodsMetricStatus_Metric();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v2.ResourceMetricSource <em>Resource Metric Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Metric Source</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ResourceMetricSource
	 * @generated
	 */
	EClass getResourceMetricSource();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.ResourceMetricSource#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ResourceMetricSource#getName()
	 * @see #getResourceMetricSource()
	 * @generated
	 */
	EAttribute getResourceMetricSource_Name();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.ResourceMetricSource#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Target</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ResourceMetricSource#getTarget()
	 * @see #getResourceMetricSource()
	 * @generated
	 */
	EReference getResourceMetricSource_Target();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v2.ResourceMetricStatus <em>Resource Metric Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Metric Status</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ResourceMetricStatus
	 * @generated
	 */
	EClass getResourceMetricStatus();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v2.ResourceMetricStatus#getCurrent <em>Current</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Current</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ResourceMetricStatus#getCurrent()
	 * @see #getResourceMetricStatus()
	 * @generated
	 */
	EReference getResourceMetricStatus_Current();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v2.ResourceMetricStatus#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.ResourceMetricStatus#getName()
	 * @see #getResourceMetricStatus()
	 * @generated
	 */
	EAttribute getResourceMetricStatus_Name();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	AutoscalingV2Factory getAutoscalingV2Factory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.ContainerResourceMetricSourceImpl <em>Container Resource Metric Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.ContainerResourceMetricSourceImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getContainerResourceMetricSource()
		 * @generated
		 */
		EClass CONTAINER_RESOURCE_METRIC_SOURCE = eINSTANCE.getContainerResourceMetricSource();

		/**
		 * The meta object literal for the '<em><b>Container</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER_RESOURCE_METRIC_SOURCE__CONTAINER = eINSTANCE.getContainerResourceMetricSource_Container();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER_RESOURCE_METRIC_SOURCE__NAME = eINSTANCE.getContainerResourceMetricSource_Name();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER_RESOURCE_METRIC_SOURCE__TARGET = eINSTANCE.getContainerResourceMetricSource_Target();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.ContainerResourceMetricStatusImpl <em>Container Resource Metric Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.ContainerResourceMetricStatusImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getContainerResourceMetricStatus()
		 * @generated
		 */
		EClass CONTAINER_RESOURCE_METRIC_STATUS = eINSTANCE.getContainerResourceMetricStatus();

		/**
		 * The meta object literal for the '<em><b>Container</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER_RESOURCE_METRIC_STATUS__CONTAINER = eINSTANCE.getContainerResourceMetricStatus_Container();

		/**
		 * The meta object literal for the '<em><b>Current</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER_RESOURCE_METRIC_STATUS__CURRENT = eINSTANCE.getContainerResourceMetricStatus_Current();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER_RESOURCE_METRIC_STATUS__NAME = eINSTANCE.getContainerResourceMetricStatus_Name();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.CrossVersionObjectReferenceImpl <em>Cross Version Object Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.CrossVersionObjectReferenceImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getCrossVersionObjectReference()
		 * @generated
		 */
		EClass CROSS_VERSION_OBJECT_REFERENCE = eINSTANCE.getCrossVersionObjectReference();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSS_VERSION_OBJECT_REFERENCE__API_VERSION = eINSTANCE.getCrossVersionObjectReference_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSS_VERSION_OBJECT_REFERENCE__KIND = eINSTANCE.getCrossVersionObjectReference_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSS_VERSION_OBJECT_REFERENCE__NAME = eINSTANCE.getCrossVersionObjectReference_Name();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.ExternalMetricSourceImpl <em>External Metric Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.ExternalMetricSourceImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getExternalMetricSource()
		 * @generated
		 */
		EClass EXTERNAL_METRIC_SOURCE = eINSTANCE.getExternalMetricSource();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTERNAL_METRIC_SOURCE__METRIC = eINSTANCE.getExternalMetricSource_Metric();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTERNAL_METRIC_SOURCE__TARGET = eINSTANCE.getExternalMetricSource_Target();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.ExternalMetricStatusImpl <em>External Metric Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.ExternalMetricStatusImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getExternalMetricStatus()
		 * @generated
		 */
		EClass EXTERNAL_METRIC_STATUS = eINSTANCE.getExternalMetricStatus();

		/**
		 * The meta object literal for the '<em><b>Current</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTERNAL_METRIC_STATUS__CURRENT = eINSTANCE.getExternalMetricStatus_Current();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTERNAL_METRIC_STATUS__METRIC = eINSTANCE.getExternalMetricStatus_Metric();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HPAScalingPolicyImpl <em>HPA Scaling Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.HPAScalingPolicyImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getHPAScalingPolicy()
		 * @generated
		 */
		EClass HPA_SCALING_POLICY = eINSTANCE.getHPAScalingPolicy();

		/**
		 * The meta object literal for the '<em><b>Period Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HPA_SCALING_POLICY__PERIOD_SECONDS = eINSTANCE.getHPAScalingPolicy_PeriodSeconds();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HPA_SCALING_POLICY__TYPE = eINSTANCE.getHPAScalingPolicy_Type();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HPA_SCALING_POLICY__VALUE = eINSTANCE.getHPAScalingPolicy_Value();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HPAScalingRulesImpl <em>HPA Scaling Rules</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.HPAScalingRulesImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getHPAScalingRules()
		 * @generated
		 */
		EClass HPA_SCALING_RULES = eINSTANCE.getHPAScalingRules();

		/**
		 * The meta object literal for the '<em><b>Policies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HPA_SCALING_RULES__POLICIES = eINSTANCE.getHPAScalingRules_Policies();

		/**
		 * The meta object literal for the '<em><b>Select Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HPA_SCALING_RULES__SELECT_POLICY = eINSTANCE.getHPAScalingRules_SelectPolicy();

		/**
		 * The meta object literal for the '<em><b>Stabilization Window Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HPA_SCALING_RULES__STABILIZATION_WINDOW_SECONDS = eINSTANCE.getHPAScalingRules_StabilizationWindowSeconds();

		/**
		 * The meta object literal for the '<em><b>Tolerance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HPA_SCALING_RULES__TOLERANCE = eINSTANCE.getHPAScalingRules_Tolerance();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerImpl <em>Horizontal Pod Autoscaler</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getHorizontalPodAutoscaler()
		 * @generated
		 */
		EClass HORIZONTAL_POD_AUTOSCALER = eINSTANCE.getHorizontalPodAutoscaler();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER__API_VERSION = eINSTANCE.getHorizontalPodAutoscaler_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER__KIND = eINSTANCE.getHorizontalPodAutoscaler_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HORIZONTAL_POD_AUTOSCALER__METADATA = eINSTANCE.getHorizontalPodAutoscaler_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HORIZONTAL_POD_AUTOSCALER__SPEC = eINSTANCE.getHorizontalPodAutoscaler_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HORIZONTAL_POD_AUTOSCALER__STATUS = eINSTANCE.getHorizontalPodAutoscaler_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerBehaviorImpl <em>Horizontal Pod Autoscaler Behavior</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerBehaviorImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getHorizontalPodAutoscalerBehavior()
		 * @generated
		 */
		EClass HORIZONTAL_POD_AUTOSCALER_BEHAVIOR = eINSTANCE.getHorizontalPodAutoscalerBehavior();

		/**
		 * The meta object literal for the '<em><b>Scale Down</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HORIZONTAL_POD_AUTOSCALER_BEHAVIOR__SCALE_DOWN = eINSTANCE.getHorizontalPodAutoscalerBehavior_ScaleDown();

		/**
		 * The meta object literal for the '<em><b>Scale Up</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HORIZONTAL_POD_AUTOSCALER_BEHAVIOR__SCALE_UP = eINSTANCE.getHorizontalPodAutoscalerBehavior_ScaleUp();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerConditionImpl <em>Horizontal Pod Autoscaler Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerConditionImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getHorizontalPodAutoscalerCondition()
		 * @generated
		 */
		EClass HORIZONTAL_POD_AUTOSCALER_CONDITION = eINSTANCE.getHorizontalPodAutoscalerCondition();

		/**
		 * The meta object literal for the '<em><b>Last Transition Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER_CONDITION__LAST_TRANSITION_TIME = eINSTANCE.getHorizontalPodAutoscalerCondition_LastTransitionTime();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER_CONDITION__MESSAGE = eINSTANCE.getHorizontalPodAutoscalerCondition_Message();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER_CONDITION__REASON = eINSTANCE.getHorizontalPodAutoscalerCondition_Reason();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER_CONDITION__STATUS = eINSTANCE.getHorizontalPodAutoscalerCondition_Status();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER_CONDITION__TYPE = eINSTANCE.getHorizontalPodAutoscalerCondition_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerListImpl <em>Horizontal Pod Autoscaler List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerListImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getHorizontalPodAutoscalerList()
		 * @generated
		 */
		EClass HORIZONTAL_POD_AUTOSCALER_LIST = eINSTANCE.getHorizontalPodAutoscalerList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER_LIST__API_VERSION = eINSTANCE.getHorizontalPodAutoscalerList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HORIZONTAL_POD_AUTOSCALER_LIST__ITEMS = eINSTANCE.getHorizontalPodAutoscalerList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER_LIST__KIND = eINSTANCE.getHorizontalPodAutoscalerList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HORIZONTAL_POD_AUTOSCALER_LIST__METADATA = eINSTANCE.getHorizontalPodAutoscalerList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerSpecImpl <em>Horizontal Pod Autoscaler Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerSpecImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getHorizontalPodAutoscalerSpec()
		 * @generated
		 */
		EClass HORIZONTAL_POD_AUTOSCALER_SPEC = eINSTANCE.getHorizontalPodAutoscalerSpec();

		/**
		 * The meta object literal for the '<em><b>Behavior</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HORIZONTAL_POD_AUTOSCALER_SPEC__BEHAVIOR = eINSTANCE.getHorizontalPodAutoscalerSpec_Behavior();

		/**
		 * The meta object literal for the '<em><b>Max Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER_SPEC__MAX_REPLICAS = eINSTANCE.getHorizontalPodAutoscalerSpec_MaxReplicas();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HORIZONTAL_POD_AUTOSCALER_SPEC__METRICS = eINSTANCE.getHorizontalPodAutoscalerSpec_Metrics();

		/**
		 * The meta object literal for the '<em><b>Min Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER_SPEC__MIN_REPLICAS = eINSTANCE.getHorizontalPodAutoscalerSpec_MinReplicas();

		/**
		 * The meta object literal for the '<em><b>Scale Target Ref</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HORIZONTAL_POD_AUTOSCALER_SPEC__SCALE_TARGET_REF = eINSTANCE.getHorizontalPodAutoscalerSpec_ScaleTargetRef();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerStatusImpl <em>Horizontal Pod Autoscaler Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerStatusImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getHorizontalPodAutoscalerStatus()
		 * @generated
		 */
		EClass HORIZONTAL_POD_AUTOSCALER_STATUS = eINSTANCE.getHorizontalPodAutoscalerStatus();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HORIZONTAL_POD_AUTOSCALER_STATUS__CONDITIONS = eINSTANCE.getHorizontalPodAutoscalerStatus_Conditions();

		/**
		 * The meta object literal for the '<em><b>Current Metrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HORIZONTAL_POD_AUTOSCALER_STATUS__CURRENT_METRICS = eINSTANCE.getHorizontalPodAutoscalerStatus_CurrentMetrics();

		/**
		 * The meta object literal for the '<em><b>Current Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER_STATUS__CURRENT_REPLICAS = eINSTANCE.getHorizontalPodAutoscalerStatus_CurrentReplicas();

		/**
		 * The meta object literal for the '<em><b>Desired Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER_STATUS__DESIRED_REPLICAS = eINSTANCE.getHorizontalPodAutoscalerStatus_DesiredReplicas();

		/**
		 * The meta object literal for the '<em><b>Last Scale Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER_STATUS__LAST_SCALE_TIME = eINSTANCE.getHorizontalPodAutoscalerStatus_LastScaleTime();

		/**
		 * The meta object literal for the '<em><b>Observed Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER_STATUS__OBSERVED_GENERATION = eINSTANCE.getHorizontalPodAutoscalerStatus_ObservedGeneration();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.MetricIdentifierImpl <em>Metric Identifier</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.MetricIdentifierImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getMetricIdentifier()
		 * @generated
		 */
		EClass METRIC_IDENTIFIER = eINSTANCE.getMetricIdentifier();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_IDENTIFIER__NAME = eINSTANCE.getMetricIdentifier_Name();

		/**
		 * The meta object literal for the '<em><b>Selector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC_IDENTIFIER__SELECTOR = eINSTANCE.getMetricIdentifier_Selector();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.MetricSpecImpl <em>Metric Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.MetricSpecImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getMetricSpec()
		 * @generated
		 */
		EClass METRIC_SPEC = eINSTANCE.getMetricSpec();

		/**
		 * The meta object literal for the '<em><b>Container Resource</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC_SPEC__CONTAINER_RESOURCE = eINSTANCE.getMetricSpec_ContainerResource();

		/**
		 * The meta object literal for the '<em><b>External</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC_SPEC__EXTERNAL = eINSTANCE.getMetricSpec_External();

		/**
		 * The meta object literal for the '<em><b>Object</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC_SPEC__OBJECT = eINSTANCE.getMetricSpec_Object();

		/**
		 * The meta object literal for the '<em><b>Pods</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC_SPEC__PODS = eINSTANCE.getMetricSpec_Pods();

		/**
		 * The meta object literal for the '<em><b>Resource</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC_SPEC__RESOURCE = eINSTANCE.getMetricSpec_Resource();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_SPEC__TYPE = eINSTANCE.getMetricSpec_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.MetricStatusImpl <em>Metric Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.MetricStatusImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getMetricStatus()
		 * @generated
		 */
		EClass METRIC_STATUS = eINSTANCE.getMetricStatus();

		/**
		 * The meta object literal for the '<em><b>Container Resource</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC_STATUS__CONTAINER_RESOURCE = eINSTANCE.getMetricStatus_ContainerResource();

		/**
		 * The meta object literal for the '<em><b>External</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC_STATUS__EXTERNAL = eINSTANCE.getMetricStatus_External();

		/**
		 * The meta object literal for the '<em><b>Object</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC_STATUS__OBJECT = eINSTANCE.getMetricStatus_Object();

		/**
		 * The meta object literal for the '<em><b>Pods</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC_STATUS__PODS = eINSTANCE.getMetricStatus_Pods();

		/**
		 * The meta object literal for the '<em><b>Resource</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC_STATUS__RESOURCE = eINSTANCE.getMetricStatus_Resource();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_STATUS__TYPE = eINSTANCE.getMetricStatus_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.MetricTargetImpl <em>Metric Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.MetricTargetImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getMetricTarget()
		 * @generated
		 */
		EClass METRIC_TARGET = eINSTANCE.getMetricTarget();

		/**
		 * The meta object literal for the '<em><b>Average Utilization</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_TARGET__AVERAGE_UTILIZATION = eINSTANCE.getMetricTarget_AverageUtilization();

		/**
		 * The meta object literal for the '<em><b>Average Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_TARGET__AVERAGE_VALUE = eINSTANCE.getMetricTarget_AverageValue();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_TARGET__TYPE = eINSTANCE.getMetricTarget_Type();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_TARGET__VALUE = eINSTANCE.getMetricTarget_Value();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.MetricValueStatusImpl <em>Metric Value Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.MetricValueStatusImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getMetricValueStatus()
		 * @generated
		 */
		EClass METRIC_VALUE_STATUS = eINSTANCE.getMetricValueStatus();

		/**
		 * The meta object literal for the '<em><b>Average Utilization</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_VALUE_STATUS__AVERAGE_UTILIZATION = eINSTANCE.getMetricValueStatus_AverageUtilization();

		/**
		 * The meta object literal for the '<em><b>Average Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_VALUE_STATUS__AVERAGE_VALUE = eINSTANCE.getMetricValueStatus_AverageValue();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_VALUE_STATUS__VALUE = eINSTANCE.getMetricValueStatus_Value();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.ObjectMetricSourceImpl <em>Object Metric Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.ObjectMetricSourceImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getObjectMetricSource()
		 * @generated
		 */
		EClass OBJECT_METRIC_SOURCE = eINSTANCE.getObjectMetricSource();

		/**
		 * The meta object literal for the '<em><b>Described Object</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECT_METRIC_SOURCE__DESCRIBED_OBJECT = eINSTANCE.getObjectMetricSource_DescribedObject();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECT_METRIC_SOURCE__METRIC = eINSTANCE.getObjectMetricSource_Metric();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECT_METRIC_SOURCE__TARGET = eINSTANCE.getObjectMetricSource_Target();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.ObjectMetricStatusImpl <em>Object Metric Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.ObjectMetricStatusImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getObjectMetricStatus()
		 * @generated
		 */
		EClass OBJECT_METRIC_STATUS = eINSTANCE.getObjectMetricStatus();

		/**
		 * The meta object literal for the '<em><b>Current</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECT_METRIC_STATUS__CURRENT = eINSTANCE.getObjectMetricStatus_Current();

		/**
		 * The meta object literal for the '<em><b>Described Object</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECT_METRIC_STATUS__DESCRIBED_OBJECT = eINSTANCE.getObjectMetricStatus_DescribedObject();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECT_METRIC_STATUS__METRIC = eINSTANCE.getObjectMetricStatus_Metric();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.PodsMetricSourceImpl <em>Pods Metric Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.PodsMetricSourceImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getPodsMetricSource()
		 * @generated
		 */
		EClass PODS_METRIC_SOURCE = eINSTANCE.getPodsMetricSource();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PODS_METRIC_SOURCE__METRIC = eINSTANCE.getPodsMetricSource_Metric();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PODS_METRIC_SOURCE__TARGET = eINSTANCE.getPodsMetricSource_Target();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.PodsMetricStatusImpl <em>Pods Metric Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.PodsMetricStatusImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getPodsMetricStatus()
		 * @generated
		 */
		EClass PODS_METRIC_STATUS = eINSTANCE.getPodsMetricStatus();

		/**
		 * The meta object literal for the '<em><b>Current</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PODS_METRIC_STATUS__CURRENT = eINSTANCE.getPodsMetricStatus_Current();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PODS_METRIC_STATUS__METRIC = eINSTANCE.getPodsMetricStatus_Metric();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.ResourceMetricSourceImpl <em>Resource Metric Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.ResourceMetricSourceImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getResourceMetricSource()
		 * @generated
		 */
		EClass RESOURCE_METRIC_SOURCE = eINSTANCE.getResourceMetricSource();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_METRIC_SOURCE__NAME = eINSTANCE.getResourceMetricSource_Name();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_METRIC_SOURCE__TARGET = eINSTANCE.getResourceMetricSource_Target();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v2.impl.ResourceMetricStatusImpl <em>Resource Metric Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.ResourceMetricStatusImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl#getResourceMetricStatus()
		 * @generated
		 */
		EClass RESOURCE_METRIC_STATUS = eINSTANCE.getResourceMetricStatus();

		/**
		 * The meta object literal for the '<em><b>Current</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_METRIC_STATUS__CURRENT = eINSTANCE.getResourceMetricStatus_Current();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_METRIC_STATUS__NAME = eINSTANCE.getResourceMetricStatus_Name();

	}

} //AutoscalingV2Package
