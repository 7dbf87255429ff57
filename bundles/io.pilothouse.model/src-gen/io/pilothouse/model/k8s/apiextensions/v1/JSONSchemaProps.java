/**
 */
package io.pilothouse.model.k8s.apiextensions.v1;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>JSON Schema Props</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getRef <em>Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getSchema <em>Schema</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getAdditionalItems <em>Additional Items</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getAdditionalProperties <em>Additional Properties</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getAllOf <em>All Of</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getAnyOf <em>Any Of</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getDefault <em>Default</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getDefinitions <em>Definitions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getDependencies <em>Dependencies</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getDescription <em>Description</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getEnum <em>Enum</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getExample <em>Example</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getExclusiveMaximum <em>Exclusive Maximum</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getExclusiveMinimum <em>Exclusive Minimum</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getExternalDocs <em>External Docs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getFormat <em>Format</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getId <em>Id</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getItems <em>Items</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMaxItems <em>Max Items</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMaxLength <em>Max Length</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMaxProperties <em>Max Properties</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMaximum <em>Maximum</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMinItems <em>Min Items</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMinLength <em>Min Length</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMinProperties <em>Min Properties</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMinimum <em>Minimum</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMultipleOf <em>Multiple Of</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getNot <em>Not</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getNullable <em>Nullable</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getOneOf <em>One Of</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getPattern <em>Pattern</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getPatternProperties <em>Pattern Properties</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getProperties <em>Properties</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getRequired <em>Required</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getTitle <em>Title</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getType <em>Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getUniqueItems <em>Unique Items</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getXKubernetesEmbeddedResource <em>XKubernetes Embedded Resource</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getXKubernetesIntOrString <em>XKubernetes Int Or String</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getXKubernetesListMapKeys <em>XKubernetes List Map Keys</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getXKubernetesListType <em>XKubernetes List Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getXKubernetesMapType <em>XKubernetes Map Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getXKubernetesPreserveUnknownFields <em>XKubernetes Preserve Unknown Fields</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getXKubernetesValidations <em>XKubernetes Validations</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps()
 * @generated
 */
public interface JSONSchemaProps extends EObject {
	/**
	 * Returns the value of the '<em><b>Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ref</em>' attribute.
	 * @see #setRef(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_Ref()
	 * @generated
	 */
	String getRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getRef <em>Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ref</em>' attribute.
	 * @see #getRef()
	 * @generated
	 */
	void setRef(String value);

	/**
	 * Returns the value of the '<em><b>Schema</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Schema</em>' attribute.
	 * @see #setSchema(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_Schema()
	 * @generated
	 */
	String getSchema();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getSchema <em>Schema</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schema</em>' attribute.
	 * @see #getSchema()
	 * @generated
	 */
	void setSchema(String value);

	/**
	 * Returns the value of the '<em><b>Additional Items</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Additional Items</em>' attribute.
	 * @see #setAdditionalItems(JsonNode)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_AdditionalItems()
	 * @generated
	 */
	JsonNode getAdditionalItems();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getAdditionalItems <em>Additional Items</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Additional Items</em>' attribute.
	 * @see #getAdditionalItems()
	 * @generated
	 */
	void setAdditionalItems(JsonNode value);

	/**
	 * Returns the value of the '<em><b>Additional Properties</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Additional Properties</em>' attribute.
	 * @see #setAdditionalProperties(JsonNode)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_AdditionalProperties()
	 * @generated
	 */
	JsonNode getAdditionalProperties();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getAdditionalProperties <em>Additional Properties</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Additional Properties</em>' attribute.
	 * @see #getAdditionalProperties()
	 * @generated
	 */
	void setAdditionalProperties(JsonNode value);

	/**
	 * Returns the value of the '<em><b>All Of</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>All Of</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_AllOf()
	 * @generated
	 */
	EList<JSONSchemaProps> getAllOf();

	/**
	 * Returns the value of the '<em><b>Any Of</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any Of</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_AnyOf()
	 * @generated
	 */
	EList<JSONSchemaProps> getAnyOf();

