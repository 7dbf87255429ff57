/**
 */
package io.pilothouse.model.k8s.apiextensions.v1.impl;

import com.fasterxml.jackson.databind.JsonNode;

import io.pilothouse.model.k8s.apiextensions.v1.*;

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
public class ApiextensionsV1FactoryImpl extends EFactoryImpl implements ApiextensionsV1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ApiextensionsV1Factory init() {
		try {
			ApiextensionsV1Factory theApiextensionsV1Factory = (ApiextensionsV1Factory)EPackage.Registry.INSTANCE.getEFactory(ApiextensionsV1Package.eNS_URI);
			if (theApiextensionsV1Factory != null) {
				return theApiextensionsV1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ApiextensionsV1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ApiextensionsV1FactoryImpl() {
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_COLUMN_DEFINITION: return createCustomResourceColumnDefinition();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_CONVERSION: return createCustomResourceConversion();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION: return createCustomResourceDefinition();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_CONDITION: return createCustomResourceDefinitionCondition();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_LIST: return createCustomResourceDefinitionList();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES: return createCustomResourceDefinitionNames();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC: return createCustomResourceDefinitionSpec();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_STATUS: return createCustomResourceDefinitionStatus();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION: return createCustomResourceDefinitionVersion();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_SUBRESOURCE_SCALE: return createCustomResourceSubresourceScale();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_SUBRESOURCE_STATUS: return createCustomResourceSubresourceStatus();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_SUBRESOURCES: return createCustomResourceSubresources();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_VALIDATION: return createCustomResourceValidation();
			case ApiextensionsV1Package.EXTERNAL_DOCUMENTATION: return createExternalDocumentation();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS: return createJSONSchemaProps();
			case ApiextensionsV1Package.SELECTABLE_FIELD: return createSelectableField();
			case ApiextensionsV1Package.SERVICE_REFERENCE: return createServiceReference();
			case ApiextensionsV1Package.VALIDATION_RULE: return createValidationRule();
			case ApiextensionsV1Package.WEBHOOK_CLIENT_CONFIG: return createWebhookClientConfig();
			case ApiextensionsV1Package.WEBHOOK_CONVERSION: return createWebhookConversion();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS_MAP_ENTRY: return (EObject)createJSONSchemaPropsMapEntry();
			case ApiextensionsV1Package.JSON_MAP_ENTRY: return (EObject)createJSONMapEntry();
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
	public CustomResourceColumnDefinition createCustomResourceColumnDefinition() {
		CustomResourceColumnDefinitionImpl customResourceColumnDefinition = new CustomResourceColumnDefinitionImpl();
		return customResourceColumnDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomResourceConversion createCustomResourceConversion() {
		CustomResourceConversionImpl customResourceConversion = new CustomResourceConversionImpl();
		return customResourceConversion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomResourceDefinition createCustomResourceDefinition() {
		CustomResourceDefinitionImpl customResourceDefinition = new CustomResourceDefinitionImpl();
		return customResourceDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomResourceDefinitionCondition createCustomResourceDefinitionCondition() {
		CustomResourceDefinitionConditionImpl customResourceDefinitionCondition = new CustomResourceDefinitionConditionImpl();
		return customResourceDefinitionCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomResourceDefinitionList createCustomResourceDefinitionList() {
		CustomResourceDefinitionListImpl customResourceDefinitionList = new CustomResourceDefinitionListImpl();
		return customResourceDefinitionList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomResourceDefinitionNames createCustomResourceDefinitionNames() {
		CustomResourceDefinitionNamesImpl customResourceDefinitionNames = new CustomResourceDefinitionNamesImpl();
		return customResourceDefinitionNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomResourceDefinitionSpec createCustomResourceDefinitionSpec() {
		CustomResourceDefinitionSpecImpl customResourceDefinitionSpec = new CustomResourceDefinitionSpecImpl();
		return customResourceDefinitionSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomResourceDefinitionStatus createCustomResourceDefinitionStatus() {
		CustomResourceDefinitionStatusImpl customResourceDefinitionStatus = new CustomResourceDefinitionStatusImpl();
		return customResourceDefinitionStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomResourceDefinitionVersion createCustomResourceDefinitionVersion() {
		CustomResourceDefinitionVersionImpl customResourceDefinitionVersion = new CustomResourceDefinitionVersionImpl();
		return customResourceDefinitionVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomResourceSubresourceScale createCustomResourceSubresourceScale() {
		CustomResourceSubresourceScaleImpl customResourceSubresourceScale = new CustomResourceSubresourceScaleImpl();
		return customResourceSubresourceScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomResourceSubresourceStatus createCustomResourceSubresourceStatus() {
		CustomResourceSubresourceStatusImpl customResourceSubresourceStatus = new CustomResourceSubresourceStatusImpl();
		return customResourceSubresourceStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomResourceSubresources createCustomResourceSubresources() {
		CustomResourceSubresourcesImpl customResourceSubresources = new CustomResourceSubresourcesImpl();
		return customResourceSubresources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomResourceValidation createCustomResourceValidation() {
		CustomResourceValidationImpl customResourceValidation = new CustomResourceValidationImpl();
		return customResourceValidation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExternalDocumentation createExternalDocumentation() {
		ExternalDocumentationImpl externalDocumentation = new ExternalDocumentationImpl();
		return externalDocumentation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JSONSchemaProps createJSONSchemaProps() {
		JSONSchemaPropsImpl jsonSchemaProps = new JSONSchemaPropsImpl();
		return jsonSchemaProps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SelectableField createSelectableField() {
		SelectableFieldImpl selectableField = new SelectableFieldImpl();
		return selectableField;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceReference createServiceReference() {
		ServiceReferenceImpl serviceReference = new ServiceReferenceImpl();
		return serviceReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValidationRule createValidationRule() {
		ValidationRuleImpl validationRule = new ValidationRuleImpl();
		return validationRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WebhookClientConfig createWebhookClientConfig() {
		WebhookClientConfigImpl webhookClientConfig = new WebhookClientConfigImpl();
		return webhookClientConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WebhookConversion createWebhookConversion() {
		WebhookConversionImpl webhookConversion = new WebhookConversionImpl();
		return webhookConversion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Map.Entry<String, JSONSchemaProps> createJSONSchemaPropsMapEntry() {
		JSONSchemaPropsMapEntryImpl jsonSchemaPropsMapEntry = new JSONSchemaPropsMapEntryImpl();
		return jsonSchemaPropsMapEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Map.Entry<String, JsonNode> createJSONMapEntry() {
		JSONMapEntryImpl jsonMapEntry = new JSONMapEntryImpl();
		return jsonMapEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApiextensionsV1Package getApiextensionsV1Package() {
		return (ApiextensionsV1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ApiextensionsV1Package getPackage() {
		return ApiextensionsV1Package.eINSTANCE;
	}

} //ApiextensionsV1FactoryImpl
