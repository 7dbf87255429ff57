/**
 */
package io.pilothouse.model.k8s.apiextensions.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Custom Resource Definition Version</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getAdditionalPrinterColumns <em>Additional Printer Columns</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getDeprecated <em>Deprecated</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getDeprecationWarning <em>Deprecation Warning</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getSchema <em>Schema</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getSelectableFields <em>Selectable Fields</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getServed <em>Served</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getStorage <em>Storage</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getSubresources <em>Subresources</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceDefinitionVersion()
 * @generated
 */
public interface CustomResourceDefinitionVersion extends EObject {
	/**
	 * Returns the value of the '<em><b>Additional Printer Columns</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceColumnDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Additional Printer Columns</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceDefinitionVersion_AdditionalPrinterColumns()
	 * @generated
	 */
	EList<CustomResourceColumnDefinition> getAdditionalPrinterColumns();

	/**
	 * Returns the value of the '<em><b>Deprecated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deprecated</em>' attribute.
	 * @see #setDeprecated(Boolean)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceDefinitionVersion_Deprecated()
	 * @generated
	 */
	Boolean getDeprecated();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getDeprecated <em>Deprecated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deprecated</em>' attribute.
	 * @see #getDeprecated()
	 * @generated
	 */
	void setDeprecated(Boolean value);

	/**
	 * Returns the value of the '<em><b>Deprecation Warning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deprecation Warning</em>' attribute.
	 * @see #setDeprecationWarning(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceDefinitionVersion_DeprecationWarning()
	 * @generated
	 */
	String getDeprecationWarning();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getDeprecationWarning <em>Deprecation Warning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deprecation Warning</em>' attribute.
	 * @see #getDeprecationWarning()
	 * @generated
	 */
	void setDeprecationWarning(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceDefinitionVersion_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Schema</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Schema</em>' containment reference.
	 * @see #setSchema(CustomResourceValidation)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceDefinitionVersion_Schema()
	 * @generated
	 */
	CustomResourceValidation getSchema();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getSchema <em>Schema</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schema</em>' containment reference.
	 * @see #getSchema()
	 * @generated
	 */
	void setSchema(CustomResourceValidation value);

	/**
	 * Returns the value of the '<em><b>Selectable Fields</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.apiextensions.v1.SelectableField}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Selectable Fields</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceDefinitionVersion_SelectableFields()
	 * @generated
	 */
	EList<SelectableField> getSelectableFields();

	/**
	 * Returns the value of the '<em><b>Served</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Served</em>' attribute.
	 * @see #setServed(Boolean)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceDefinitionVersion_Served()
	 * @generated
	 */
	Boolean getServed();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getServed <em>Served</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Served</em>' attribute.
	 * @see #getServed()
	 * @generated
	 */
	void setServed(Boolean value);

	/**
	 * Returns the value of the '<em><b>Storage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Storage</em>' attribute.
	 * @see #setStorage(Boolean)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceDefinitionVersion_Storage()
	 * @generated
	 */
	Boolean getStorage();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getStorage <em>Storage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Storage</em>' attribute.
	 * @see #getStorage()
	 * @generated
	 */
	void setStorage(Boolean value);

	/**
	 * Returns the value of the '<em><b>Subresources</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subresources</em>' containment reference.
	 * @see #setSubresources(CustomResourceSubresources)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceDefinitionVersion_Subresources()
	 * @generated
	 */
	CustomResourceSubresources getSubresources();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion#getSubresources <em>Subresources</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subresources</em>' containment reference.
	 * @see #getSubresources()
	 * @generated
	 */
	void setSubresources(CustomResourceSubresources value);

} // CustomResourceDefinitionVersion
