/**
 */
package io.pilothouse.model.k8s.apiextensions.v1;

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
 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Factory
 * @generated
 */
public interface ApiextensionsV1Package extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "v1";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://pilothouse.io/model/k8s/apiextensions/v1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "apiextensions.v1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ApiextensionsV1Package eINSTANCE = io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceColumnDefinitionImpl <em>Custom Resource Column Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceColumnDefinitionImpl
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getCustomResourceColumnDefinition()
	 * @generated
	 */
	int CUSTOM_RESOURCE_COLUMN_DEFINITION = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_COLUMN_DEFINITION__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_COLUMN_DEFINITION__FORMAT = 1;

	/**
	 * The feature id for the '<em><b>Json Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_COLUMN_DEFINITION__JSON_PATH = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_COLUMN_DEFINITION__NAME = 3;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_COLUMN_DEFINITION__PRIORITY = 4;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_COLUMN_DEFINITION__TYPE = 5;

	/**
	 * The number of structural features of the '<em>Custom Resource Column Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_COLUMN_DEFINITION_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceConversionImpl <em>Custom Resource Conversion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceConversionImpl
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getCustomResourceConversion()
	 * @generated
	 */
	int CUSTOM_RESOURCE_CONVERSION = 1;

	/**
	 * The feature id for the '<em><b>Strategy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_CONVERSION__STRATEGY = 0;

	/**
	 * The feature id for the '<em><b>Webhook</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_CONVERSION__WEBHOOK = 1;

	/**
	 * The number of structural features of the '<em>Custom Resource Conversion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_CONVERSION_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionImpl <em>Custom Resource Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionImpl
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getCustomResourceDefinition()
	 * @generated
	 */
	int CUSTOM_RESOURCE_DEFINITION = 2;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Custom Resource Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionConditionImpl <em>Custom Resource Definition Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionConditionImpl
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getCustomResourceDefinitionCondition()
	 * @generated
	 */
	int CUSTOM_RESOURCE_DEFINITION_CONDITION = 3;

	/**
	 * The feature id for the '<em><b>Last Transition Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_CONDITION__LAST_TRANSITION_TIME = 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_CONDITION__MESSAGE = 1;

	/**
	 * The feature id for the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_CONDITION__OBSERVED_GENERATION = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_CONDITION__REASON = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_CONDITION__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_CONDITION__TYPE = 5;

	/**
	 * The number of structural features of the '<em>Custom Resource Definition Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_CONDITION_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionListImpl <em>Custom Resource Definition List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionListImpl
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getCustomResourceDefinitionList()
	 * @generated
	 */
	int CUSTOM_RESOURCE_DEFINITION_LIST = 4;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Custom Resource Definition List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionNamesImpl <em>Custom Resource Definition Names</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionNamesImpl
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getCustomResourceDefinitionNames()
	 * @generated
	 */
	int CUSTOM_RESOURCE_DEFINITION_NAMES = 5;

	/**
	 * The feature id for the '<em><b>Categories</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_NAMES__CATEGORIES = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_NAMES__KIND = 1;

	/**
	 * The feature id for the '<em><b>List Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_NAMES__LIST_KIND = 2;

	/**
	 * The feature id for the '<em><b>Plural</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_NAMES__PLURAL = 3;

	/**
	 * The feature id for the '<em><b>Short Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_NAMES__SHORT_NAMES = 4;

	/**
	 * The feature id for the '<em><b>Singular</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_NAMES__SINGULAR = 5;

	/**
	 * The number of structural features of the '<em>Custom Resource Definition Names</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_NAMES_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionSpecImpl <em>Custom Resource Definition Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionSpecImpl
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getCustomResourceDefinitionSpec()
	 * @generated
	 */
	int CUSTOM_RESOURCE_DEFINITION_SPEC = 6;

	/**
	 * The feature id for the '<em><b>Conversion</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_SPEC__CONVERSION = 0;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_SPEC__GROUP = 1;

	/**
	 * The feature id for the '<em><b>Names</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_SPEC__NAMES = 2;

	/**
	 * The feature id for the '<em><b>Preserve Unknown Fields</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_SPEC__PRESERVE_UNKNOWN_FIELDS = 3;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_SPEC__SCOPE = 4;

	/**
	 * The feature id for the '<em><b>Versions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_SPEC__VERSIONS = 5;

	/**
	 * The number of structural features of the '<em>Custom Resource Definition Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_SPEC_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionStatusImpl <em>Custom Resource Definition Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionStatusImpl
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getCustomResourceDefinitionStatus()
	 * @generated
	 */
	int CUSTOM_RESOURCE_DEFINITION_STATUS = 7;

	/**
	 * The feature id for the '<em><b>Accepted Names</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_STATUS__ACCEPTED_NAMES = 0;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_STATUS__CONDITIONS = 1;

	/**
	 * The feature id for the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_STATUS__OBSERVED_GENERATION = 2;

	/**
	 * The feature id for the '<em><b>Stored Versions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_STATUS__STORED_VERSIONS = 3;

	/**
	 * The number of structural features of the '<em>Custom Resource Definition Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_STATUS_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionVersionImpl <em>Custom Resource Definition Version</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionVersionImpl
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getCustomResourceDefinitionVersion()
	 * @generated
	 */
	int CUSTOM_RESOURCE_DEFINITION_VERSION = 8;

	/**
	 * The feature id for the '<em><b>Additional Printer Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_VERSION__ADDITIONAL_PRINTER_COLUMNS = 0;

	/**
	 * The feature id for the '<em><b>Deprecated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_VERSION__DEPRECATED = 1;

	/**
	 * The feature id for the '<em><b>Deprecation Warning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_VERSION__DEPRECATION_WARNING = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_VERSION__NAME = 3;

	/**
	 * The feature id for the '<em><b>Schema</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_VERSION__SCHEMA = 4;

	/**
	 * The feature id for the '<em><b>Selectable Fields</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_VERSION__SELECTABLE_FIELDS = 5;

	/**
	 * The feature id for the '<em><b>Served</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_VERSION__SERVED = 6;

	/**
	 * The feature id for the '<em><b>Storage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_VERSION__STORAGE = 7;

	/**
	 * The feature id for the '<em><b>Subresources</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_VERSION__SUBRESOURCES = 8;

	/**
	 * The number of structural features of the '<em>Custom Resource Definition Version</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_DEFINITION_VERSION_FEATURE_COUNT = 9;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceSubresourceScaleImpl <em>Custom Resource Subresource Scale</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceSubresourceScaleImpl
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getCustomResourceSubresourceScale()
	 * @generated
	 */
	int CUSTOM_RESOURCE_SUBRESOURCE_SCALE = 9;

	/**
	 * The feature id for the '<em><b>Label Selector Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_SUBRESOURCE_SCALE__LABEL_SELECTOR_PATH = 0;

	/**
	 * The feature id for the '<em><b>Spec Replicas Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_SUBRESOURCE_SCALE__SPEC_REPLICAS_PATH = 1;

	/**
	 * The feature id for the '<em><b>Status Replicas Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_SUBRESOURCE_SCALE__STATUS_REPLICAS_PATH = 2;

	/**
	 * The number of structural features of the '<em>Custom Resource Subresource Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_SUBRESOURCE_SCALE_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceSubresourceStatusImpl <em>Custom Resource Subresource Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceSubresourceStatusImpl
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getCustomResourceSubresourceStatus()
	 * @generated
	 */
	int CUSTOM_RESOURCE_SUBRESOURCE_STATUS = 10;

	/**
	 * The number of structural features of the '<em>Custom Resource Subresource Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_SUBRESOURCE_STATUS_FEATURE_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceSubresourcesImpl <em>Custom Resource Subresources</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceSubresourcesImpl
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getCustomResourceSubresources()
	 * @generated
	 */
	int CUSTOM_RESOURCE_SUBRESOURCES = 11;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_SUBRESOURCES__SCALE = 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_SUBRESOURCES__STATUS = 1;

	/**
	 * The number of structural features of the '<em>Custom Resource Subresources</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_SUBRESOURCES_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceValidationImpl <em>Custom Resource Validation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceValidationImpl
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getCustomResourceValidation()
	 * @generated
	 */
	int CUSTOM_RESOURCE_VALIDATION = 12;

	/**
	 * The feature id for the '<em><b>Open APIV3 Schema</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_VALIDATION__OPEN_APIV3_SCHEMA = 0;

	/**
	 * The number of structural features of the '<em>Custom Resource Validation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_RESOURCE_VALIDATION_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.ExternalDocumentationImpl <em>External Documentation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ExternalDocumentationImpl
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getExternalDocumentation()
	 * @generated
	 */
	int EXTERNAL_DOCUMENTATION = 13;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_DOCUMENTATION__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_DOCUMENTATION__URL = 1;

	/**
	 * The number of structural features of the '<em>External Documentation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_DOCUMENTATION_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl <em>JSON Schema Props</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getJSONSchemaProps()
	 * @generated
	 */
	int JSON_SCHEMA_PROPS = 14;

	/**
	 * The feature id for the '<em><b>Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__REF = 0;

	/**
	 * The feature id for the '<em><b>Schema</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__SCHEMA = 1;

	/**
	 * The feature id for the '<em><b>Additional Items</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__ADDITIONAL_ITEMS = 2;

	/**
	 * The feature id for the '<em><b>Additional Properties</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__ADDITIONAL_PROPERTIES = 3;

	/**
	 * The feature id for the '<em><b>All Of</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__ALL_OF = 4;

	/**
	 * The feature id for the '<em><b>Any Of</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__ANY_OF = 5;

	/**
	 * The feature id for the '<em><b>Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__DEFAULT = 6;

	/**
	 * The feature id for the '<em><b>Definitions</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__DEFINITIONS = 7;

	/**
	 * The feature id for the '<em><b>Dependencies</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__DEPENDENCIES = 8;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__DESCRIPTION = 9;

	/**
	 * The feature id for the '<em><b>Enum</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__ENUM = 10;

	/**
	 * The feature id for the '<em><b>Example</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__EXAMPLE = 11;

	/**
	 * The feature id for the '<em><b>Exclusive Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__EXCLUSIVE_MAXIMUM = 12;

	/**
	 * The feature id for the '<em><b>Exclusive Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__EXCLUSIVE_MINIMUM = 13;

	/**
	 * The feature id for the '<em><b>External Docs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__EXTERNAL_DOCS = 14;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__FORMAT = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__ID = 16;

	/**
	 * The feature id for the '<em><b>Items</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__ITEMS = 17;

	/**
	 * The feature id for the '<em><b>Max Items</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__MAX_ITEMS = 18;

	/**
	 * The feature id for the '<em><b>Max Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__MAX_LENGTH = 19;

	/**
	 * The feature id for the '<em><b>Max Properties</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__MAX_PROPERTIES = 20;

	/**
	 * The feature id for the '<em><b>Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__MAXIMUM = 21;

	/**
	 * The feature id for the '<em><b>Min Items</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__MIN_ITEMS = 22;

	/**
	 * The feature id for the '<em><b>Min Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__MIN_LENGTH = 23;

	/**
	 * The feature id for the '<em><b>Min Properties</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__MIN_PROPERTIES = 24;

	/**
	 * The feature id for the '<em><b>Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__MINIMUM = 25;

	/**
	 * The feature id for the '<em><b>Multiple Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__MULTIPLE_OF = 26;

	/**
	 * The feature id for the '<em><b>Not</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__NOT = 27;

	/**
	 * The feature id for the '<em><b>Nullable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__NULLABLE = 28;

	/**
	 * The feature id for the '<em><b>One Of</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__ONE_OF = 29;

	/**
	 * The feature id for the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__PATTERN = 30;

	/**
	 * The feature id for the '<em><b>Pattern Properties</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__PATTERN_PROPERTIES = 31;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__PROPERTIES = 32;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__REQUIRED = 33;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__TITLE = 34;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__TYPE = 35;

	/**
	 * The feature id for the '<em><b>Unique Items</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__UNIQUE_ITEMS = 36;

	/**
	 * The feature id for the '<em><b>XKubernetes Embedded Resource</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__XKUBERNETES_EMBEDDED_RESOURCE = 37;

	/**
	 * The feature id for the '<em><b>XKubernetes Int Or String</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__XKUBERNETES_INT_OR_STRING = 38;

	/**
	 * The feature id for the '<em><b>XKubernetes List Map Keys</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__XKUBERNETES_LIST_MAP_KEYS = 39;

	/**
	 * The feature id for the '<em><b>XKubernetes List Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__XKUBERNETES_LIST_TYPE = 40;

	/**
	 * The feature id for the '<em><b>XKubernetes Map Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__XKUBERNETES_MAP_TYPE = 41;

	/**
	 * The feature id for the '<em><b>XKubernetes Preserve Unknown Fields</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__XKUBERNETES_PRESERVE_UNKNOWN_FIELDS = 42;

	/**
	 * The feature id for the '<em><b>XKubernetes Validations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS__XKUBERNETES_VALIDATIONS = 43;

	/**
	 * The number of structural features of the '<em>JSON Schema Props</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS_FEATURE_COUNT = 44;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.SelectableFieldImpl <em>Selectable Field</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.SelectableFieldImpl
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getSelectableField()
	 * @generated
	 */
	int SELECTABLE_FIELD = 15;

	/**
	 * The feature id for the '<em><b>Json Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTABLE_FIELD__JSON_PATH = 0;

	/**
	 * The number of structural features of the '<em>Selectable Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTABLE_FIELD_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.ServiceReferenceImpl <em>Service Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ServiceReferenceImpl
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getServiceReference()
	 * @generated
	 */
	int SERVICE_REFERENCE = 16;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_REFERENCE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_REFERENCE__NAMESPACE = 1;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_REFERENCE__PATH = 2;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_REFERENCE__PORT = 3;

	/**
	 * The number of structural features of the '<em>Service Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_REFERENCE_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.ValidationRuleImpl <em>Validation Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ValidationRuleImpl
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getValidationRule()
	 * @generated
	 */
	int VALIDATION_RULE = 17;

	/**
	 * The feature id for the '<em><b>Field Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_RULE__FIELD_PATH = 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_RULE__MESSAGE = 1;

	/**
	 * The feature id for the '<em><b>Message Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_RULE__MESSAGE_EXPRESSION = 2;

	/**
	 * The feature id for the '<em><b>Optional Old Self</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_RULE__OPTIONAL_OLD_SELF = 3;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_RULE__REASON = 4;

	/**
	 * The feature id for the '<em><b>Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_RULE__RULE = 5;

	/**
	 * The number of structural features of the '<em>Validation Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_RULE_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.WebhookClientConfigImpl <em>Webhook Client Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.WebhookClientConfigImpl
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getWebhookClientConfig()
	 * @generated
	 */
	int WEBHOOK_CLIENT_CONFIG = 18;

	/**
	 * The feature id for the '<em><b>Ca Bundle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEBHOOK_CLIENT_CONFIG__CA_BUNDLE = 0;

	/**
	 * The feature id for the '<em><b>Service</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEBHOOK_CLIENT_CONFIG__SERVICE = 1;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEBHOOK_CLIENT_CONFIG__URL = 2;

	/**
	 * The number of structural features of the '<em>Webhook Client Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEBHOOK_CLIENT_CONFIG_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.WebhookConversionImpl <em>Webhook Conversion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.WebhookConversionImpl
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getWebhookConversion()
	 * @generated
	 */
	int WEBHOOK_CONVERSION = 19;

	/**
	 * The feature id for the '<em><b>Client Config</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEBHOOK_CONVERSION__CLIENT_CONFIG = 0;

	/**
	 * The feature id for the '<em><b>Conversion Review Versions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEBHOOK_CONVERSION__CONVERSION_REVIEW_VERSIONS = 1;

	/**
	 * The number of structural features of the '<em>Webhook Conversion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEBHOOK_CONVERSION_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsMapEntryImpl <em>JSON Schema Props Map Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsMapEntryImpl
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getJSONSchemaPropsMapEntry()
	 * @generated
	 */
	int JSON_SCHEMA_PROPS_MAP_ENTRY = 20;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS_MAP_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS_MAP_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>JSON Schema Props Map Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_SCHEMA_PROPS_MAP_ENTRY_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONMapEntryImpl <em>JSON Map Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.JSONMapEntryImpl
	 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getJSONMapEntry()
	 * @generated
	 */
	int JSON_MAP_ENTRY = 21;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_MAP_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_MAP_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>JSON Map Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_MAP_ENTRY_FEATURE_COUNT = 2;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceColumnDefinition <em>Custom Resource Column Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Custom Resource Column Definition</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceColumnDefinition
	 * @generated
	 */
	EClass getCustomResourceColumnDefinition();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceColumnDefinition#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceColumnDefinition#getDescription()
	 * @see #getCustomResourceColumnDefinition()
	 * @generated
	 */
	EAttribute getCustomResourceColumnDefinition_Description();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceColumnDefinition#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceColumnDefinition#getFormat()
	 * @see #getCustomResourceColumnDefinition()
	 * @generated
	 */
	EAttribute getCustomResourceColumnDefinition_Format();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceColumnDefinition#getJsonPath <em>Json Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Json Path</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceColumnDefinition#getJsonPath()
	 * @see #getCustomResourceColumnDefinition()
	 * @generated
	 */
	EAttribute getCustomResourceColumnDefinition_JsonPath();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceColumnDefinition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceColumnDefinition#getName()
	 * @see #getCustomResourceColumnDefinition()
	 * @generated
	 */
	EAttribute getCustomResourceColumnDefinition_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceColumnDefinition#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceColumnDefinition#getPriority()
	 * @see #getCustomResourceColumnDefinition()
	 * @generated
	 */
	EAttribute getCustomResourceColumnDefinition_Priority();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceColumnDefinition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceColumnDefinition#getType()
	 * @see #getCustomResourceColumnDefinition()
	 * @generated
	 */
	EAttribute getCustomResourceColumnDefinition_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceConversion <em>Custom Resource Conversion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Custom Resource Conversion</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceConversion
	 * @generated
	 */
	EClass getCustomResourceConversion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceConversion#getStrategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strategy</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceConversion#getStrategy()
	 * @see #getCustomResourceConversion()
	 * @generated
	 */
	EAttribute getCustomResourceConversion_Strategy();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceConversion#getWebhook <em>Webhook</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Webhook</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceConversion#getWebhook()
	 * @see #getCustomResourceConversion()
	 * @generated
	 */
	EReference getCustomResourceConversion_Webhook();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinition <em>Custom Resource Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Custom Resource Definition</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinition
	 * @generated
	 */
	EClass getCustomResourceDefinition();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinition#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinition#getApiVersion()
	 * @see #getCustomResourceDefinition()
	 * @generated
	 */
	EAttribute getCustomResourceDefinition_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinition#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinition#getKind()
	 * @see #getCustomResourceDefinition()
	 * @generated
	 */
	EAttribute getCustomResourceDefinition_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinition#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinition#getMetadata()
	 * @see #getCustomResourceDefinition()
	 * @generated
	 */
	EReference getCustomResourceDefinition_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinition#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinition#getSpec()
	 * @see #getCustomResourceDefinition()
	 * @generated
	 */
	EReference getCustomResourceDefinition_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinition#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinition#getStatus()
	 * @see #getCustomResourceDefinition()
	 * @generated
	 */
	EReference getCustomResourceDefinition_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionCondition <em>Custom Resource Definition Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Custom Resource Definition Condition</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionCondition
	 * @generated
	 */
	EClass getCustomResourceDefinitionCondition();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionCondition#getLastTransitionTime <em>Last Transition Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Transition Time</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionCondition#getLastTransitionTime()
	 * @see #getCustomResourceDefinitionCondition()
	 * @generated
	 */
	EAttribute getCustomResourceDefinitionCondition_LastTransitionTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionCondition#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionCondition#getMessage()
	 * @see #getCustomResourceDefinitionCondition()
	 * @generated
	 */
	EAttribute getCustomResourceDefinitionCondition_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionCondition#getObservedGeneration <em>Observed Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed Generation</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionCondition#getObservedGeneration()
	 * @see #getCustomResourceDefinitionCondition()
	 * @generated
	 */
	EAttribute getCustomResourceDefinitionCondition_ObservedGeneration();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionCondition#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionCondition#getReason()
	 * @see #getCustomResourceDefinitionCondition()
	 * @generated
	 */
	EAttribute getCustomResourceDefinitionCondition_Reason();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionCondition#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionCondition#getStatus()
	 * @see #getCustomResourceDefinitionCondition()
	 * @generated
	 */
	EAttribute getCustomResourceDefinitionCondition_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionCondition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionCondition#getType()
	 * @see #getCustomResourceDefinitionCondition()
	 * @generated
	 */
	EAttribute getCustomResourceDefinitionCondition_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionList <em>Custom Resource Definition List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Custom Resource Definition List</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionList
	 * @generated
	 */
	EClass getCustomResourceDefinitionList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionList#getApiVersion()
	 * @see #getCustomResourceDefinitionList()
	 * @generated
	 */
	EAttribute getCustomResourceDefinitionList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionList#getItems()
	 * @see #getCustomResourceDefinitionList()
	 * @generated
	 */
	EReference getCustomResourceDefinitionList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionList#getKind()
	 * @see #getCustomResourceDefinitionList()
	 * @generated
	 */
	EAttribute getCustomResourceDefinitionList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionList#getMetadata()
	 * @see #getCustomResourceDefinitionList()
	 * @generated
	 */
	EReference getCustomResourceDefinitionList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames <em>Custom Resource Definition Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Custom Resource Definition Names</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames
	 * @generated
	 */
	EClass getCustomResourceDefinitionNames();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames#getCategories <em>Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Categories</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames#getCategories()
	 * @see #getCustomResourceDefinitionNames()
	 * @generated
	 */
	EAttribute getCustomResourceDefinitionNames_Categories();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames#getKind()
	 * @see #getCustomResourceDefinitionNames()
	 * @generated
	 */
	EAttribute getCustomResourceDefinitionNames_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames#getListKind <em>List Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>List Kind</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames#getListKind()
	 * @see #getCustomResourceDefinitionNames()
	 * @generated
	 */
	EAttribute getCustomResourceDefinitionNames_ListKind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames#getPlural <em>Plural</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plural</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames#getPlural()
	 * @see #getCustomResourceDefinitionNames()
	 * @generated
	 */
	EAttribute getCustomResourceDefinitionNames_Plural();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames#getShortNames <em>Short Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Short Names</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames#getShortNames()
	 * @see #getCustomResourceDefinitionNames()
	 * @generated
	 */
	EAttribute getCustomResourceDefinitionNames_ShortNames();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames#getSingular <em>Singular</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Singular</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames#getSingular()
	 * @see #getCustomResourceDefinitionNames()
	 * @generated
	 */
	EAttribute getCustomResourceDefinitionNames_Singular();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionSpec <em>Custom Resource Definition Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Custom Resource Definition Spec</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionSpec
	 * @generated
	 */
	EClass getCustomResourceDefinitionSpec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionSpec#getConversion <em>Conversion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Conversion</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionSpec#getConversion()
	 * @see #getCustomResourceDefinitionSpec()
	 * @generated
	 */
	EReference getCustomResourceDefinitionSpec_Conversion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionSpec#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionSpec#getGroup()
	 * @see #getCustomResourceDefinitionSpec()
	 * @generated
	 */
	EAttribute getCustomResourceDefinitionSpec_Group();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionSpec#getNames <em>Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Names</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionSpec#getNames()
	 * @see #getCustomResourceDefinitionSpec()
	 * @generated
	 */
	EReference getCustomResourceDefinitionSpec_Names();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionSpec#getPreserveUnknownFields <em>Preserve Unknown Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preserve Unknown Fields</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionSpec#getPreserveUnknownFields()
	 * @see #getCustomResourceDefinitionSpec()
	 * @generated
	 */
	EAttribute getCustomResourceDefinitionSpec_PreserveUnknownFields();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionSpec#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionSpec#getScope()
	 * @see #getCustomResourceDefinitionSpec()
	 * @generated
	 */
	EAttribute getCustomResourceDefinitionSpec_Scope();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionSpec#getVersions <em>Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Versions</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionSpec#getVersions()
	 * @see #getCustomResourceDefinitionSpec()
	 * @generated
	 */
	EReference getCustomResourceDefinitionSpec_Versions();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionStatus <em>Custom Resource Definition Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Custom Resource Definition Status</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionStatus
	 * @generated
	 */
	EClass getCustomResourceDefinitionStatus();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionStatus#getAcceptedNames <em>Accepted Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Accepted Names</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionStatus#getAcceptedNames()
	 * @see #getCustomResourceDefinitionStatus()
	 * @generated
	 */
	EReference getCustomResourceDefinitionStatus_AcceptedNames();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionStatus#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionStatus#getConditions()
	 * @see #getCustomResourceDefinitionStatus()
	 * @generated
	 */
	EReference getCustomResourceDefinitionStatus_Conditions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionStatus#getObservedGeneration <em>Observed Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed Generation</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionStatus#getObservedGeneration()
	 * @see #getCustomResourceDefinitionStatus()
	 * @generated
	 */
	EAttribute getCustomResourceDefinitionStatus_ObservedGeneration();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionStatus#getStoredVersions <em>Stored Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Stored Versions</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionStatus#getStoredVersions()
	 * @see #getCustomResourceDefinitionStatus()
	 * @generated
	 */
	EAttribute getCustomResourceDefinitionStatus_StoredVersions();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion <em>Custom Resource Definition Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Custom Resource Definition Version</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion
	 * @generated
	 */
	EClass getCustomResourceDefinitionVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getAdditionalPrinterColumns <em>Additional Printer Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Additional Printer Columns</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getAdditionalPrinterColumns()
	 * @see #getCustomResourceDefinitionVersion()
	 * @generated
	 */
	EReference getCustomResourceDefinitionVersion_AdditionalPrinterColumns();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getDeprecated <em>Deprecated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deprecated</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getDeprecated()
	 * @see #getCustomResourceDefinitionVersion()
	 * @generated
	 */
	EAttribute getCustomResourceDefinitionVersion_Deprecated();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getDeprecationWarning <em>Deprecation Warning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deprecation Warning</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getDeprecationWarning()
	 * @see #getCustomResourceDefinitionVersion()
	 * @generated
	 */
	EAttribute getCustomResourceDefinitionVersion_DeprecationWarning();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getName()
	 * @see #getCustomResourceDefinitionVersion()
	 * @generated
	 */
	EAttribute getCustomResourceDefinitionVersion_Name();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getSchema <em>Schema</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Schema</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getSchema()
	 * @see #getCustomResourceDefinitionVersion()
	 * @generated
	 */
	EReference getCustomResourceDefinitionVersion_Schema();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getSelectableFields <em>Selectable Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Selectable Fields</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getSelectableFields()
	 * @see #getCustomResourceDefinitionVersion()
	 * @generated
	 */
	EReference getCustomResourceDefinitionVersion_SelectableFields();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getServed <em>Served</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Served</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getServed()
	 * @see #getCustomResourceDefinitionVersion()
	 * @generated
	 */
	EAttribute getCustomResourceDefinitionVersion_Served();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getStorage <em>Storage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Storage</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getStorage()
	 * @see #getCustomResourceDefinitionVersion()
	 * @generated
	 */
	EAttribute getCustomResourceDefinitionVersion_Storage();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getSubresources <em>Subresources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Subresources</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getSubresources()
	 * @see #getCustomResourceDefinitionVersion()
	 * @generated
	 */
	EReference getCustomResourceDefinitionVersion_Subresources();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceSubresourceScale <em>Custom Resource Subresource Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Custom Resource Subresource Scale</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceSubresourceScale
	 * @generated
	 */
	EClass getCustomResourceSubresourceScale();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceSubresourceScale#getLabelSelectorPath <em>Label Selector Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Selector Path</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceSubresourceScale#getLabelSelectorPath()
	 * @see #getCustomResourceSubresourceScale()
	 * @generated
	 */
	EAttribute getCustomResourceSubresourceScale_LabelSelectorPath();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceSubresourceScale#getSpecReplicasPath <em>Spec Replicas Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Spec Replicas Path</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceSubresourceScale#getSpecReplicasPath()
	 * @see #getCustomResourceSubresourceScale()
	 * @generated
	 */
	EAttribute getCustomResourceSubresourceScale_SpecReplicasPath();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceSubresourceScale#getStatusReplicasPath <em>Status Replicas Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status Replicas Path</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceSubresourceScale#getStatusReplicasPath()
	 * @see #getCustomResourceSubresourceScale()
	 * @generated
	 */
	EAttribute getCustomResourceSubresourceScale_StatusReplicasPath();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceSubresourceStatus <em>Custom Resource Subresource Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Custom Resource Subresource Status</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceSubresourceStatus
	 * @generated
	 */
	EClass getCustomResourceSubresourceStatus();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceSubresources <em>Custom Resource Subresources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Custom Resource Subresources</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceSubresources
	 * @generated
	 */
	EClass getCustomResourceSubresources();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceSubresources#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scale</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceSubresources#getScale()
	 * @see #getCustomResourceSubresources()
	 * @generated
	 */
	EReference getCustomResourceSubresources_Scale();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceSubresources#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceSubresources#getStatus()
	 * @see #getCustomResourceSubresources()
	 * @generated
	 */
	EReference getCustomResourceSubresources_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceValidation <em>Custom Resource Validation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Custom Resource Validation</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceValidation
	 * @generated
	 */
	EClass getCustomResourceValidation();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceValidation#getOpenAPIV3Schema <em>Open APIV3 Schema</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Open APIV3 Schema</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.CustomResourceValidation#getOpenAPIV3Schema()
	 * @see #getCustomResourceValidation()
	 * @generated
	 */
	EReference getCustomResourceValidation_OpenAPIV3Schema();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiextensions.v1.ExternalDocumentation <em>External Documentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>External Documentation</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ExternalDocumentation
	 * @generated
	 */
	EClass getExternalDocumentation();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.ExternalDocumentation#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ExternalDocumentation#getDescription()
	 * @see #getExternalDocumentation()
	 * @generated
	 */
	EAttribute getExternalDocumentation_Description();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.ExternalDocumentation#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ExternalDocumentation#getUrl()
	 * @see #getExternalDocumentation()
	 * @generated
	 */
	EAttribute getExternalDocumentation_Url();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps <em>JSON Schema Props</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>JSON Schema Props</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps
	 * @generated
	 */
	EClass getJSONSchemaProps();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getRef <em>Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ref</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getRef()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_Ref();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getSchema <em>Schema</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Schema</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getSchema()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_Schema();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getAdditionalItems <em>Additional Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Additional Items</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getAdditionalItems()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_AdditionalItems();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getAdditionalProperties <em>Additional Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Additional Properties</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getAdditionalProperties()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_AdditionalProperties();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getAllOf <em>All Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>All Of</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getAllOf()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EReference getJSONSchemaProps_AllOf();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getAnyOf <em>Any Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Any Of</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getAnyOf()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EReference getJSONSchemaProps_AnyOf();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getDefault <em>Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getDefault()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_Default();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getDefinitions <em>Definitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Definitions</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getDefinitions()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EReference getJSONSchemaProps_Definitions();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getDependencies <em>Dependencies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Dependencies</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getDependencies()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EReference getJSONSchemaProps_Dependencies();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getDescription()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_Description();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getEnum <em>Enum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Enum</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getEnum()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_Enum();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getExample <em>Example</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Example</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getExample()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_Example();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getExclusiveMaximum <em>Exclusive Maximum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exclusive Maximum</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getExclusiveMaximum()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_ExclusiveMaximum();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getExclusiveMinimum <em>Exclusive Minimum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exclusive Minimum</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getExclusiveMinimum()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_ExclusiveMinimum();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getExternalDocs <em>External Docs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>External Docs</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getExternalDocs()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EReference getJSONSchemaProps_ExternalDocs();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getFormat()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_Format();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getId()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getItems()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMaxItems <em>Max Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Items</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMaxItems()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_MaxItems();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMaxLength <em>Max Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Length</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMaxLength()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_MaxLength();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMaxProperties <em>Max Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Properties</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMaxProperties()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_MaxProperties();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMaximum <em>Maximum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maximum</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMaximum()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_Maximum();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMinItems <em>Min Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Items</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMinItems()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_MinItems();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMinLength <em>Min Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Length</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMinLength()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_MinLength();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMinProperties <em>Min Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Properties</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMinProperties()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_MinProperties();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMinimum <em>Minimum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMinimum()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_Minimum();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMultipleOf <em>Multiple Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Multiple Of</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMultipleOf()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_MultipleOf();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getNot <em>Not</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Not</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getNot()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EReference getJSONSchemaProps_Not();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getNullable <em>Nullable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nullable</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getNullable()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_Nullable();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getOneOf <em>One Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>One Of</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getOneOf()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EReference getJSONSchemaProps_OneOf();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getPattern <em>Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pattern</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getPattern()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_Pattern();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getPatternProperties <em>Pattern Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Pattern Properties</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getPatternProperties()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EReference getJSONSchemaProps_PatternProperties();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Properties</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getProperties()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EReference getJSONSchemaProps_Properties();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Required</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getRequired()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_Required();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getTitle()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_Title();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getType()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_Type();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getUniqueItems <em>Unique Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unique Items</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getUniqueItems()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_UniqueItems();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getXKubernetesEmbeddedResource <em>XKubernetes Embedded Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>XKubernetes Embedded Resource</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getXKubernetesEmbeddedResource()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_XKubernetesEmbeddedResource();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getXKubernetesIntOrString <em>XKubernetes Int Or String</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>XKubernetes Int Or String</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getXKubernetesIntOrString()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_XKubernetesIntOrString();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getXKubernetesListMapKeys <em>XKubernetes List Map Keys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>XKubernetes List Map Keys</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getXKubernetesListMapKeys()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_XKubernetesListMapKeys();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getXKubernetesListType <em>XKubernetes List Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>XKubernetes List Type</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getXKubernetesListType()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_XKubernetesListType();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getXKubernetesMapType <em>XKubernetes Map Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>XKubernetes Map Type</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getXKubernetesMapType()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_XKubernetesMapType();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getXKubernetesPreserveUnknownFields <em>XKubernetes Preserve Unknown Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>XKubernetes Preserve Unknown Fields</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getXKubernetesPreserveUnknownFields()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EAttribute getJSONSchemaProps_XKubernetesPreserveUnknownFields();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getXKubernetesValidations <em>XKubernetes Validations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>XKubernetes Validations</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getXKubernetesValidations()
	 * @see #getJSONSchemaProps()
	 * @generated
	 */
	EReference getJSONSchemaProps_XKubernetesValidations();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiextensions.v1.SelectableField <em>Selectable Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Selectable Field</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.SelectableField
	 * @generated
	 */
	EClass getSelectableField();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.SelectableField#getJsonPath <em>Json Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Json Path</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.SelectableField#getJsonPath()
	 * @see #getSelectableField()
	 * @generated
	 */
	EAttribute getSelectableField_JsonPath();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiextensions.v1.ServiceReference <em>Service Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Reference</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ServiceReference
	 * @generated
	 */
	EClass getServiceReference();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.ServiceReference#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ServiceReference#getName()
	 * @see #getServiceReference()
	 * @generated
	 */
	EAttribute getServiceReference_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.ServiceReference#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ServiceReference#getNamespace()
	 * @see #getServiceReference()
	 * @generated
	 */
	EAttribute getServiceReference_Namespace();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.ServiceReference#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ServiceReference#getPath()
	 * @see #getServiceReference()
	 * @generated
	 */
	EAttribute getServiceReference_Path();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.ServiceReference#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ServiceReference#getPort()
	 * @see #getServiceReference()
	 * @generated
	 */
	EAttribute getServiceReference_Port();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiextensions.v1.ValidationRule <em>Validation Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Validation Rule</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ValidationRule
	 * @generated
	 */
	EClass getValidationRule();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.ValidationRule#getFieldPath <em>Field Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field Path</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ValidationRule#getFieldPath()
	 * @see #getValidationRule()
	 * @generated
	 */
	EAttribute getValidationRule_FieldPath();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.ValidationRule#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ValidationRule#getMessage()
	 * @see #getValidationRule()
	 * @generated
	 */
	EAttribute getValidationRule_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.ValidationRule#getMessageExpression <em>Message Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message Expression</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ValidationRule#getMessageExpression()
	 * @see #getValidationRule()
	 * @generated
	 */
	EAttribute getValidationRule_MessageExpression();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.ValidationRule#getOptionalOldSelf <em>Optional Old Self</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Optional Old Self</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ValidationRule#getOptionalOldSelf()
	 * @see #getValidationRule()
	 * @generated
	 */
	EAttribute getValidationRule_OptionalOldSelf();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.ValidationRule#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ValidationRule#getReason()
	 * @see #getValidationRule()
	 * @generated
	 */
	EAttribute getValidationRule_Reason();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.ValidationRule#getRule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ValidationRule#getRule()
	 * @see #getValidationRule()
	 * @generated
	 */
	EAttribute getValidationRule_Rule();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiextensions.v1.WebhookClientConfig <em>Webhook Client Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Webhook Client Config</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.WebhookClientConfig
	 * @generated
	 */
	EClass getWebhookClientConfig();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.WebhookClientConfig#getCaBundle <em>Ca Bundle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ca Bundle</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.WebhookClientConfig#getCaBundle()
	 * @see #getWebhookClientConfig()
	 * @generated
	 */
	EAttribute getWebhookClientConfig_CaBundle();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apiextensions.v1.WebhookClientConfig#getService <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Service</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.WebhookClientConfig#getService()
	 * @see #getWebhookClientConfig()
	 * @generated
	 */
	EReference getWebhookClientConfig_Service();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiextensions.v1.WebhookClientConfig#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.WebhookClientConfig#getUrl()
	 * @see #getWebhookClientConfig()
	 * @generated
	 */
	EAttribute getWebhookClientConfig_Url();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiextensions.v1.WebhookConversion <em>Webhook Conversion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Webhook Conversion</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.WebhookConversion
	 * @generated
	 */
	EClass getWebhookConversion();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apiextensions.v1.WebhookConversion#getClientConfig <em>Client Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Client Config</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.WebhookConversion#getClientConfig()
	 * @see #getWebhookConversion()
	 * @generated
	 */
	EReference getWebhookConversion_ClientConfig();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.apiextensions.v1.WebhookConversion#getConversionReviewVersions <em>Conversion Review Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Conversion Review Versions</em>'.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.WebhookConversion#getConversionReviewVersions()
	 * @see #getWebhookConversion()
	 * @generated
	 */
	EAttribute getWebhookConversion_ConversionReviewVersions();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>JSON Schema Props Map Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>JSON Schema Props Map Entry</em>'.
	 * @see java.util.Map.Entry
	 * @generated
	 */
	EClass getJSONSchemaPropsMapEntry();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getJSONSchemaPropsMapEntry()
	 * @generated
	 */
	EAttribute getJSONSchemaPropsMapEntry_Key();

	/**
	 * Returns the meta object for the containment reference '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getJSONSchemaPropsMapEntry()
	 * @generated
	 */
	EReference getJSONSchemaPropsMapEntry_Value();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>JSON Map Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>JSON Map Entry</em>'.
	 * @see java.util.Map.Entry
	 * @generated
	 */
	EClass getJSONMapEntry();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getJSONMapEntry()
	 * @generated
	 */
	EAttribute getJSONMapEntry_Key();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getJSONMapEntry()
	 * @generated
	 */
	EAttribute getJSONMapEntry_Value();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ApiextensionsV1Factory getApiextensionsV1Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceColumnDefinitionImpl <em>Custom Resource Column Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceColumnDefinitionImpl
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getCustomResourceColumnDefinition()
		 * @generated
		 */
		EClass CUSTOM_RESOURCE_COLUMN_DEFINITION = eINSTANCE.getCustomResourceColumnDefinition();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_COLUMN_DEFINITION__DESCRIPTION = eINSTANCE.getCustomResourceColumnDefinition_Description();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_COLUMN_DEFINITION__FORMAT = eINSTANCE.getCustomResourceColumnDefinition_Format();

		/**
		 * The meta object literal for the '<em><b>Json Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_COLUMN_DEFINITION__JSON_PATH = eINSTANCE.getCustomResourceColumnDefinition_JsonPath();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_COLUMN_DEFINITION__NAME = eINSTANCE.getCustomResourceColumnDefinition_Name();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_COLUMN_DEFINITION__PRIORITY = eINSTANCE.getCustomResourceColumnDefinition_Priority();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_COLUMN_DEFINITION__TYPE = eINSTANCE.getCustomResourceColumnDefinition_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceConversionImpl <em>Custom Resource Conversion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceConversionImpl
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getCustomResourceConversion()
		 * @generated
		 */
		EClass CUSTOM_RESOURCE_CONVERSION = eINSTANCE.getCustomResourceConversion();

		/**
		 * The meta object literal for the '<em><b>Strategy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_CONVERSION__STRATEGY = eINSTANCE.getCustomResourceConversion_Strategy();

		/**
		 * The meta object literal for the '<em><b>Webhook</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOM_RESOURCE_CONVERSION__WEBHOOK = eINSTANCE.getCustomResourceConversion_Webhook();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionImpl <em>Custom Resource Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionImpl
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getCustomResourceDefinition()
		 * @generated
		 */
		EClass CUSTOM_RESOURCE_DEFINITION = eINSTANCE.getCustomResourceDefinition();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_DEFINITION__API_VERSION = eINSTANCE.getCustomResourceDefinition_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_DEFINITION__KIND = eINSTANCE.getCustomResourceDefinition_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOM_RESOURCE_DEFINITION__METADATA = eINSTANCE.getCustomResourceDefinition_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOM_RESOURCE_DEFINITION__SPEC = eINSTANCE.getCustomResourceDefinition_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOM_RESOURCE_DEFINITION__STATUS = eINSTANCE.getCustomResourceDefinition_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionConditionImpl <em>Custom Resource Definition Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionConditionImpl
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getCustomResourceDefinitionCondition()
		 * @generated
		 */
		EClass CUSTOM_RESOURCE_DEFINITION_CONDITION = eINSTANCE.getCustomResourceDefinitionCondition();

		/**
		 * The meta object literal for the '<em><b>Last Transition Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_DEFINITION_CONDITION__LAST_TRANSITION_TIME = eINSTANCE.getCustomResourceDefinitionCondition_LastTransitionTime();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_DEFINITION_CONDITION__MESSAGE = eINSTANCE.getCustomResourceDefinitionCondition_Message();

		/**
		 * The meta object literal for the '<em><b>Observed Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_DEFINITION_CONDITION__OBSERVED_GENERATION = eINSTANCE.getCustomResourceDefinitionCondition_ObservedGeneration();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_DEFINITION_CONDITION__REASON = eINSTANCE.getCustomResourceDefinitionCondition_Reason();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_DEFINITION_CONDITION__STATUS = eINSTANCE.getCustomResourceDefinitionCondition_Status();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_DEFINITION_CONDITION__TYPE = eINSTANCE.getCustomResourceDefinitionCondition_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionListImpl <em>Custom Resource Definition List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionListImpl
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getCustomResourceDefinitionList()
		 * @generated
		 */
		EClass CUSTOM_RESOURCE_DEFINITION_LIST = eINSTANCE.getCustomResourceDefinitionList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_DEFINITION_LIST__API_VERSION = eINSTANCE.getCustomResourceDefinitionList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOM_RESOURCE_DEFINITION_LIST__ITEMS = eINSTANCE.getCustomResourceDefinitionList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_DEFINITION_LIST__KIND = eINSTANCE.getCustomResourceDefinitionList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOM_RESOURCE_DEFINITION_LIST__METADATA = eINSTANCE.getCustomResourceDefinitionList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionNamesImpl <em>Custom Resource Definition Names</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionNamesImpl
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getCustomResourceDefinitionNames()
		 * @generated
		 */
		EClass CUSTOM_RESOURCE_DEFINITION_NAMES = eINSTANCE.getCustomResourceDefinitionNames();

		/**
		 * The meta object literal for the '<em><b>Categories</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_DEFINITION_NAMES__CATEGORIES = eINSTANCE.getCustomResourceDefinitionNames_Categories();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_DEFINITION_NAMES__KIND = eINSTANCE.getCustomResourceDefinitionNames_Kind();

		/**
		 * The meta object literal for the '<em><b>List Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_DEFINITION_NAMES__LIST_KIND = eINSTANCE.getCustomResourceDefinitionNames_ListKind();

		/**
		 * The meta object literal for the '<em><b>Plural</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_DEFINITION_NAMES__PLURAL = eINSTANCE.getCustomResourceDefinitionNames_Plural();

		/**
		 * The meta object literal for the '<em><b>Short Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_DEFINITION_NAMES__SHORT_NAMES = eINSTANCE.getCustomResourceDefinitionNames_ShortNames();

		/**
		 * The meta object literal for the '<em><b>Singular</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_DEFINITION_NAMES__SINGULAR = eINSTANCE.getCustomResourceDefinitionNames_Singular();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionSpecImpl <em>Custom Resource Definition Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionSpecImpl
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getCustomResourceDefinitionSpec()
		 * @generated
		 */
		EClass CUSTOM_RESOURCE_DEFINITION_SPEC = eINSTANCE.getCustomResourceDefinitionSpec();

		/**
		 * The meta object literal for the '<em><b>Conversion</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOM_RESOURCE_DEFINITION_SPEC__CONVERSION = eINSTANCE.getCustomResourceDefinitionSpec_Conversion();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_DEFINITION_SPEC__GROUP = eINSTANCE.getCustomResourceDefinitionSpec_Group();

		/**
		 * The meta object literal for the '<em><b>Names</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOM_RESOURCE_DEFINITION_SPEC__NAMES = eINSTANCE.getCustomResourceDefinitionSpec_Names();

		/**
		 * The meta object literal for the '<em><b>Preserve Unknown Fields</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_DEFINITION_SPEC__PRESERVE_UNKNOWN_FIELDS = eINSTANCE.getCustomResourceDefinitionSpec_PreserveUnknownFields();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_DEFINITION_SPEC__SCOPE = eINSTANCE.getCustomResourceDefinitionSpec_Scope();

		/**
		 * The meta object literal for the '<em><b>Versions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOM_RESOURCE_DEFINITION_SPEC__VERSIONS = eINSTANCE.getCustomResourceDefinitionSpec_Versions();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionStatusImpl <em>Custom Resource Definition Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionStatusImpl
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getCustomResourceDefinitionStatus()
		 * @generated
		 */
		EClass CUSTOM_RESOURCE_DEFINITION_STATUS = eINSTANCE.getCustomResourceDefinitionStatus();

		/**
		 * The meta object literal for the '<em><b>Accepted Names</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOM_RESOURCE_DEFINITION_STATUS__ACCEPTED_NAMES = eINSTANCE.getCustomResourceDefinitionStatus_AcceptedNames();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOM_RESOURCE_DEFINITION_STATUS__CONDITIONS = eINSTANCE.getCustomResourceDefinitionStatus_Conditions();

		/**
		 * The meta object literal for the '<em><b>Observed Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_DEFINITION_STATUS__OBSERVED_GENERATION = eINSTANCE.getCustomResourceDefinitionStatus_ObservedGeneration();

		/**
		 * The meta object literal for the '<em><b>Stored Versions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_DEFINITION_STATUS__STORED_VERSIONS = eINSTANCE.getCustomResourceDefinitionStatus_StoredVersions();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionVersionImpl <em>Custom Resource Definition Version</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionVersionImpl
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getCustomResourceDefinitionVersion()
		 * @generated
		 */
		EClass CUSTOM_RESOURCE_DEFINITION_VERSION = eINSTANCE.getCustomResourceDefinitionVersion();

		/**
		 * The meta object literal for the '<em><b>Additional Printer Columns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOM_RESOURCE_DEFINITION_VERSION__ADDITIONAL_PRINTER_COLUMNS = eINSTANCE.getCustomResourceDefinitionVersion_AdditionalPrinterColumns();

		/**
		 * The meta object literal for the '<em><b>Deprecated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_DEFINITION_VERSION__DEPRECATED = eINSTANCE.getCustomResourceDefinitionVersion_Deprecated();

		/**
		 * The meta object literal for the '<em><b>Deprecation Warning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_DEFINITION_VERSION__DEPRECATION_WARNING = eINSTANCE.getCustomResourceDefinitionVersion_DeprecationWarning();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_DEFINITION_VERSION__NAME = eINSTANCE.getCustomResourceDefinitionVersion_Name();

		/**
		 * The meta object literal for the '<em><b>Schema</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOM_RESOURCE_DEFINITION_VERSION__SCHEMA = eINSTANCE.getCustomResourceDefinitionVersion_Schema();

		/**
		 * The meta object literal for the '<em><b>Selectable Fields</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOM_RESOURCE_DEFINITION_VERSION__SELECTABLE_FIELDS = eINSTANCE.getCustomResourceDefinitionVersion_SelectableFields();

		/**
		 * The meta object literal for the '<em><b>Served</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_DEFINITION_VERSION__SERVED = eINSTANCE.getCustomResourceDefinitionVersion_Served();

		/**
		 * The meta object literal for the '<em><b>Storage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_DEFINITION_VERSION__STORAGE = eINSTANCE.getCustomResourceDefinitionVersion_Storage();

		/**
		 * The meta object literal for the '<em><b>Subresources</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOM_RESOURCE_DEFINITION_VERSION__SUBRESOURCES = eINSTANCE.getCustomResourceDefinitionVersion_Subresources();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceSubresourceScaleImpl <em>Custom Resource Subresource Scale</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceSubresourceScaleImpl
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getCustomResourceSubresourceScale()
		 * @generated
		 */
		EClass CUSTOM_RESOURCE_SUBRESOURCE_SCALE = eINSTANCE.getCustomResourceSubresourceScale();

		/**
		 * The meta object literal for the '<em><b>Label Selector Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_SUBRESOURCE_SCALE__LABEL_SELECTOR_PATH = eINSTANCE.getCustomResourceSubresourceScale_LabelSelectorPath();

		/**
		 * The meta object literal for the '<em><b>Spec Replicas Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_SUBRESOURCE_SCALE__SPEC_REPLICAS_PATH = eINSTANCE.getCustomResourceSubresourceScale_SpecReplicasPath();

		/**
		 * The meta object literal for the '<em><b>Status Replicas Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_RESOURCE_SUBRESOURCE_SCALE__STATUS_REPLICAS_PATH = eINSTANCE.getCustomResourceSubresourceScale_StatusReplicasPath();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceSubresourceStatusImpl <em>Custom Resource Subresource Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceSubresourceStatusImpl
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getCustomResourceSubresourceStatus()
		 * @generated
		 */
		EClass CUSTOM_RESOURCE_SUBRESOURCE_STATUS = eINSTANCE.getCustomResourceSubresourceStatus();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceSubresourcesImpl <em>Custom Resource Subresources</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceSubresourcesImpl
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getCustomResourceSubresources()
		 * @generated
		 */
		EClass CUSTOM_RESOURCE_SUBRESOURCES = eINSTANCE.getCustomResourceSubresources();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOM_RESOURCE_SUBRESOURCES__SCALE = eINSTANCE.getCustomResourceSubresources_Scale();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOM_RESOURCE_SUBRESOURCES__STATUS = eINSTANCE.getCustomResourceSubresources_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceValidationImpl <em>Custom Resource Validation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceValidationImpl
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getCustomResourceValidation()
		 * @generated
		 */
		EClass CUSTOM_RESOURCE_VALIDATION = eINSTANCE.getCustomResourceValidation();

		/**
		 * The meta object literal for the '<em><b>Open APIV3 Schema</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOM_RESOURCE_VALIDATION__OPEN_APIV3_SCHEMA = eINSTANCE.getCustomResourceValidation_OpenAPIV3Schema();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.ExternalDocumentationImpl <em>External Documentation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ExternalDocumentationImpl
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getExternalDocumentation()
		 * @generated
		 */
		EClass EXTERNAL_DOCUMENTATION = eINSTANCE.getExternalDocumentation();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_DOCUMENTATION__DESCRIPTION = eINSTANCE.getExternalDocumentation_Description();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_DOCUMENTATION__URL = eINSTANCE.getExternalDocumentation_Url();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl <em>JSON Schema Props</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getJSONSchemaProps()
		 * @generated
		 */
		EClass JSON_SCHEMA_PROPS = eINSTANCE.getJSONSchemaProps();

		/**
		 * The meta object literal for the '<em><b>Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__REF = eINSTANCE.getJSONSchemaProps_Ref();

		/**
		 * The meta object literal for the '<em><b>Schema</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__SCHEMA = eINSTANCE.getJSONSchemaProps_Schema();

		/**
		 * The meta object literal for the '<em><b>Additional Items</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__ADDITIONAL_ITEMS = eINSTANCE.getJSONSchemaProps_AdditionalItems();

		/**
		 * The meta object literal for the '<em><b>Additional Properties</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__ADDITIONAL_PROPERTIES = eINSTANCE.getJSONSchemaProps_AdditionalProperties();

		/**
		 * The meta object literal for the '<em><b>All Of</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JSON_SCHEMA_PROPS__ALL_OF = eINSTANCE.getJSONSchemaProps_AllOf();

		/**
		 * The meta object literal for the '<em><b>Any Of</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JSON_SCHEMA_PROPS__ANY_OF = eINSTANCE.getJSONSchemaProps_AnyOf();

		/**
		 * The meta object literal for the '<em><b>Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__DEFAULT = eINSTANCE.getJSONSchemaProps_Default();

		/**
		 * The meta object literal for the '<em><b>Definitions</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JSON_SCHEMA_PROPS__DEFINITIONS = eINSTANCE.getJSONSchemaProps_Definitions();

		/**
		 * The meta object literal for the '<em><b>Dependencies</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JSON_SCHEMA_PROPS__DEPENDENCIES = eINSTANCE.getJSONSchemaProps_Dependencies();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__DESCRIPTION = eINSTANCE.getJSONSchemaProps_Description();

		/**
		 * The meta object literal for the '<em><b>Enum</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__ENUM = eINSTANCE.getJSONSchemaProps_Enum();

		/**
		 * The meta object literal for the '<em><b>Example</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__EXAMPLE = eINSTANCE.getJSONSchemaProps_Example();

		/**
		 * The meta object literal for the '<em><b>Exclusive Maximum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__EXCLUSIVE_MAXIMUM = eINSTANCE.getJSONSchemaProps_ExclusiveMaximum();

		/**
		 * The meta object literal for the '<em><b>Exclusive Minimum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__EXCLUSIVE_MINIMUM = eINSTANCE.getJSONSchemaProps_ExclusiveMinimum();

		/**
		 * The meta object literal for the '<em><b>External Docs</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JSON_SCHEMA_PROPS__EXTERNAL_DOCS = eINSTANCE.getJSONSchemaProps_ExternalDocs();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__FORMAT = eINSTANCE.getJSONSchemaProps_Format();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__ID = eINSTANCE.getJSONSchemaProps_Id();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__ITEMS = eINSTANCE.getJSONSchemaProps_Items();

		/**
		 * The meta object literal for the '<em><b>Max Items</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__MAX_ITEMS = eINSTANCE.getJSONSchemaProps_MaxItems();

		/**
		 * The meta object literal for the '<em><b>Max Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__MAX_LENGTH = eINSTANCE.getJSONSchemaProps_MaxLength();

		/**
		 * The meta object literal for the '<em><b>Max Properties</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__MAX_PROPERTIES = eINSTANCE.getJSONSchemaProps_MaxProperties();

		/**
		 * The meta object literal for the '<em><b>Maximum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__MAXIMUM = eINSTANCE.getJSONSchemaProps_Maximum();

		/**
		 * The meta object literal for the '<em><b>Min Items</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__MIN_ITEMS = eINSTANCE.getJSONSchemaProps_MinItems();

		/**
		 * The meta object literal for the '<em><b>Min Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__MIN_LENGTH = eINSTANCE.getJSONSchemaProps_MinLength();

		/**
		 * The meta object literal for the '<em><b>Min Properties</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__MIN_PROPERTIES = eINSTANCE.getJSONSchemaProps_MinProperties();

		/**
		 * The meta object literal for the '<em><b>Minimum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__MINIMUM = eINSTANCE.getJSONSchemaProps_Minimum();

		/**
		 * The meta object literal for the '<em><b>Multiple Of</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__MULTIPLE_OF = eINSTANCE.getJSONSchemaProps_MultipleOf();

		/**
		 * The meta object literal for the '<em><b>Not</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JSON_SCHEMA_PROPS__NOT = eINSTANCE.getJSONSchemaProps_Not();

		/**
		 * The meta object literal for the '<em><b>Nullable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__NULLABLE = eINSTANCE.getJSONSchemaProps_Nullable();

		/**
		 * The meta object literal for the '<em><b>One Of</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JSON_SCHEMA_PROPS__ONE_OF = eINSTANCE.getJSONSchemaProps_OneOf();

		/**
		 * The meta object literal for the '<em><b>Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__PATTERN = eINSTANCE.getJSONSchemaProps_Pattern();

		/**
		 * The meta object literal for the '<em><b>Pattern Properties</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JSON_SCHEMA_PROPS__PATTERN_PROPERTIES = eINSTANCE.getJSONSchemaProps_PatternProperties();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JSON_SCHEMA_PROPS__PROPERTIES = eINSTANCE.getJSONSchemaProps_Properties();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__REQUIRED = eINSTANCE.getJSONSchemaProps_Required();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__TITLE = eINSTANCE.getJSONSchemaProps_Title();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__TYPE = eINSTANCE.getJSONSchemaProps_Type();

		/**
		 * The meta object literal for the '<em><b>Unique Items</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__UNIQUE_ITEMS = eINSTANCE.getJSONSchemaProps_UniqueItems();

		/**
		 * The meta object literal for the '<em><b>XKubernetes Embedded Resource</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__XKUBERNETES_EMBEDDED_RESOURCE = eINSTANCE.getJSONSchemaProps_XKubernetesEmbeddedResource();

		/**
		 * The meta object literal for the '<em><b>XKubernetes Int Or String</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__XKUBERNETES_INT_OR_STRING = eINSTANCE.getJSONSchemaProps_XKubernetesIntOrString();

		/**
		 * The meta object literal for the '<em><b>XKubernetes List Map Keys</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__XKUBERNETES_LIST_MAP_KEYS = eINSTANCE.getJSONSchemaProps_XKubernetesListMapKeys();

		/**
		 * The meta object literal for the '<em><b>XKubernetes List Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__XKUBERNETES_LIST_TYPE = eINSTANCE.getJSONSchemaProps_XKubernetesListType();

		/**
		 * The meta object literal for the '<em><b>XKubernetes Map Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__XKUBERNETES_MAP_TYPE = eINSTANCE.getJSONSchemaProps_XKubernetesMapType();

		/**
		 * The meta object literal for the '<em><b>XKubernetes Preserve Unknown Fields</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS__XKUBERNETES_PRESERVE_UNKNOWN_FIELDS = eINSTANCE.getJSONSchemaProps_XKubernetesPreserveUnknownFields();

		/**
		 * The meta object literal for the '<em><b>XKubernetes Validations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JSON_SCHEMA_PROPS__XKUBERNETES_VALIDATIONS = eINSTANCE.getJSONSchemaProps_XKubernetesValidations();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.SelectableFieldImpl <em>Selectable Field</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.SelectableFieldImpl
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getSelectableField()
		 * @generated
		 */
		EClass SELECTABLE_FIELD = eINSTANCE.getSelectableField();

		/**
		 * The meta object literal for the '<em><b>Json Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELECTABLE_FIELD__JSON_PATH = eINSTANCE.getSelectableField_JsonPath();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.ServiceReferenceImpl <em>Service Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ServiceReferenceImpl
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getServiceReference()
		 * @generated
		 */
		EClass SERVICE_REFERENCE = eINSTANCE.getServiceReference();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_REFERENCE__NAME = eINSTANCE.getServiceReference_Name();

		/**
		 * The meta object literal for the '<em><b>Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_REFERENCE__NAMESPACE = eINSTANCE.getServiceReference_Namespace();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_REFERENCE__PATH = eINSTANCE.getServiceReference_Path();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_REFERENCE__PORT = eINSTANCE.getServiceReference_Port();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.ValidationRuleImpl <em>Validation Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ValidationRuleImpl
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getValidationRule()
		 * @generated
		 */
		EClass VALIDATION_RULE = eINSTANCE.getValidationRule();

		/**
		 * The meta object literal for the '<em><b>Field Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATION_RULE__FIELD_PATH = eINSTANCE.getValidationRule_FieldPath();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATION_RULE__MESSAGE = eINSTANCE.getValidationRule_Message();

		/**
		 * The meta object literal for the '<em><b>Message Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATION_RULE__MESSAGE_EXPRESSION = eINSTANCE.getValidationRule_MessageExpression();

		/**
		 * The meta object literal for the '<em><b>Optional Old Self</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATION_RULE__OPTIONAL_OLD_SELF = eINSTANCE.getValidationRule_OptionalOldSelf();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATION_RULE__REASON = eINSTANCE.getValidationRule_Reason();

		/**
		 * The meta object literal for the '<em><b>Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATION_RULE__RULE = eINSTANCE.getValidationRule_Rule();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.WebhookClientConfigImpl <em>Webhook Client Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.WebhookClientConfigImpl
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getWebhookClientConfig()
		 * @generated
		 */
		EClass WEBHOOK_CLIENT_CONFIG = eINSTANCE.getWebhookClientConfig();

		/**
		 * The meta object literal for the '<em><b>Ca Bundle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WEBHOOK_CLIENT_CONFIG__CA_BUNDLE = eINSTANCE.getWebhookClientConfig_CaBundle();

		/**
		 * The meta object literal for the '<em><b>Service</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WEBHOOK_CLIENT_CONFIG__SERVICE = eINSTANCE.getWebhookClientConfig_Service();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WEBHOOK_CLIENT_CONFIG__URL = eINSTANCE.getWebhookClientConfig_Url();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.WebhookConversionImpl <em>Webhook Conversion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.WebhookConversionImpl
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getWebhookConversion()
		 * @generated
		 */
		EClass WEBHOOK_CONVERSION = eINSTANCE.getWebhookConversion();

		/**
		 * The meta object literal for the '<em><b>Client Config</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WEBHOOK_CONVERSION__CLIENT_CONFIG = eINSTANCE.getWebhookConversion_ClientConfig();

		/**
		 * The meta object literal for the '<em><b>Conversion Review Versions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WEBHOOK_CONVERSION__CONVERSION_REVIEW_VERSIONS = eINSTANCE.getWebhookConversion_ConversionReviewVersions();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsMapEntryImpl <em>JSON Schema Props Map Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsMapEntryImpl
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getJSONSchemaPropsMapEntry()
		 * @generated
		 */
		EClass JSON_SCHEMA_PROPS_MAP_ENTRY = eINSTANCE.getJSONSchemaPropsMapEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_SCHEMA_PROPS_MAP_ENTRY__KEY = eINSTANCE.getJSONSchemaPropsMapEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JSON_SCHEMA_PROPS_MAP_ENTRY__VALUE = eINSTANCE.getJSONSchemaPropsMapEntry_Value();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONMapEntryImpl <em>JSON Map Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.JSONMapEntryImpl
		 * @see io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl#getJSONMapEntry()
		 * @generated
		 */
		EClass JSON_MAP_ENTRY = eINSTANCE.getJSONMapEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_MAP_ENTRY__KEY = eINSTANCE.getJSONMapEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_MAP_ENTRY__VALUE = eINSTANCE.getJSONMapEntry_Value();

	}

} //ApiextensionsV1Package
