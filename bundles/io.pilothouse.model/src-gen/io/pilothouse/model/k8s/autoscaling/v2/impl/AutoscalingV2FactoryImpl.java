/**
 */
package io.pilothouse.model.k8s.autoscaling.v2.impl;

import io.pilothouse.model.k8s.autoscaling.v2.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class AutoscalingV2FactoryImpl extends EFactoryImpl implements AutoscalingV2Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static AutoscalingV2Factory init() {
		try {
			AutoscalingV2Factory theAutoscalingV2Factory = (AutoscalingV2Factory)EPackage.Registry.INSTANCE.getEFactory(AutoscalingV2Package.eNS_URI);
			if (theAutoscalingV2Factory != null) {
				return theAutoscalingV2Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new AutoscalingV2FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AutoscalingV2FactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case AutoscalingV2Package.CONTAINER_RESOURCE_METRIC_SOURCE: return createContainerResourceMetricSource();
			case AutoscalingV2Package.CONTAINER_RESOURCE_METRIC_STATUS: return createContainerResourceMetricStatus();
			case AutoscalingV2Package.CROSS_VERSION_OBJECT_REFERENCE: return createCrossVersionObjectReference();
			case AutoscalingV2Package.EXTERNAL_METRIC_SOURCE: return createExternalMetricSource();
			case AutoscalingV2Package.EXTERNAL_METRIC_STATUS: return createExternalMetricStatus();
			case AutoscalingV2Package.HPA_SCALING_POLICY: return createHPAScalingPolicy();
			case AutoscalingV2Package.HPA_SCALING_RULES: return createHPAScalingRules();
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER: return createHorizontalPodAutoscaler();
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_BEHAVIOR: return createHorizontalPodAutoscalerBehavior();
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_CONDITION: return createHorizontalPodAutoscalerCondition();
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_LIST: return createHorizontalPodAutoscalerList();
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_SPEC: return createHorizontalPodAutoscalerSpec();
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_STATUS: return createHorizontalPodAutoscalerStatus();
			case AutoscalingV2Package.METRIC_IDENTIFIER: return createMetricIdentifier();
			case AutoscalingV2Package.METRIC_SPEC: return createMetricSpec();
			case AutoscalingV2Package.METRIC_STATUS: return createMetricStatus();
			case AutoscalingV2Package.METRIC_TARGET: return createMetricTarget();
			case AutoscalingV2Package.METRIC_VALUE_STATUS: return createMetricValueStatus();
			case AutoscalingV2Package.OBJECT_METRIC_SOURCE: return createObjectMetricSource();
			case AutoscalingV2Package.OBJECT_METRIC_STATUS: return createObjectMetricStatus();
			case AutoscalingV2Package.PODS_METRIC_SOURCE: return createPodsMetricSource();
			case AutoscalingV2Package.PODS_METRIC_STATUS: return createPodsMetricStatus();
			case AutoscalingV2Package.RESOURCE_METRIC_SOURCE: return createResourceMetricSource();
			case AutoscalingV2Package.RESOURCE_METRIC_STATUS: return createResourceMetricStatus();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerResourceMetricSource createContainerResourceMetricSource() {
		ContainerResourceMetricSourceImpl containerResourceMetricSource = new ContainerResourceMetricSourceImpl();
		return containerResourceMetricSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerResourceMetricStatus createContainerResourceMetricStatus() {
		ContainerResourceMetricStatusImpl containerResourceMetricStatus = new ContainerResourceMetricStatusImpl();
		return containerResourceMetricStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CrossVersionObjectReference createCrossVersionObjectReference() {
		CrossVersionObjectReferenceImpl crossVersionObjectReference = new CrossVersionObjectReferenceImpl();
		return crossVersionObjectReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExternalMetricSource createExternalMetricSource() {
		ExternalMetricSourceImpl externalMetricSource = new ExternalMetricSourceImpl();
		return externalMetricSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExternalMetricStatus createExternalMetricStatus() {
		ExternalMetricStatusImpl externalMetricStatus = new ExternalMetricStatusImpl();
		return externalMetricStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HPAScalingPolicy createHPAScalingPolicy() {
		HPAScalingPolicyImpl hpaScalingPolicy = new HPAScalingPolicyImpl();
		return hpaScalingPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HPAScalingRules createHPAScalingRules() {
		HPAScalingRulesImpl hpaScalingRules = new HPAScalingRulesImpl();
		return hpaScalingRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HorizontalPodAutoscaler createHorizontalPodAutoscaler() {
		HorizontalPodAutoscalerImpl horizontalPodAutoscaler = new HorizontalPodAutoscalerImpl();
		return horizontalPodAutoscaler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HorizontalPodAutoscalerBehavior createHorizontalPodAutoscalerBehavior() {
		HorizontalPodAutoscalerBehaviorImpl horizontalPodAutoscalerBehavior = new HorizontalPodAutoscalerBehaviorImpl();
		return horizontalPodAutoscalerBehavior;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HorizontalPodAutoscalerCondition createHorizontalPodAutoscalerCondition() {
		HorizontalPodAutoscalerConditionImpl horizontalPodAutoscalerCondition = new HorizontalPodAutoscalerConditionImpl();
		return horizontalPodAutoscalerCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HorizontalPodAutoscalerList createHorizontalPodAutoscalerList() {
		HorizontalPodAutoscalerListImpl horizontalPodAutoscalerList = new HorizontalPodAutoscalerListImpl();
		return horizontalPodAutoscalerList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HorizontalPodAutoscalerSpec createHorizontalPodAutoscalerSpec() {
		HorizontalPodAutoscalerSpecImpl horizontalPodAutoscalerSpec = new HorizontalPodAutoscalerSpecImpl();
		return horizontalPodAutoscalerSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HorizontalPodAutoscalerStatus createHorizontalPodAutoscalerStatus() {
		HorizontalPodAutoscalerStatusImpl horizontalPodAutoscalerStatus = new HorizontalPodAutoscalerStatusImpl();
		return horizontalPodAutoscalerStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetricIdentifier createMetricIdentifier() {
		MetricIdentifierImpl metricIdentifier = new MetricIdentifierImpl();
		return metricIdentifier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetricSpec createMetricSpec() {
		MetricSpecImpl metricSpec = new MetricSpecImpl();
		return metricSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetricStatus createMetricStatus() {
		MetricStatusImpl metricStatus = new MetricStatusImpl();
		return metricStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetricTarget createMetricTarget() {
		MetricTargetImpl metricTarget = new MetricTargetImpl();
		return metricTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetricValueStatus createMetricValueStatus() {
		MetricValueStatusImpl metricValueStatus = new MetricValueStatusImpl();
		return metricValueStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectMetricSource createObjectMetricSource() {
		ObjectMetricSourceImpl objectMetricSource = new ObjectMetricSourceImpl();
		return objectMetricSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectMetricStatus createObjectMetricStatus() {
		ObjectMetricStatusImpl objectMetricStatus = new ObjectMetricStatusImpl();
		return objectMetricStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodsMetricSource createPodsMetricSource() {
		PodsMetricSourceImpl podsMetricSource = new PodsMetricSourceImpl();
		return podsMetricSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodsMetricStatus createPodsMetricStatus() {
		PodsMetricStatusImpl podsMetricStatus = new PodsMetricStatusImpl();
		return podsMetricStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceMetricSource createResourceMetricSource() {
		ResourceMetricSourceImpl resourceMetricSource = new ResourceMetricSourceImpl();
		return resourceMetricSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceMetricStatus createResourceMetricStatus() {
		ResourceMetricStatusImpl resourceMetricStatus = new ResourceMetricStatusImpl();
		return resourceMetricStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AutoscalingV2Package getAutoscalingV2Package() {
		return (AutoscalingV2Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static AutoscalingV2Package getPackage() {
		return AutoscalingV2Package.eINSTANCE;
	}

} //AutoscalingV2FactoryImpl