	/**
	 * Returns the value of the '<em><b>Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Default</em>' attribute.
	 * @see #setDefault(JsonNode)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_Default()
	 * @generated
	 */
	JsonNode getDefault();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getDefault <em>Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default</em>' attribute.
	 * @see #getDefault()
	 * @generated
	 */
	void setDefault(JsonNode value);

	/**
	 * Returns the value of the '<em><b>Definitions</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Definitions</em>' map.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_Definitions()
	 * @generated
	 */
	EMap<String, JSONSchemaProps> getDefinitions();

	/**
	 * Returns the value of the '<em><b>Dependencies</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link com.fasterxml.jackson.databind.JsonNode},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dependencies</em>' map.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_Dependencies()
	 * @generated
	 */
	EMap<String, JsonNode> getDependencies();

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_Description()
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Enum</b></em>' attribute list.
	 * The list contents are of type {@link com.fasterxml.jackson.databind.JsonNode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enum</em>' attribute list.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_Enum()
	 * @generated
	 */
	EList<JsonNode> getEnum();

	/**
	 * Returns the value of the '<em><b>Example</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Example</em>' attribute.
	 * @see #setExample(JsonNode)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_Example()
	 * @generated
	 */
	JsonNode getExample();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getExample <em>Example</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Example</em>' attribute.
	 * @see #getExample()
	 * @generated
	 */
	void setExample(JsonNode value);

	/**
	 * Returns the value of the '<em><b>Exclusive Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exclusive Maximum</em>' attribute.
	 * @see #setExclusiveMaximum(Boolean)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_ExclusiveMaximum()
	 * @generated
	 */
	Boolean getExclusiveMaximum();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getExclusiveMaximum <em>Exclusive Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclusive Maximum</em>' attribute.
	 * @see #getExclusiveMaximum()
	 * @generated
	 */
	void setExclusiveMaximum(Boolean value);

	/**
	 * Returns the value of the '<em><b>Exclusive Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exclusive Minimum</em>' attribute.
	 * @see #setExclusiveMinimum(Boolean)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_ExclusiveMinimum()
	 * @generated
	 */
	Boolean getExclusiveMinimum();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getExclusiveMinimum <em>Exclusive Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclusive Minimum</em>' attribute.
	 * @see #getExclusiveMinimum()
	 * @generated
	 */
	void setExclusiveMinimum(Boolean value);

	/**
	 * Returns the value of the '<em><b>External Docs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>External Docs</em>' containment reference.
	 * @see #setExternalDocs(ExternalDocumentation)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_ExternalDocs()
	 * @generated
	 */
	ExternalDocumentation getExternalDocs();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getExternalDocs <em>External Docs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External Docs</em>' containment reference.
	 * @see #getExternalDocs()
	 * @generated
	 */
	void setExternalDocs(ExternalDocumentation value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see #setFormat(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_Format()
	 * @generated
	 */
	String getFormat();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(String value);

	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_Id()
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' attribute.
	 * @see #setItems(JsonNode)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_Items()
	 * @generated
	 */
	JsonNode getItems();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getItems <em>Items</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Items</em>' attribute.
	 * @see #getItems()
	 * @generated
	 */
	void setItems(JsonNode value);

	/**
	 * Returns the value of the '<em><b>Max Items</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Items</em>' attribute.
	 * @see #setMaxItems(Long)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_MaxItems()
	 * @generated
	 */
	Long getMaxItems();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMaxItems <em>Max Items</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Items</em>' attribute.
	 * @see #getMaxItems()
	 * @generated
	 */
	void setMaxItems(Long value);

	/**
	 * Returns the value of the '<em><b>Max Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Length</em>' attribute.
	 * @see #setMaxLength(Long)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_MaxLength()
	 * @generated
	 */
	Long getMaxLength();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMaxLength <em>Max Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Length</em>' attribute.
	 * @see #getMaxLength()
	 * @generated
	 */
	void setMaxLength(Long value);

	/**
	 * Returns the value of the '<em><b>Max Properties</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Properties</em>' attribute.
	 * @see #setMaxProperties(Long)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_MaxProperties()
	 * @generated
	 */
	Long getMaxProperties();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMaxProperties <em>Max Properties</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Properties</em>' attribute.
	 * @see #getMaxProperties()
	 * @generated
	 */
	void setMaxProperties(Long value);

	/**
	 * Returns the value of the '<em><b>Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Maximum</em>' attribute.
	 * @see #setMaximum(Double)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_Maximum()
	 * @generated
	 */
	Double getMaximum();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMaximum <em>Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maximum</em>' attribute.
	 * @see #getMaximum()
	 * @generated
	 */
	void setMaximum(Double value);

	/**
	 * Returns the value of the '<em><b>Min Items</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Items</em>' attribute.
	 * @see #setMinItems(Long)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_MinItems()
	 * @generated
	 */
	Long getMinItems();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMinItems <em>Min Items</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Items</em>' attribute.
	 * @see #getMinItems()
	 * @generated
	 */
	void setMinItems(Long value);

	/**
	 * Returns the value of the '<em><b>Min Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Length</em>' attribute.
	 * @see #setMinLength(Long)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_MinLength()
	 * @generated
	 */
	Long getMinLength();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMinLength <em>Min Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Length</em>' attribute.
	 * @see #getMinLength()
	 * @generated
	 */
	void setMinLength(Long value);

	/**
	 * Returns the value of the '<em><b>Min Properties</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Properties</em>' attribute.
	 * @see #setMinProperties(Long)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_MinProperties()
	 * @generated
	 */
	Long getMinProperties();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMinProperties <em>Min Properties</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Properties</em>' attribute.
	 * @see #getMinProperties()
	 * @generated
	 */
	void setMinProperties(Long value);

	/**
	 * Returns the value of the '<em><b>Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minimum</em>' attribute.
	 * @see #setMinimum(Double)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_Minimum()
	 * @generated
	 */
	Double getMinimum();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMinimum <em>Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum</em>' attribute.
	 * @see #getMinimum()
	 * @generated
	 */
	void setMinimum(Double value);

	/**
	 * Returns the value of the '<em><b>Multiple Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Multiple Of</em>' attribute.
	 * @see #setMultipleOf(Double)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_MultipleOf()
	 * @generated
	 */
	Double getMultipleOf();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getMultipleOf <em>Multiple Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Multiple Of</em>' attribute.
	 * @see #getMultipleOf()
	 * @generated
	 */
	void setMultipleOf(Double value);

	/**
	 * Returns the value of the '<em><b>Not</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Not</em>' containment reference.
	 * @see #setNot(JSONSchemaProps)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_Not()
	 * @generated
	 */
	JSONSchemaProps getNot();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getNot <em>Not</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not</em>' containment reference.
	 * @see #getNot()
	 * @generated
	 */
	void setNot(JSONSchemaProps value);

	/**
	 * Returns the value of the '<em><b>Nullable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nullable</em>' attribute.
	 * @see #setNullable(Boolean)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_Nullable()
	 * @generated
	 */
	Boolean getNullable();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getNullable <em>Nullable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nullable</em>' attribute.
	 * @see #getNullable()
	 * @generated
	 */
	void setNullable(Boolean value);

	/**
	 * Returns the value of the '<em><b>One Of</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>One Of</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_OneOf()
	 * @generated
	 */
	EList<JSONSchemaProps> getOneOf();

	/**
	 * Returns the value of the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pattern</em>' attribute.
	 * @see #setPattern(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_Pattern()
	 * @generated
	 */
	String getPattern();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getPattern <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pattern</em>' attribute.
	 * @see #getPattern()
	 * @generated
	 */
	void setPattern(String value);

	/**
	 * Returns the value of the '<em><b>Pattern Properties</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pattern Properties</em>' map.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_PatternProperties()
	 * @generated
	 */
	EMap<String, JSONSchemaProps> getPatternProperties();

	/**
	 * Returns the value of the '<em><b>Properties</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Properties</em>' map.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_Properties()
	 * @generated
	 */
	EMap<String, JSONSchemaProps> getProperties();

	/**
	 * Returns the value of the '<em><b>Required</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required</em>' attribute list.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_Required()
	 * @generated
	 */
	EList<String> getRequired();

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_Title()
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_Type()
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

	/**
	 * Returns the value of the '<em><b>Unique Items</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unique Items</em>' attribute.
	 * @see #setUniqueItems(Boolean)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_UniqueItems()
	 * @generated
	 */
	Boolean getUniqueItems();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getUniqueItems <em>Unique Items</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unique Items</em>' attribute.
	 * @see #getUniqueItems()
	 * @generated
	 */
	void setUniqueItems(Boolean value);

	/**
	 * Returns the value of the '<em><b>XKubernetes Embedded Resource</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>XKubernetes Embedded Resource</em>' attribute.
	 * @see #setXKubernetesEmbeddedResource(Boolean)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_XKubernetesEmbeddedResource()
	 * @generated
	 */
	Boolean getXKubernetesEmbeddedResource();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getXKubernetesEmbeddedResource <em>XKubernetes Embedded Resource</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>XKubernetes Embedded Resource</em>' attribute.
	 * @see #getXKubernetesEmbeddedResource()
	 * @generated
	 */
	void setXKubernetesEmbeddedResource(Boolean value);

	/**
	 * Returns the value of the '<em><b>XKubernetes Int Or String</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>XKubernetes Int Or String</em>' attribute.
	 * @see #setXKubernetesIntOrString(Boolean)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_XKubernetesIntOrString()
	 * @generated
	 */
	Boolean getXKubernetesIntOrString();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getXKubernetesIntOrString <em>XKubernetes Int Or String</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>XKubernetes Int Or String</em>' attribute.
	 * @see #getXKubernetesIntOrString()
	 * @generated
	 */
	void setXKubernetesIntOrString(Boolean value);

	/**
	 * Returns the value of the '<em><b>XKubernetes List Map Keys</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>XKubernetes List Map Keys</em>' attribute list.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_XKubernetesListMapKeys()
	 * @generated
	 */
	EList<String> getXKubernetesListMapKeys();

	/**
	 * Returns the value of the '<em><b>XKubernetes List Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>XKubernetes List Type</em>' attribute.
	 * @see #setXKubernetesListType(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_XKubernetesListType()
	 * @generated
	 */
	String getXKubernetesListType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getXKubernetesListType <em>XKubernetes List Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>XKubernetes List Type</em>' attribute.
	 * @see #getXKubernetesListType()
	 * @generated
	 */
	void setXKubernetesListType(String value);

	/**
	 * Returns the value of the '<em><b>XKubernetes Map Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>XKubernetes Map Type</em>' attribute.
	 * @see #setXKubernetesMapType(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_XKubernetesMapType()
	 * @generated
	 */
	String getXKubernetesMapType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getXKubernetesMapType <em>XKubernetes Map Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>XKubernetes Map Type</em>' attribute.
	 * @see #getXKubernetesMapType()
	 * @generated
	 */
	void setXKubernetesMapType(String value);

	/**
	 * Returns the value of the '<em><b>XKubernetes Preserve Unknown Fields</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>XKubernetes Preserve Unknown Fields</em>' attribute.
	 * @see #setXKubernetesPreserveUnknownFields(Boolean)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_XKubernetesPreserveUnknownFields()
	 * @generated
	 */
	Boolean getXKubernetesPreserveUnknownFields();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps#getXKubernetesPreserveUnknownFields <em>XKubernetes Preserve Unknown Fields</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>XKubernetes Preserve Unknown Fields</em>' attribute.
	 * @see #getXKubernetesPreserveUnknownFields()
	 * @generated
	 */
	void setXKubernetesPreserveUnknownFields(Boolean value);

	/**
	 * Returns the value of the '<em><b>XKubernetes Validations</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.apiextensions.v1.ValidationRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>XKubernetes Validations</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getJSONSchemaProps_XKubernetesValidations()
	 * @generated
	 */
	EList<ValidationRule> getXKubernetesValidations();

} // JSONSchemaProps
