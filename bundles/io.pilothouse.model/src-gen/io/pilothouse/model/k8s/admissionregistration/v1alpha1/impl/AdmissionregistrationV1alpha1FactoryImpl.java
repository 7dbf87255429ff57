/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1alpha1.impl;

import io.pilothouse.model.k8s.admissionregistration.v1alpha1.*;

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
public class AdmissionregistrationV1alpha1FactoryImpl extends EFactoryImpl implements AdmissionregistrationV1alpha1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static AdmissionregistrationV1alpha1Factory init() {
		try {
			AdmissionregistrationV1alpha1Factory theAdmissionregistrationV1alpha1Factory = (AdmissionregistrationV1alpha1Factory)EPackage.Registry.INSTANCE.getEFactory(AdmissionregistrationV1alpha1Package.eNS_URI);
			if (theAdmissionregistrationV1alpha1Factory != null) {
				return theAdmissionregistrationV1alpha1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new AdmissionregistrationV1alpha1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdmissionregistrationV1alpha1FactoryImpl() {
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
			case AdmissionregistrationV1alpha1Package.APPLY_CONFIGURATION: return createApplyConfiguration();
			case AdmissionregistrationV1alpha1Package.JSON_PATCH: return createJSONPatch();
			case AdmissionregistrationV1alpha1Package.MATCH_CONDITION: return createMatchCondition();
			case AdmissionregistrationV1alpha1Package.MATCH_RESOURCES: return createMatchResources();
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY: return createMutatingAdmissionPolicy();
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_BINDING: return createMutatingAdmissionPolicyBinding();
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_BINDING_LIST: return createMutatingAdmissionPolicyBindingList();
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_BINDING_SPEC: return createMutatingAdmissionPolicyBindingSpec();
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_LIST: return createMutatingAdmissionPolicyList();
			case AdmissionregistrationV1alpha1Package.MUTATING_ADMISSION_POLICY_SPEC: return createMutatingAdmissionPolicySpec();
			case AdmissionregistrationV1alpha1Package.MUTATION: return createMutation();
			case AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS: return createNamedRuleWithOperations();
			case AdmissionregistrationV1alpha1Package.PARAM_KIND: return createParamKind();
			case AdmissionregistrationV1alpha1Package.PARAM_REF: return createParamRef();
			case AdmissionregistrationV1alpha1Package.VARIABLE: return createVariable();
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
	public ApplyConfiguration createApplyConfiguration() {
		ApplyConfigurationImpl applyConfiguration = new ApplyConfigurationImpl();
		return applyConfiguration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JSONPatch createJSONPatch() {
		JSONPatchImpl jsonPatch = new JSONPatchImpl();
		return jsonPatch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MatchCondition createMatchCondition() {
		MatchConditionImpl matchCondition = new MatchConditionImpl();
		return matchCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MatchResources createMatchResources() {
		MatchResourcesImpl matchResources = new MatchResourcesImpl();
		return matchResources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MutatingAdmissionPolicy createMutatingAdmissionPolicy() {
		MutatingAdmissionPolicyImpl mutatingAdmissionPolicy = new MutatingAdmissionPolicyImpl();
		return mutatingAdmissionPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MutatingAdmissionPolicyBinding createMutatingAdmissionPolicyBinding() {
		MutatingAdmissionPolicyBindingImpl mutatingAdmissionPolicyBinding = new MutatingAdmissionPolicyBindingImpl();
		return mutatingAdmissionPolicyBinding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MutatingAdmissionPolicyBindingList createMutatingAdmissionPolicyBindingList() {
		MutatingAdmissionPolicyBindingListImpl mutatingAdmissionPolicyBindingList = new MutatingAdmissionPolicyBindingListImpl();
		return mutatingAdmissionPolicyBindingList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MutatingAdmissionPolicyBindingSpec createMutatingAdmissionPolicyBindingSpec() {
		MutatingAdmissionPolicyBindingSpecImpl mutatingAdmissionPolicyBindingSpec = new MutatingAdmissionPolicyBindingSpecImpl();
		return mutatingAdmissionPolicyBindingSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MutatingAdmissionPolicyList createMutatingAdmissionPolicyList() {
		MutatingAdmissionPolicyListImpl mutatingAdmissionPolicyList = new MutatingAdmissionPolicyListImpl();
		return mutatingAdmissionPolicyList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MutatingAdmissionPolicySpec createMutatingAdmissionPolicySpec() {
		MutatingAdmissionPolicySpecImpl mutatingAdmissionPolicySpec = new MutatingAdmissionPolicySpecImpl();
		return mutatingAdmissionPolicySpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mutation createMutation() {
		MutationImpl mutation = new MutationImpl();
		return mutation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamedRuleWithOperations createNamedRuleWithOperations() {
		NamedRuleWithOperationsImpl namedRuleWithOperations = new NamedRuleWithOperationsImpl();
		return namedRuleWithOperations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParamKind createParamKind() {
		ParamKindImpl paramKind = new ParamKindImpl();
		return paramKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParamRef createParamRef() {
		ParamRefImpl paramRef = new ParamRefImpl();
		return paramRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Variable createVariable() {
		VariableImpl variable = new VariableImpl();
		return variable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdmissionregistrationV1alpha1Package getAdmissionregistrationV1alpha1Package() {
		return (AdmissionregistrationV1alpha1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static AdmissionregistrationV1alpha1Package getPackage() {
		return AdmissionregistrationV1alpha1Package.eINSTANCE;
	}

} //AdmissionregistrationV1alpha1FactoryImpl
