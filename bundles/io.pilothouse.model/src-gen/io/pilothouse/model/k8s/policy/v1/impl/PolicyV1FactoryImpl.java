/**
 */
package io.pilothouse.model.k8s.policy.v1.impl;

import io.pilothouse.model.k8s.policy.v1.*;

import io.pilothouse.model.types.Time;

import java.util.Map;

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
public class PolicyV1FactoryImpl extends EFactoryImpl implements PolicyV1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static PolicyV1Factory init() {
		try {
			PolicyV1Factory thePolicyV1Factory = (PolicyV1Factory)EPackage.Registry.INSTANCE.getEFactory(PolicyV1Package.eNS_URI);
			if (thePolicyV1Factory != null) {
				return thePolicyV1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new PolicyV1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PolicyV1FactoryImpl() {
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
			case PolicyV1Package.EVICTION: return createEviction();
			case PolicyV1Package.POD_DISRUPTION_BUDGET: return createPodDisruptionBudget();
			case PolicyV1Package.POD_DISRUPTION_BUDGET_LIST: return createPodDisruptionBudgetList();
			case PolicyV1Package.POD_DISRUPTION_BUDGET_SPEC: return createPodDisruptionBudgetSpec();
			case PolicyV1Package.POD_DISRUPTION_BUDGET_STATUS: return createPodDisruptionBudgetStatus();
			case PolicyV1Package.TIME_MAP_ENTRY: return (EObject)createTimeMapEntry();
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
	public Eviction createEviction() {
		EvictionImpl eviction = new EvictionImpl();
		return eviction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodDisruptionBudget createPodDisruptionBudget() {
		PodDisruptionBudgetImpl podDisruptionBudget = new PodDisruptionBudgetImpl();
		return podDisruptionBudget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodDisruptionBudgetList createPodDisruptionBudgetList() {
		PodDisruptionBudgetListImpl podDisruptionBudgetList = new PodDisruptionBudgetListImpl();
		return podDisruptionBudgetList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodDisruptionBudgetSpec createPodDisruptionBudgetSpec() {
		PodDisruptionBudgetSpecImpl podDisruptionBudgetSpec = new PodDisruptionBudgetSpecImpl();
		return podDisruptionBudgetSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodDisruptionBudgetStatus createPodDisruptionBudgetStatus() {
		PodDisruptionBudgetStatusImpl podDisruptionBudgetStatus = new PodDisruptionBudgetStatusImpl();
		return podDisruptionBudgetStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Map.Entry<String, Time> createTimeMapEntry() {
		TimeMapEntryImpl timeMapEntry = new TimeMapEntryImpl();
		return timeMapEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyV1Package getPolicyV1Package() {
		return (PolicyV1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static PolicyV1Package getPackage() {
		return PolicyV1Package.eINSTANCE;
	}

} //PolicyV1FactoryImpl
