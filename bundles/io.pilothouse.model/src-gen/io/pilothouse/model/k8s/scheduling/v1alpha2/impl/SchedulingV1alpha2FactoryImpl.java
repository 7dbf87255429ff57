/**
 */
package io.pilothouse.model.k8s.scheduling.v1alpha2.impl;

import io.pilothouse.model.k8s.scheduling.v1alpha2.*;

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
public class SchedulingV1alpha2FactoryImpl extends EFactoryImpl implements SchedulingV1alpha2Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SchedulingV1alpha2Factory init() {
		try {
			SchedulingV1alpha2Factory theSchedulingV1alpha2Factory = (SchedulingV1alpha2Factory)EPackage.Registry.INSTANCE.getEFactory(SchedulingV1alpha2Package.eNS_URI);
			if (theSchedulingV1alpha2Factory != null) {
				return theSchedulingV1alpha2Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SchedulingV1alpha2FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SchedulingV1alpha2FactoryImpl() {
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
			case SchedulingV1alpha2Package.BASIC_SCHEDULING_POLICY: return createBasicSchedulingPolicy();
			case SchedulingV1alpha2Package.GANG_SCHEDULING_POLICY: return createGangSchedulingPolicy();
			case SchedulingV1alpha2Package.POD_GROUP: return createPodGroup();
			case SchedulingV1alpha2Package.POD_GROUP_LIST: return createPodGroupList();
			case SchedulingV1alpha2Package.POD_GROUP_RESOURCE_CLAIM: return createPodGroupResourceClaim();
			case SchedulingV1alpha2Package.POD_GROUP_RESOURCE_CLAIM_STATUS: return createPodGroupResourceClaimStatus();
			case SchedulingV1alpha2Package.POD_GROUP_SCHEDULING_CONSTRAINTS: return createPodGroupSchedulingConstraints();
			case SchedulingV1alpha2Package.POD_GROUP_SCHEDULING_POLICY: return createPodGroupSchedulingPolicy();
			case SchedulingV1alpha2Package.POD_GROUP_SPEC: return createPodGroupSpec();
			case SchedulingV1alpha2Package.POD_GROUP_STATUS: return createPodGroupStatus();
			case SchedulingV1alpha2Package.POD_GROUP_TEMPLATE: return createPodGroupTemplate();
			case SchedulingV1alpha2Package.POD_GROUP_TEMPLATE_REFERENCE: return createPodGroupTemplateReference();
			case SchedulingV1alpha2Package.TOPOLOGY_CONSTRAINT: return createTopologyConstraint();
			case SchedulingV1alpha2Package.TYPED_LOCAL_OBJECT_REFERENCE: return createTypedLocalObjectReference();
			case SchedulingV1alpha2Package.WORKLOAD: return createWorkload();
			case SchedulingV1alpha2Package.WORKLOAD_LIST: return createWorkloadList();
			case SchedulingV1alpha2Package.WORKLOAD_POD_GROUP_TEMPLATE_REFERENCE: return createWorkloadPodGroupTemplateReference();
			case SchedulingV1alpha2Package.WORKLOAD_SPEC: return createWorkloadSpec();
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
	public BasicSchedulingPolicy createBasicSchedulingPolicy() {
		BasicSchedulingPolicyImpl basicSchedulingPolicy = new BasicSchedulingPolicyImpl();
		return basicSchedulingPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GangSchedulingPolicy createGangSchedulingPolicy() {
		GangSchedulingPolicyImpl gangSchedulingPolicy = new GangSchedulingPolicyImpl();
		return gangSchedulingPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodGroup createPodGroup() {
		PodGroupImpl podGroup = new PodGroupImpl();
		return podGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodGroupList createPodGroupList() {
		PodGroupListImpl podGroupList = new PodGroupListImpl();
		return podGroupList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodGroupResourceClaim createPodGroupResourceClaim() {
		PodGroupResourceClaimImpl podGroupResourceClaim = new PodGroupResourceClaimImpl();
		return podGroupResourceClaim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodGroupResourceClaimStatus createPodGroupResourceClaimStatus() {
		PodGroupResourceClaimStatusImpl podGroupResourceClaimStatus = new PodGroupResourceClaimStatusImpl();
		return podGroupResourceClaimStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodGroupSchedulingConstraints createPodGroupSchedulingConstraints() {
		PodGroupSchedulingConstraintsImpl podGroupSchedulingConstraints = new PodGroupSchedulingConstraintsImpl();
		return podGroupSchedulingConstraints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodGroupSchedulingPolicy createPodGroupSchedulingPolicy() {
		PodGroupSchedulingPolicyImpl podGroupSchedulingPolicy = new PodGroupSchedulingPolicyImpl();
		return podGroupSchedulingPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodGroupSpec createPodGroupSpec() {
		PodGroupSpecImpl podGroupSpec = new PodGroupSpecImpl();
		return podGroupSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodGroupStatus createPodGroupStatus() {
		PodGroupStatusImpl podGroupStatus = new PodGroupStatusImpl();
		return podGroupStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodGroupTemplate createPodGroupTemplate() {
		PodGroupTemplateImpl podGroupTemplate = new PodGroupTemplateImpl();
		return podGroupTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodGroupTemplateReference createPodGroupTemplateReference() {
		PodGroupTemplateReferenceImpl podGroupTemplateReference = new PodGroupTemplateReferenceImpl();
		return podGroupTemplateReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TopologyConstraint createTopologyConstraint() {
		TopologyConstraintImpl topologyConstraint = new TopologyConstraintImpl();
		return topologyConstraint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TypedLocalObjectReference createTypedLocalObjectReference() {
		TypedLocalObjectReferenceImpl typedLocalObjectReference = new TypedLocalObjectReferenceImpl();
		return typedLocalObjectReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Workload createWorkload() {
		WorkloadImpl workload = new WorkloadImpl();
		return workload;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkloadList createWorkloadList() {
		WorkloadListImpl workloadList = new WorkloadListImpl();
		return workloadList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkloadPodGroupTemplateReference createWorkloadPodGroupTemplateReference() {
		WorkloadPodGroupTemplateReferenceImpl workloadPodGroupTemplateReference = new WorkloadPodGroupTemplateReferenceImpl();
		return workloadPodGroupTemplateReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkloadSpec createWorkloadSpec() {
		WorkloadSpecImpl workloadSpec = new WorkloadSpecImpl();
		return workloadSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SchedulingV1alpha2Package getSchedulingV1alpha2Package() {
		return (SchedulingV1alpha2Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SchedulingV1alpha2Package getPackage() {
		return SchedulingV1alpha2Package.eINSTANCE;
	}

} //SchedulingV1alpha2FactoryImpl
