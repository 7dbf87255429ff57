/**
 */
package io.pilothouse.model.k8s.apiextensions.v1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package
 * @generated
 */
public interface ApiextensionsV1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ApiextensionsV1Factory eINSTANCE = io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Custom Resource Column Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Custom Resource Column Definition</em>'.
	 * @generated
	 */
	CustomResourceColumnDefinition createCustomResourceColumnDefinition();

	/**
	 * Returns a new object of class '<em>Custom Resource Conversion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Custom Resource Conversion</em>'.
	 * @generated
	 */
	CustomResourceConversion createCustomResourceConversion();

	/**
	 * Returns a new object of class '<em>Custom Resource Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Custom Resource Definition</em>'.
	 * @generated
	 */
	CustomResourceDefinition createCustomResourceDefinition();

	/**
	 * Returns a new object of class '<em>Custom Resource Definition Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Custom Resource Definition Condition</em>'.
	 * @generated
	 */
	CustomResourceDefinitionCondition createCustomResourceDefinitionCondition();

	/**
	 * Returns a new object of class '<em>Custom Resource Definition List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Custom Resource Definition List</em>'.
	 * @generated
	 */
	CustomResourceDefinitionList createCustomResourceDefinitionList();

	/**
	 * Returns a new object of class '<em>Custom Resource Definition Names</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Custom Resource Definition Names</em>'.
	 * @generated
	 */
	CustomResourceDefinitionNames createCustomResourceDefinitionNames();

	/**
	 * Returns a new object of class '<em>Custom Resource Definition Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Custom Resource Definition Spec</em>'.
	 * @generated
	 */
	CustomResourceDefinitionSpec createCustomResourceDefinitionSpec();

	/**
	 * Returns a new object of class '<em>Custom Resource Definition Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Custom Resource Definition Status</em>'.
	 * @generated
	 */
	CustomResourceDefinitionStatus createCustomResourceDefinitionStatus();

	/**
	 * Returns a new object of class '<em>Custom Resource Definition Version</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Custom Resource Definition Version</em>'.
	 * @generated
	 */
	CustomResourceDefinitionVersion createCustomResourceDefinitionVersion();

	/**
	 * Returns a new object of class '<em>Custom Resource Subresource Scale</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Custom Resource Subresource Scale</em>'.
	 * @generated
	 */
	CustomResourceSubresourceScale createCustomResourceSubresourceScale();

	/**
	 * Returns a new object of class '<em>Custom Resource Subresource Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Custom Resource Subresource Status</em>'.
	 * @generated
	 */
	CustomResourceSubresourceStatus createCustomResourceSubresourceStatus();

	/**
	 * Returns a new object of class '<em>Custom Resource Subresources</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Custom Resource Subresources</em>'.
	 * @generated
	 */
	CustomResourceSubresources createCustomResourceSubresources();

	/**
	 * Returns a new object of class '<em>Custom Resource Validation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Custom Resource Validation</em>'.
	 * @generated
	 */
	CustomResourceValidation createCustomResourceValidation();

	/**
	 * Returns a new object of class '<em>External Documentation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>External Documentation</em>'.
	 * @generated
	 */
	ExternalDocumentation createExternalDocumentation();

	/**
	 * Returns a new object of class '<em>JSON Schema Props</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>JSON Schema Props</em>'.
	 * @generated
	 */
	JSONSchemaProps createJSONSchemaProps();

	/**
	 * Returns a new object of class '<em>Selectable Field</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Selectable Field</em>'.
	 * @generated
	 */
	SelectableField createSelectableField();

	/**
	 * Returns a new object of class '<em>Service Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Reference</em>'.
	 * @generated
	 */
	ServiceReference createServiceReference();

	/**
	 * Returns a new object of class '<em>Validation Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Validation Rule</em>'.
	 * @generated
	 */
	ValidationRule createValidationRule();

	/**
	 * Returns a new object of class '<em>Webhook Client Config</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Webhook Client Config</em>'.
	 * @generated
	 */
	WebhookClientConfig createWebhookClientConfig();

	/**
	 * Returns a new object of class '<em>Webhook Conversion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Webhook Conversion</em>'.
	 * @generated
	 */
	WebhookConversion createWebhookConversion();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ApiextensionsV1Package getApiextensionsV1Package();

} //ApiextensionsV1Factory
