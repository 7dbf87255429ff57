/**
 */
package io.pilothouse.model.k8s.apiextensions.v1.impl;

import com.fasterxml.jackson.databind.JsonNode;

import io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package;
import io.pilothouse.model.k8s.apiextensions.v1.ExternalDocumentation;
import io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps;
import io.pilothouse.model.k8s.apiextensions.v1.ValidationRule;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>JSON Schema Props</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getRef <em>Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getSchema <em>Schema</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getAdditionalItems <em>Additional Items</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getAdditionalProperties <em>Additional Properties</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getAllOf <em>All Of</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getAnyOf <em>Any Of</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getDefault <em>Default</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getDefinitions <em>Definitions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getDependencies <em>Dependencies</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getEnum <em>Enum</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getExample <em>Example</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getExclusiveMaximum <em>Exclusive Maximum</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getExclusiveMinimum <em>Exclusive Minimum</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getExternalDocs <em>External Docs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getItems <em>Items</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getMaxItems <em>Max Items</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getMaxLength <em>Max Length</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getMaxProperties <em>Max Properties</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getMaximum <em>Maximum</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getMinItems <em>Min Items</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getMinLength <em>Min Length</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getMinProperties <em>Min Properties</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getMinimum <em>Minimum</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getMultipleOf <em>Multiple Of</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getNot <em>Not</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getNullable <em>Nullable</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getOneOf <em>One Of</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getPattern <em>Pattern</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getPatternProperties <em>Pattern Properties</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getProperties <em>Properties</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getRequired <em>Required</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getType <em>Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getUniqueItems <em>Unique Items</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getXKubernetesEmbeddedResource <em>XKubernetes Embedded Resource</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getXKubernetesIntOrString <em>XKubernetes Int Or String</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getXKubernetesListMapKeys <em>XKubernetes List Map Keys</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getXKubernetesListType <em>XKubernetes List Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getXKubernetesMapType <em>XKubernetes Map Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getXKubernetesPreserveUnknownFields <em>XKubernetes Preserve Unknown Fields</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.JSONSchemaPropsImpl#getXKubernetesValidations <em>XKubernetes Validations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JSONSchemaPropsImpl extends MinimalEObjectImpl.Container implements JSONSchemaProps {
	/**
	 * The default value of the '{@link #getRef() <em>Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRef()
	 * @generated
	 * @ordered
	 */
	protected static final String REF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRef() <em>Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRef()
	 * @generated
	 * @ordered
	 */
	protected String ref = REF_EDEFAULT;

	/**
	 * The default value of the '{@link #getSchema() <em>Schema</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchema()
	 * @generated
	 * @ordered
	 */
	protected static final String SCHEMA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSchema() <em>Schema</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchema()
	 * @generated
	 * @ordered
	 */
	protected String schema = SCHEMA_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdditionalItems() <em>Additional Items</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdditionalItems()
	 * @generated
	 * @ordered
	 */
	protected static final JsonNode ADDITIONAL_ITEMS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdditionalItems() <em>Additional Items</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdditionalItems()
	 * @generated
	 * @ordered
	 */
	protected JsonNode additionalItems = ADDITIONAL_ITEMS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdditionalProperties() <em>Additional Properties</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdditionalProperties()
	 * @generated
	 * @ordered
	 */
	protected static final JsonNode ADDITIONAL_PROPERTIES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdditionalProperties() <em>Additional Properties</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdditionalProperties()
	 * @generated
	 * @ordered
	 */
	protected JsonNode additionalProperties = ADDITIONAL_PROPERTIES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAllOf() <em>All Of</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllOf()
	 * @generated
	 * @ordered
	 */
	protected EList<JSONSchemaProps> allOf;

	/**
	 * The cached value of the '{@link #getAnyOf() <em>Any Of</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnyOf()
	 * @generated
	 * @ordered
	 */
	protected EList<JSONSchemaProps> anyOf;

	/**
	 * The default value of the '{@link #getDefault() <em>Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefault()
	 * @generated
	 * @ordered
	 */
	protected static final JsonNode DEFAULT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefault() <em>Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefault()
	 * @generated
	 * @ordered
	 */
	protected JsonNode default_ = DEFAULT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDefinitions() <em>Definitions</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitions()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, JSONSchemaProps> definitions;

	/**
	 * The cached value of the '{@link #getDependencies() <em>Dependencies</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDependencies()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, JsonNode> dependencies;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEnum() <em>Enum</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnum()
	 * @generated
	 * @ordered
	 */
	protected EList<JsonNode> enum_;

	/**
	 * The default value of the '{@link #getExample() <em>Example</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExample()
	 * @generated
	 * @ordered
	 */
	protected static final JsonNode EXAMPLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExample() <em>Example</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExample()
	 * @generated
	 * @ordered
	 */
	protected JsonNode example = EXAMPLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExclusiveMaximum() <em>Exclusive Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExclusiveMaximum()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean EXCLUSIVE_MAXIMUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExclusiveMaximum() <em>Exclusive Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExclusiveMaximum()
	 * @generated
	 * @ordered
	 */
	protected Boolean exclusiveMaximum = EXCLUSIVE_MAXIMUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getExclusiveMinimum() <em>Exclusive Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExclusiveMinimum()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean EXCLUSIVE_MINIMUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExclusiveMinimum() <em>Exclusive Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExclusiveMinimum()
	 * @generated
	 * @ordered
	 */
	protected Boolean exclusiveMinimum = EXCLUSIVE_MINIMUM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExternalDocs() <em>External Docs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalDocs()
	 * @generated
	 * @ordered
	 */
	protected ExternalDocumentation externalDocs;

	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected String format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getItems() <em>Items</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected static final JsonNode ITEMS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected JsonNode items = ITEMS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxItems() <em>Max Items</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxItems()
	 * @generated
	 * @ordered
	 */
	protected static final Long MAX_ITEMS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxItems() <em>Max Items</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxItems()
	 * @generated
	 * @ordered
	 */
	protected Long maxItems = MAX_ITEMS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxLength() <em>Max Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxLength()
	 * @generated
	 * @ordered
	 */
	protected static final Long MAX_LENGTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxLength() <em>Max Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxLength()
	 * @generated
	 * @ordered
	 */
	protected Long maxLength = MAX_LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxProperties() <em>Max Properties</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxProperties()
	 * @generated
	 * @ordered
	 */
	protected static final Long MAX_PROPERTIES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxProperties() <em>Max Properties</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxProperties()
	 * @generated
	 * @ordered
	 */
	protected Long maxProperties = MAX_PROPERTIES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaximum() <em>Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximum()
	 * @generated
	 * @ordered
	 */
	protected static final Double MAXIMUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaximum() <em>Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximum()
	 * @generated
	 * @ordered
	 */
	protected Double maximum = MAXIMUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinItems() <em>Min Items</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinItems()
	 * @generated
	 * @ordered
	 */
	protected static final Long MIN_ITEMS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinItems() <em>Min Items</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinItems()
	 * @generated
	 * @ordered
	 */
	protected Long minItems = MIN_ITEMS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinLength() <em>Min Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinLength()
	 * @generated
	 * @ordered
	 */
	protected static final Long MIN_LENGTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinLength() <em>Min Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinLength()
	 * @generated
	 * @ordered
	 */
	protected Long minLength = MIN_LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinProperties() <em>Min Properties</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinProperties()
	 * @generated
	 * @ordered
	 */
	protected static final Long MIN_PROPERTIES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinProperties() <em>Min Properties</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinProperties()
	 * @generated
	 * @ordered
	 */
	protected Long minProperties = MIN_PROPERTIES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinimum() <em>Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimum()
	 * @generated
	 * @ordered
	 */
	protected static final Double MINIMUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinimum() <em>Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimum()
	 * @generated
	 * @ordered
	 */
	protected Double minimum = MINIMUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getMultipleOf() <em>Multiple Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMultipleOf()
	 * @generated
	 * @ordered
	 */
	protected static final Double MULTIPLE_OF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMultipleOf() <em>Multiple Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMultipleOf()
	 * @generated
	 * @ordered
	 */
	protected Double multipleOf = MULTIPLE_OF_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNot() <em>Not</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNot()
	 * @generated
	 * @ordered
	 */
	protected JSONSchemaProps not;

	/**
	 * The default value of the '{@link #getNullable() <em>Nullable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNullable()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean NULLABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNullable() <em>Nullable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNullable()
	 * @generated
	 * @ordered
	 */
	protected Boolean nullable = NULLABLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOneOf() <em>One Of</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOneOf()
	 * @generated
	 * @ordered
	 */
	protected EList<JSONSchemaProps> oneOf;

	/**
	 * The default value of the '{@link #getPattern() <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPattern()
	 * @generated
	 * @ordered
	 */
	protected static final String PATTERN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPattern() <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPattern()
	 * @generated
	 * @ordered
	 */
	protected String pattern = PATTERN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPatternProperties() <em>Pattern Properties</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatternProperties()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, JSONSchemaProps> patternProperties;

	/**
	 * The cached value of the '{@link #getProperties() <em>Properties</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProperties()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, JSONSchemaProps> properties;

	/**
	 * The cached value of the '{@link #getRequired() <em>Required</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequired()
	 * @generated
	 * @ordered
	 */
	protected EList<String> required;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected String type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUniqueItems() <em>Unique Items</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUniqueItems()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean UNIQUE_ITEMS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUniqueItems() <em>Unique Items</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUniqueItems()
	 * @generated
	 * @ordered
	 */
	protected Boolean uniqueItems = UNIQUE_ITEMS_EDEFAULT;

	/**
	 * The default value of the '{@link #getXKubernetesEmbeddedResource() <em>XKubernetes Embedded Resource</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXKubernetesEmbeddedResource()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean XKUBERNETES_EMBEDDED_RESOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getXKubernetesEmbeddedResource() <em>XKubernetes Embedded Resource</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXKubernetesEmbeddedResource()
	 * @generated
	 * @ordered
	 */
	protected Boolean xKubernetesEmbeddedResource = XKUBERNETES_EMBEDDED_RESOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getXKubernetesIntOrString() <em>XKubernetes Int Or String</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXKubernetesIntOrString()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean XKUBERNETES_INT_OR_STRING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getXKubernetesIntOrString() <em>XKubernetes Int Or String</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXKubernetesIntOrString()
	 * @generated
	 * @ordered
	 */
	protected Boolean xKubernetesIntOrString = XKUBERNETES_INT_OR_STRING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getXKubernetesListMapKeys() <em>XKubernetes List Map Keys</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXKubernetesListMapKeys()
	 * @generated
	 * @ordered
	 */
	protected EList<String> xKubernetesListMapKeys;

	/**
	 * The default value of the '{@link #getXKubernetesListType() <em>XKubernetes List Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXKubernetesListType()
	 * @generated
	 * @ordered
	 */
	protected static final String XKUBERNETES_LIST_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getXKubernetesListType() <em>XKubernetes List Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXKubernetesListType()
	 * @generated
	 * @ordered
	 */
	protected String xKubernetesListType = XKUBERNETES_LIST_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getXKubernetesMapType() <em>XKubernetes Map Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXKubernetesMapType()
	 * @generated
	 * @ordered
	 */
	protected static final String XKUBERNETES_MAP_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getXKubernetesMapType() <em>XKubernetes Map Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXKubernetesMapType()
	 * @generated
	 * @ordered
	 */
	protected String xKubernetesMapType = XKUBERNETES_MAP_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getXKubernetesPreserveUnknownFields() <em>XKubernetes Preserve Unknown Fields</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXKubernetesPreserveUnknownFields()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean XKUBERNETES_PRESERVE_UNKNOWN_FIELDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getXKubernetesPreserveUnknownFields() <em>XKubernetes Preserve Unknown Fields</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXKubernetesPreserveUnknownFields()
	 * @generated
	 * @ordered
	 */
	protected Boolean xKubernetesPreserveUnknownFields = XKUBERNETES_PRESERVE_UNKNOWN_FIELDS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getXKubernetesValidations() <em>XKubernetes Validations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXKubernetesValidations()
	 * @generated
	 * @ordered
	 */
	protected EList<ValidationRule> xKubernetesValidations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JSONSchemaPropsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ApiextensionsV1Package.Literals.JSON_SCHEMA_PROPS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRef() {
		return ref;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRef(String newRef) {
		String oldRef = ref;
		ref = newRef;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__REF, oldRef, ref));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSchema() {
		return schema;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchema(String newSchema) {
		String oldSchema = schema;
		schema = newSchema;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__SCHEMA, oldSchema, schema));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JsonNode getAdditionalItems() {
		return additionalItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdditionalItems(JsonNode newAdditionalItems) {
		JsonNode oldAdditionalItems = additionalItems;
		additionalItems = newAdditionalItems;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__ADDITIONAL_ITEMS, oldAdditionalItems, additionalItems));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JsonNode getAdditionalProperties() {
		return additionalProperties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdditionalProperties(JsonNode newAdditionalProperties) {
		JsonNode oldAdditionalProperties = additionalProperties;
		additionalProperties = newAdditionalProperties;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__ADDITIONAL_PROPERTIES, oldAdditionalProperties, additionalProperties));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<JSONSchemaProps> getAllOf() {
		if (allOf == null) {
			allOf = new EObjectContainmentEList<JSONSchemaProps>(JSONSchemaProps.class, this, ApiextensionsV1Package.JSON_SCHEMA_PROPS__ALL_OF);
		}
		return allOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<JSONSchemaProps> getAnyOf() {
		if (anyOf == null) {
			anyOf = new EObjectContainmentEList<JSONSchemaProps>(JSONSchemaProps.class, this, ApiextensionsV1Package.JSON_SCHEMA_PROPS__ANY_OF);
		}
		return anyOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JsonNode getDefault() {
		return default_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefault(JsonNode newDefault) {
		JsonNode oldDefault = default_;
		default_ = newDefault;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__DEFAULT, oldDefault, default_));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, JSONSchemaProps> getDefinitions() {
		if (definitions == null) {
			definitions = new EcoreEMap<String,JSONSchemaProps>(ApiextensionsV1Package.Literals.JSON_SCHEMA_PROPS_MAP_ENTRY, JSONSchemaPropsMapEntryImpl.class, this, ApiextensionsV1Package.JSON_SCHEMA_PROPS__DEFINITIONS);
		}
		return definitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, JsonNode> getDependencies() {
		if (dependencies == null) {
			dependencies = new EcoreEMap<String,JsonNode>(ApiextensionsV1Package.Literals.JSON_MAP_ENTRY, JSONMapEntryImpl.class, this, ApiextensionsV1Package.JSON_SCHEMA_PROPS__DEPENDENCIES);
		}
		return dependencies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<JsonNode> getEnum() {
		if (enum_ == null) {
			enum_ = new EDataTypeUniqueEList<JsonNode>(JsonNode.class, this, ApiextensionsV1Package.JSON_SCHEMA_PROPS__ENUM);
		}
		return enum_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JsonNode getExample() {
		return example;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExample(JsonNode newExample) {
		JsonNode oldExample = example;
		example = newExample;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__EXAMPLE, oldExample, example));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getExclusiveMaximum() {
		return exclusiveMaximum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExclusiveMaximum(Boolean newExclusiveMaximum) {
		Boolean oldExclusiveMaximum = exclusiveMaximum;
		exclusiveMaximum = newExclusiveMaximum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__EXCLUSIVE_MAXIMUM, oldExclusiveMaximum, exclusiveMaximum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getExclusiveMinimum() {
		return exclusiveMinimum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExclusiveMinimum(Boolean newExclusiveMinimum) {
		Boolean oldExclusiveMinimum = exclusiveMinimum;
		exclusiveMinimum = newExclusiveMinimum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__EXCLUSIVE_MINIMUM, oldExclusiveMinimum, exclusiveMinimum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExternalDocumentation getExternalDocs() {
		return externalDocs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExternalDocs(ExternalDocumentation newExternalDocs, NotificationChain msgs) {
		ExternalDocumentation oldExternalDocs = externalDocs;
		externalDocs = newExternalDocs;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__EXTERNAL_DOCS, oldExternalDocs, newExternalDocs);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExternalDocs(ExternalDocumentation newExternalDocs) {
		if (newExternalDocs != externalDocs) {
			NotificationChain msgs = null;
			if (externalDocs != null)
				msgs = ((InternalEObject)externalDocs).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ApiextensionsV1Package.JSON_SCHEMA_PROPS__EXTERNAL_DOCS, null, msgs);
			if (newExternalDocs != null)
				msgs = ((InternalEObject)newExternalDocs).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ApiextensionsV1Package.JSON_SCHEMA_PROPS__EXTERNAL_DOCS, null, msgs);
			msgs = basicSetExternalDocs(newExternalDocs, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__EXTERNAL_DOCS, newExternalDocs, newExternalDocs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(String newFormat) {
		String oldFormat = format;
		format = newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JsonNode getItems() {
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItems(JsonNode newItems) {
		JsonNode oldItems = items;
		items = newItems;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__ITEMS, oldItems, items));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getMaxItems() {
		return maxItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxItems(Long newMaxItems) {
		Long oldMaxItems = maxItems;
		maxItems = newMaxItems;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__MAX_ITEMS, oldMaxItems, maxItems));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getMaxLength() {
		return maxLength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxLength(Long newMaxLength) {
		Long oldMaxLength = maxLength;
		maxLength = newMaxLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__MAX_LENGTH, oldMaxLength, maxLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getMaxProperties() {
		return maxProperties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxProperties(Long newMaxProperties) {
		Long oldMaxProperties = maxProperties;
		maxProperties = newMaxProperties;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__MAX_PROPERTIES, oldMaxProperties, maxProperties));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getMaximum() {
		return maximum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaximum(Double newMaximum) {
		Double oldMaximum = maximum;
		maximum = newMaximum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__MAXIMUM, oldMaximum, maximum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getMinItems() {
		return minItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinItems(Long newMinItems) {
		Long oldMinItems = minItems;
		minItems = newMinItems;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__MIN_ITEMS, oldMinItems, minItems));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getMinLength() {
		return minLength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinLength(Long newMinLength) {
		Long oldMinLength = minLength;
		minLength = newMinLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__MIN_LENGTH, oldMinLength, minLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getMinProperties() {
		return minProperties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinProperties(Long newMinProperties) {
		Long oldMinProperties = minProperties;
		minProperties = newMinProperties;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__MIN_PROPERTIES, oldMinProperties, minProperties));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getMinimum() {
		return minimum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimum(Double newMinimum) {
		Double oldMinimum = minimum;
		minimum = newMinimum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__MINIMUM, oldMinimum, minimum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getMultipleOf() {
		return multipleOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMultipleOf(Double newMultipleOf) {
		Double oldMultipleOf = multipleOf;
		multipleOf = newMultipleOf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__MULTIPLE_OF, oldMultipleOf, multipleOf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JSONSchemaProps getNot() {
		return not;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNot(JSONSchemaProps newNot, NotificationChain msgs) {
		JSONSchemaProps oldNot = not;
		not = newNot;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__NOT, oldNot, newNot);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNot(JSONSchemaProps newNot) {
		if (newNot != not) {
			NotificationChain msgs = null;
			if (not != null)
				msgs = ((InternalEObject)not).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ApiextensionsV1Package.JSON_SCHEMA_PROPS__NOT, null, msgs);
			if (newNot != null)
				msgs = ((InternalEObject)newNot).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ApiextensionsV1Package.JSON_SCHEMA_PROPS__NOT, null, msgs);
			msgs = basicSetNot(newNot, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__NOT, newNot, newNot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getNullable() {
		return nullable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNullable(Boolean newNullable) {
		Boolean oldNullable = nullable;
		nullable = newNullable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__NULLABLE, oldNullable, nullable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<JSONSchemaProps> getOneOf() {
		if (oneOf == null) {
			oneOf = new EObjectContainmentEList<JSONSchemaProps>(JSONSchemaProps.class, this, ApiextensionsV1Package.JSON_SCHEMA_PROPS__ONE_OF);
		}
		return oneOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPattern() {
		return pattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPattern(String newPattern) {
		String oldPattern = pattern;
		pattern = newPattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__PATTERN, oldPattern, pattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, JSONSchemaProps> getPatternProperties() {
		if (patternProperties == null) {
			patternProperties = new EcoreEMap<String,JSONSchemaProps>(ApiextensionsV1Package.Literals.JSON_SCHEMA_PROPS_MAP_ENTRY, JSONSchemaPropsMapEntryImpl.class, this, ApiextensionsV1Package.JSON_SCHEMA_PROPS__PATTERN_PROPERTIES);
		}
		return patternProperties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, JSONSchemaProps> getProperties() {
		if (properties == null) {
			properties = new EcoreEMap<String,JSONSchemaProps>(ApiextensionsV1Package.Literals.JSON_SCHEMA_PROPS_MAP_ENTRY, JSONSchemaPropsMapEntryImpl.class, this, ApiextensionsV1Package.JSON_SCHEMA_PROPS__PROPERTIES);
		}
		return properties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRequired() {
		if (required == null) {
			required = new EDataTypeUniqueEList<String>(String.class, this, ApiextensionsV1Package.JSON_SCHEMA_PROPS__REQUIRED);
		}
		return required;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(String newType) {
		String oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getUniqueItems() {
		return uniqueItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUniqueItems(Boolean newUniqueItems) {
		Boolean oldUniqueItems = uniqueItems;
		uniqueItems = newUniqueItems;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__UNIQUE_ITEMS, oldUniqueItems, uniqueItems));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getXKubernetesEmbeddedResource() {
		return xKubernetesEmbeddedResource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setXKubernetesEmbeddedResource(Boolean newXKubernetesEmbeddedResource) {
		Boolean oldXKubernetesEmbeddedResource = xKubernetesEmbeddedResource;
		xKubernetesEmbeddedResource = newXKubernetesEmbeddedResource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_EMBEDDED_RESOURCE, oldXKubernetesEmbeddedResource, xKubernetesEmbeddedResource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getXKubernetesIntOrString() {
		return xKubernetesIntOrString;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setXKubernetesIntOrString(Boolean newXKubernetesIntOrString) {
		Boolean oldXKubernetesIntOrString = xKubernetesIntOrString;
		xKubernetesIntOrString = newXKubernetesIntOrString;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_INT_OR_STRING, oldXKubernetesIntOrString, xKubernetesIntOrString));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getXKubernetesListMapKeys() {
		if (xKubernetesListMapKeys == null) {
			xKubernetesListMapKeys = new EDataTypeUniqueEList<String>(String.class, this, ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_LIST_MAP_KEYS);
		}
		return xKubernetesListMapKeys;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getXKubernetesListType() {
		return xKubernetesListType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setXKubernetesListType(String newXKubernetesListType) {
		String oldXKubernetesListType = xKubernetesListType;
		xKubernetesListType = newXKubernetesListType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_LIST_TYPE, oldXKubernetesListType, xKubernetesListType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getXKubernetesMapType() {
		return xKubernetesMapType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setXKubernetesMapType(String newXKubernetesMapType) {
		String oldXKubernetesMapType = xKubernetesMapType;
		xKubernetesMapType = newXKubernetesMapType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_MAP_TYPE, oldXKubernetesMapType, xKubernetesMapType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getXKubernetesPreserveUnknownFields() {
		return xKubernetesPreserveUnknownFields;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setXKubernetesPreserveUnknownFields(Boolean newXKubernetesPreserveUnknownFields) {
		Boolean oldXKubernetesPreserveUnknownFields = xKubernetesPreserveUnknownFields;
		xKubernetesPreserveUnknownFields = newXKubernetesPreserveUnknownFields;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_PRESERVE_UNKNOWN_FIELDS, oldXKubernetesPreserveUnknownFields, xKubernetesPreserveUnknownFields));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ValidationRule> getXKubernetesValidations() {
		if (xKubernetesValidations == null) {
			xKubernetesValidations = new EObjectContainmentEList<ValidationRule>(ValidationRule.class, this, ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_VALIDATIONS);
		}
		return xKubernetesValidations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ALL_OF:
				return ((InternalEList<?>)getAllOf()).basicRemove(otherEnd, msgs);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ANY_OF:
				return ((InternalEList<?>)getAnyOf()).basicRemove(otherEnd, msgs);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__DEFINITIONS:
				return ((InternalEList<?>)getDefinitions()).basicRemove(otherEnd, msgs);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__DEPENDENCIES:
				return ((InternalEList<?>)getDependencies()).basicRemove(otherEnd, msgs);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__EXTERNAL_DOCS:
				return basicSetExternalDocs(null, msgs);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__NOT:
				return basicSetNot(null, msgs);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ONE_OF:
				return ((InternalEList<?>)getOneOf()).basicRemove(otherEnd, msgs);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__PATTERN_PROPERTIES:
				return ((InternalEList<?>)getPatternProperties()).basicRemove(otherEnd, msgs);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__PROPERTIES:
				return ((InternalEList<?>)getProperties()).basicRemove(otherEnd, msgs);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_VALIDATIONS:
				return ((InternalEList<?>)getXKubernetesValidations()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__REF:
				return getRef();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__SCHEMA:
				return getSchema();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ADDITIONAL_ITEMS:
				return getAdditionalItems();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ADDITIONAL_PROPERTIES:
				return getAdditionalProperties();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ALL_OF:
				return getAllOf();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ANY_OF:
				return getAnyOf();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__DEFAULT:
				return getDefault();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__DEFINITIONS:
				if (coreType) return getDefinitions();
				else return getDefinitions().map();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__DEPENDENCIES:
				if (coreType) return getDependencies();
				else return getDependencies().map();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__DESCRIPTION:
				return getDescription();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ENUM:
				return getEnum();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__EXAMPLE:
				return getExample();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__EXCLUSIVE_MAXIMUM:
				return getExclusiveMaximum();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__EXCLUSIVE_MINIMUM:
				return getExclusiveMinimum();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__EXTERNAL_DOCS:
				return getExternalDocs();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__FORMAT:
				return getFormat();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ID:
				return getId();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ITEMS:
				return getItems();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MAX_ITEMS:
				return getMaxItems();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MAX_LENGTH:
				return getMaxLength();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MAX_PROPERTIES:
				return getMaxProperties();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MAXIMUM:
				return getMaximum();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MIN_ITEMS:
				return getMinItems();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MIN_LENGTH:
				return getMinLength();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MIN_PROPERTIES:
				return getMinProperties();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MINIMUM:
				return getMinimum();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MULTIPLE_OF:
				return getMultipleOf();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__NOT:
				return getNot();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__NULLABLE:
				return getNullable();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ONE_OF:
				return getOneOf();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__PATTERN:
				return getPattern();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__PATTERN_PROPERTIES:
				if (coreType) return getPatternProperties();
				else return getPatternProperties().map();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__PROPERTIES:
				if (coreType) return getProperties();
				else return getProperties().map();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__REQUIRED:
				return getRequired();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__TITLE:
				return getTitle();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__TYPE:
				return getType();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__UNIQUE_ITEMS:
				return getUniqueItems();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_EMBEDDED_RESOURCE:
				return getXKubernetesEmbeddedResource();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_INT_OR_STRING:
				return getXKubernetesIntOrString();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_LIST_MAP_KEYS:
				return getXKubernetesListMapKeys();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_LIST_TYPE:
				return getXKubernetesListType();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_MAP_TYPE:
				return getXKubernetesMapType();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_PRESERVE_UNKNOWN_FIELDS:
				return getXKubernetesPreserveUnknownFields();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_VALIDATIONS:
				return getXKubernetesValidations();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__REF:
				setRef((String)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__SCHEMA:
				setSchema((String)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ADDITIONAL_ITEMS:
				setAdditionalItems((JsonNode)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ADDITIONAL_PROPERTIES:
				setAdditionalProperties((JsonNode)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ALL_OF:
				getAllOf().clear();
				getAllOf().addAll((Collection<? extends JSONSchemaProps>)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ANY_OF:
				getAnyOf().clear();
				getAnyOf().addAll((Collection<? extends JSONSchemaProps>)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__DEFAULT:
				setDefault((JsonNode)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__DEFINITIONS:
				((EStructuralFeature.Setting)getDefinitions()).set(newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__DEPENDENCIES:
				((EStructuralFeature.Setting)getDependencies()).set(newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ENUM:
				getEnum().clear();
				getEnum().addAll((Collection<? extends JsonNode>)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__EXAMPLE:
				setExample((JsonNode)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__EXCLUSIVE_MAXIMUM:
				setExclusiveMaximum((Boolean)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__EXCLUSIVE_MINIMUM:
				setExclusiveMinimum((Boolean)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__EXTERNAL_DOCS:
				setExternalDocs((ExternalDocumentation)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__FORMAT:
				setFormat((String)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ID:
				setId((String)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ITEMS:
				setItems((JsonNode)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MAX_ITEMS:
				setMaxItems((Long)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MAX_LENGTH:
				setMaxLength((Long)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MAX_PROPERTIES:
				setMaxProperties((Long)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MAXIMUM:
				setMaximum((Double)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MIN_ITEMS:
				setMinItems((Long)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MIN_LENGTH:
				setMinLength((Long)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MIN_PROPERTIES:
				setMinProperties((Long)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MINIMUM:
				setMinimum((Double)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MULTIPLE_OF:
				setMultipleOf((Double)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__NOT:
				setNot((JSONSchemaProps)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__NULLABLE:
				setNullable((Boolean)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ONE_OF:
				getOneOf().clear();
				getOneOf().addAll((Collection<? extends JSONSchemaProps>)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__PATTERN:
				setPattern((String)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__PATTERN_PROPERTIES:
				((EStructuralFeature.Setting)getPatternProperties()).set(newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__PROPERTIES:
				((EStructuralFeature.Setting)getProperties()).set(newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__REQUIRED:
				getRequired().clear();
				getRequired().addAll((Collection<? extends String>)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__TITLE:
				setTitle((String)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__TYPE:
				setType((String)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__UNIQUE_ITEMS:
				setUniqueItems((Boolean)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_EMBEDDED_RESOURCE:
				setXKubernetesEmbeddedResource((Boolean)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_INT_OR_STRING:
				setXKubernetesIntOrString((Boolean)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_LIST_MAP_KEYS:
				getXKubernetesListMapKeys().clear();
				getXKubernetesListMapKeys().addAll((Collection<? extends String>)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_LIST_TYPE:
				setXKubernetesListType((String)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_MAP_TYPE:
				setXKubernetesMapType((String)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_PRESERVE_UNKNOWN_FIELDS:
				setXKubernetesPreserveUnknownFields((Boolean)newValue);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_VALIDATIONS:
				getXKubernetesValidations().clear();
				getXKubernetesValidations().addAll((Collection<? extends ValidationRule>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__REF:
				setRef(REF_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__SCHEMA:
				setSchema(SCHEMA_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ADDITIONAL_ITEMS:
				setAdditionalItems(ADDITIONAL_ITEMS_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ADDITIONAL_PROPERTIES:
				setAdditionalProperties(ADDITIONAL_PROPERTIES_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ALL_OF:
				getAllOf().clear();
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ANY_OF:
				getAnyOf().clear();
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__DEFAULT:
				setDefault(DEFAULT_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__DEFINITIONS:
				getDefinitions().clear();
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__DEPENDENCIES:
				getDependencies().clear();
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ENUM:
				getEnum().clear();
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__EXAMPLE:
				setExample(EXAMPLE_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__EXCLUSIVE_MAXIMUM:
				setExclusiveMaximum(EXCLUSIVE_MAXIMUM_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__EXCLUSIVE_MINIMUM:
				setExclusiveMinimum(EXCLUSIVE_MINIMUM_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__EXTERNAL_DOCS:
				setExternalDocs((ExternalDocumentation)null);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ID:
				setId(ID_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ITEMS:
				setItems(ITEMS_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MAX_ITEMS:
				setMaxItems(MAX_ITEMS_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MAX_LENGTH:
				setMaxLength(MAX_LENGTH_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MAX_PROPERTIES:
				setMaxProperties(MAX_PROPERTIES_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MAXIMUM:
				setMaximum(MAXIMUM_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MIN_ITEMS:
				setMinItems(MIN_ITEMS_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MIN_LENGTH:
				setMinLength(MIN_LENGTH_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MIN_PROPERTIES:
				setMinProperties(MIN_PROPERTIES_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MINIMUM:
				setMinimum(MINIMUM_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MULTIPLE_OF:
				setMultipleOf(MULTIPLE_OF_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__NOT:
				setNot((JSONSchemaProps)null);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__NULLABLE:
				setNullable(NULLABLE_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ONE_OF:
				getOneOf().clear();
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__PATTERN:
				setPattern(PATTERN_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__PATTERN_PROPERTIES:
				getPatternProperties().clear();
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__PROPERTIES:
				getProperties().clear();
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__REQUIRED:
				getRequired().clear();
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__UNIQUE_ITEMS:
				setUniqueItems(UNIQUE_ITEMS_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_EMBEDDED_RESOURCE:
				setXKubernetesEmbeddedResource(XKUBERNETES_EMBEDDED_RESOURCE_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_INT_OR_STRING:
				setXKubernetesIntOrString(XKUBERNETES_INT_OR_STRING_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_LIST_MAP_KEYS:
				getXKubernetesListMapKeys().clear();
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_LIST_TYPE:
				setXKubernetesListType(XKUBERNETES_LIST_TYPE_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_MAP_TYPE:
				setXKubernetesMapType(XKUBERNETES_MAP_TYPE_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_PRESERVE_UNKNOWN_FIELDS:
				setXKubernetesPreserveUnknownFields(XKUBERNETES_PRESERVE_UNKNOWN_FIELDS_EDEFAULT);
				return;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_VALIDATIONS:
				getXKubernetesValidations().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__REF:
				return REF_EDEFAULT == null ? ref != null : !REF_EDEFAULT.equals(ref);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__SCHEMA:
				return SCHEMA_EDEFAULT == null ? schema != null : !SCHEMA_EDEFAULT.equals(schema);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ADDITIONAL_ITEMS:
				return ADDITIONAL_ITEMS_EDEFAULT == null ? additionalItems != null : !ADDITIONAL_ITEMS_EDEFAULT.equals(additionalItems);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ADDITIONAL_PROPERTIES:
				return ADDITIONAL_PROPERTIES_EDEFAULT == null ? additionalProperties != null : !ADDITIONAL_PROPERTIES_EDEFAULT.equals(additionalProperties);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ALL_OF:
				return allOf != null && !allOf.isEmpty();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ANY_OF:
				return anyOf != null && !anyOf.isEmpty();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__DEFAULT:
				return DEFAULT_EDEFAULT == null ? default_ != null : !DEFAULT_EDEFAULT.equals(default_);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__DEFINITIONS:
				return definitions != null && !definitions.isEmpty();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__DEPENDENCIES:
				return dependencies != null && !dependencies.isEmpty();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ENUM:
				return enum_ != null && !enum_.isEmpty();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__EXAMPLE:
				return EXAMPLE_EDEFAULT == null ? example != null : !EXAMPLE_EDEFAULT.equals(example);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__EXCLUSIVE_MAXIMUM:
				return EXCLUSIVE_MAXIMUM_EDEFAULT == null ? exclusiveMaximum != null : !EXCLUSIVE_MAXIMUM_EDEFAULT.equals(exclusiveMaximum);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__EXCLUSIVE_MINIMUM:
				return EXCLUSIVE_MINIMUM_EDEFAULT == null ? exclusiveMinimum != null : !EXCLUSIVE_MINIMUM_EDEFAULT.equals(exclusiveMinimum);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__EXTERNAL_DOCS:
				return externalDocs != null;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__FORMAT:
				return FORMAT_EDEFAULT == null ? format != null : !FORMAT_EDEFAULT.equals(format);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ITEMS:
				return ITEMS_EDEFAULT == null ? items != null : !ITEMS_EDEFAULT.equals(items);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MAX_ITEMS:
				return MAX_ITEMS_EDEFAULT == null ? maxItems != null : !MAX_ITEMS_EDEFAULT.equals(maxItems);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MAX_LENGTH:
				return MAX_LENGTH_EDEFAULT == null ? maxLength != null : !MAX_LENGTH_EDEFAULT.equals(maxLength);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MAX_PROPERTIES:
				return MAX_PROPERTIES_EDEFAULT == null ? maxProperties != null : !MAX_PROPERTIES_EDEFAULT.equals(maxProperties);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MAXIMUM:
				return MAXIMUM_EDEFAULT == null ? maximum != null : !MAXIMUM_EDEFAULT.equals(maximum);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MIN_ITEMS:
				return MIN_ITEMS_EDEFAULT == null ? minItems != null : !MIN_ITEMS_EDEFAULT.equals(minItems);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MIN_LENGTH:
				return MIN_LENGTH_EDEFAULT == null ? minLength != null : !MIN_LENGTH_EDEFAULT.equals(minLength);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MIN_PROPERTIES:
				return MIN_PROPERTIES_EDEFAULT == null ? minProperties != null : !MIN_PROPERTIES_EDEFAULT.equals(minProperties);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MINIMUM:
				return MINIMUM_EDEFAULT == null ? minimum != null : !MINIMUM_EDEFAULT.equals(minimum);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__MULTIPLE_OF:
				return MULTIPLE_OF_EDEFAULT == null ? multipleOf != null : !MULTIPLE_OF_EDEFAULT.equals(multipleOf);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__NOT:
				return not != null;
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__NULLABLE:
				return NULLABLE_EDEFAULT == null ? nullable != null : !NULLABLE_EDEFAULT.equals(nullable);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__ONE_OF:
				return oneOf != null && !oneOf.isEmpty();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__PATTERN:
				return PATTERN_EDEFAULT == null ? pattern != null : !PATTERN_EDEFAULT.equals(pattern);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__PATTERN_PROPERTIES:
				return patternProperties != null && !patternProperties.isEmpty();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__PROPERTIES:
				return properties != null && !properties.isEmpty();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__REQUIRED:
				return required != null && !required.isEmpty();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__TYPE:
				return TYPE_EDEFAULT == null ? type != null : !TYPE_EDEFAULT.equals(type);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__UNIQUE_ITEMS:
				return UNIQUE_ITEMS_EDEFAULT == null ? uniqueItems != null : !UNIQUE_ITEMS_EDEFAULT.equals(uniqueItems);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_EMBEDDED_RESOURCE:
				return XKUBERNETES_EMBEDDED_RESOURCE_EDEFAULT == null ? xKubernetesEmbeddedResource != null : !XKUBERNETES_EMBEDDED_RESOURCE_EDEFAULT.equals(xKubernetesEmbeddedResource);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_INT_OR_STRING:
				return XKUBERNETES_INT_OR_STRING_EDEFAULT == null ? xKubernetesIntOrString != null : !XKUBERNETES_INT_OR_STRING_EDEFAULT.equals(xKubernetesIntOrString);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_LIST_MAP_KEYS:
				return xKubernetesListMapKeys != null && !xKubernetesListMapKeys.isEmpty();
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_LIST_TYPE:
				return XKUBERNETES_LIST_TYPE_EDEFAULT == null ? xKubernetesListType != null : !XKUBERNETES_LIST_TYPE_EDEFAULT.equals(xKubernetesListType);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_MAP_TYPE:
				return XKUBERNETES_MAP_TYPE_EDEFAULT == null ? xKubernetesMapType != null : !XKUBERNETES_MAP_TYPE_EDEFAULT.equals(xKubernetesMapType);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_PRESERVE_UNKNOWN_FIELDS:
				return XKUBERNETES_PRESERVE_UNKNOWN_FIELDS_EDEFAULT == null ? xKubernetesPreserveUnknownFields != null : !XKUBERNETES_PRESERVE_UNKNOWN_FIELDS_EDEFAULT.equals(xKubernetesPreserveUnknownFields);
			case ApiextensionsV1Package.JSON_SCHEMA_PROPS__XKUBERNETES_VALIDATIONS:
				return xKubernetesValidations != null && !xKubernetesValidations.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (ref: ");
		result.append(ref);
		result.append(", schema: ");
		result.append(schema);
		result.append(", additionalItems: ");
		result.append(additionalItems);
		result.append(", additionalProperties: ");
		result.append(additionalProperties);
		result.append(", default: ");
		result.append(default_);
		result.append(", description: ");
		result.append(description);
		result.append(", enum: ");
		result.append(enum_);
		result.append(", example: ");
		result.append(example);
		result.append(", exclusiveMaximum: ");
		result.append(exclusiveMaximum);
		result.append(", exclusiveMinimum: ");
		result.append(exclusiveMinimum);
		result.append(", format: ");
		result.append(format);
		result.append(", id: ");
		result.append(id);
		result.append(", items: ");
		result.append(items);
		result.append(", maxItems: ");
		result.append(maxItems);
		result.append(", maxLength: ");
		result.append(maxLength);
		result.append(", maxProperties: ");
		result.append(maxProperties);
		result.append(", maximum: ");
		result.append(maximum);
		result.append(", minItems: ");
		result.append(minItems);
		result.append(", minLength: ");
		result.append(minLength);
		result.append(", minProperties: ");
		result.append(minProperties);
		result.append(", minimum: ");
		result.append(minimum);
		result.append(", multipleOf: ");
		result.append(multipleOf);
		result.append(", nullable: ");
		result.append(nullable);
		result.append(", pattern: ");
		result.append(pattern);
		result.append(", required: ");
		result.append(required);
		result.append(", title: ");
		result.append(title);
		result.append(", type: ");
		result.append(type);
		result.append(", uniqueItems: ");
		result.append(uniqueItems);
		result.append(", xKubernetesEmbeddedResource: ");
		result.append(xKubernetesEmbeddedResource);
		result.append(", xKubernetesIntOrString: ");
		result.append(xKubernetesIntOrString);
		result.append(", xKubernetesListMapKeys: ");
		result.append(xKubernetesListMapKeys);
		result.append(", xKubernetesListType: ");
		result.append(xKubernetesListType);
		result.append(", xKubernetesMapType: ");
		result.append(xKubernetesMapType);
		result.append(", xKubernetesPreserveUnknownFields: ");
		result.append(xKubernetesPreserveUnknownFields);
		result.append(')');
		return result.toString();
	}

} //JSONSchemaPropsImpl
