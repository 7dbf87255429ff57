/**
 */
package io.pilothouse.model.k8s.authorization.v1.impl;

import io.pilothouse.model.k8s.authorization.v1.*;

import java.util.Map;

import org.eclipse.emf.common.util.EList;

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
public class AuthorizationV1FactoryImpl extends EFactoryImpl implements AuthorizationV1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static AuthorizationV1Factory init() {
		try {
			AuthorizationV1Factory theAuthorizationV1Factory = (AuthorizationV1Factory)EPackage.Registry.INSTANCE.getEFactory(AuthorizationV1Package.eNS_URI);
			if (theAuthorizationV1Factory != null) {
				return theAuthorizationV1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new AuthorizationV1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AuthorizationV1FactoryImpl() {
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
			case AuthorizationV1Package.FIELD_SELECTOR_ATTRIBUTES: return createFieldSelectorAttributes();
			case AuthorizationV1Package.LABEL_SELECTOR_ATTRIBUTES: return createLabelSelectorAttributes();
			case AuthorizationV1Package.LOCAL_SUBJECT_ACCESS_REVIEW: return createLocalSubjectAccessReview();
			case AuthorizationV1Package.NON_RESOURCE_ATTRIBUTES: return createNonResourceAttributes();
			case AuthorizationV1Package.NON_RESOURCE_RULE: return createNonResourceRule();
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES: return createResourceAttributes();
			case AuthorizationV1Package.RESOURCE_RULE: return createResourceRule();
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW: return createSelfSubjectAccessReview();
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW_SPEC: return createSelfSubjectAccessReviewSpec();
			case AuthorizationV1Package.SELF_SUBJECT_RULES_REVIEW: return createSelfSubjectRulesReview();
			case AuthorizationV1Package.SELF_SUBJECT_RULES_REVIEW_SPEC: return createSelfSubjectRulesReviewSpec();
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW: return createSubjectAccessReview();
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC: return createSubjectAccessReviewSpec();
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_STATUS: return createSubjectAccessReviewStatus();
			case AuthorizationV1Package.SUBJECT_RULES_REVIEW_STATUS: return createSubjectRulesReviewStatus();
			case AuthorizationV1Package.STRING_LIST_MAP_ENTRY: return (EObject)createStringListMapEntry();
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
	public FieldSelectorAttributes createFieldSelectorAttributes() {
		FieldSelectorAttributesImpl fieldSelectorAttributes = new FieldSelectorAttributesImpl();
		return fieldSelectorAttributes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelSelectorAttributes createLabelSelectorAttributes() {
		LabelSelectorAttributesImpl labelSelectorAttributes = new LabelSelectorAttributesImpl();
		return labelSelectorAttributes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalSubjectAccessReview createLocalSubjectAccessReview() {
		LocalSubjectAccessReviewImpl localSubjectAccessReview = new LocalSubjectAccessReviewImpl();
		return localSubjectAccessReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NonResourceAttributes createNonResourceAttributes() {
		NonResourceAttributesImpl nonResourceAttributes = new NonResourceAttributesImpl();
		return nonResourceAttributes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NonResourceRule createNonResourceRule() {
		NonResourceRuleImpl nonResourceRule = new NonResourceRuleImpl();
		return nonResourceRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceAttributes createResourceAttributes() {
		ResourceAttributesImpl resourceAttributes = new ResourceAttributesImpl();
		return resourceAttributes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceRule createResourceRule() {
		ResourceRuleImpl resourceRule = new ResourceRuleImpl();
		return resourceRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SelfSubjectAccessReview createSelfSubjectAccessReview() {
		SelfSubjectAccessReviewImpl selfSubjectAccessReview = new SelfSubjectAccessReviewImpl();
		return selfSubjectAccessReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SelfSubjectAccessReviewSpec createSelfSubjectAccessReviewSpec() {
		SelfSubjectAccessReviewSpecImpl selfSubjectAccessReviewSpec = new SelfSubjectAccessReviewSpecImpl();
		return selfSubjectAccessReviewSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SelfSubjectRulesReview createSelfSubjectRulesReview() {
		SelfSubjectRulesReviewImpl selfSubjectRulesReview = new SelfSubjectRulesReviewImpl();
		return selfSubjectRulesReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SelfSubjectRulesReviewSpec createSelfSubjectRulesReviewSpec() {
		SelfSubjectRulesReviewSpecImpl selfSubjectRulesReviewSpec = new SelfSubjectRulesReviewSpecImpl();
		return selfSubjectRulesReviewSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubjectAccessReview createSubjectAccessReview() {
		SubjectAccessReviewImpl subjectAccessReview = new SubjectAccessReviewImpl();
		return subjectAccessReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubjectAccessReviewSpec createSubjectAccessReviewSpec() {
		SubjectAccessReviewSpecImpl subjectAccessReviewSpec = new SubjectAccessReviewSpecImpl();
		return subjectAccessReviewSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubjectAccessReviewStatus createSubjectAccessReviewStatus() {
		SubjectAccessReviewStatusImpl subjectAccessReviewStatus = new SubjectAccessReviewStatusImpl();
		return subjectAccessReviewStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubjectRulesReviewStatus createSubjectRulesReviewStatus() {
		SubjectRulesReviewStatusImpl subjectRulesReviewStatus = new SubjectRulesReviewStatusImpl();
		return subjectRulesReviewStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Map.Entry<String, EList<String>> createStringListMapEntry() {
		StringListMapEntryImpl stringListMapEntry = new StringListMapEntryImpl();
		return stringListMapEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AuthorizationV1Package getAuthorizationV1Package() {
		return (AuthorizationV1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static AuthorizationV1Package getPackage() {
		return AuthorizationV1Package.eINSTANCE;
	}

} //AuthorizationV1FactoryImpl
