/**
 */
package io.pilothouse.model.k8s.apiextensions.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Custom Resource Definition Names</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames#getCategories <em>Categories</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames#getListKind <em>List Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames#getPlural <em>Plural</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames#getShortNames <em>Short Names</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames#getSingular <em>Singular</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceDefinitionNames()
 * @generated
 */
public interface CustomResourceDefinitionNames extends EObject {
	/**
	 * Returns the value of the '<em><b>Categories</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Categories</em>' attribute list.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceDefinitionNames_Categories()
	 * @generated
	 */
	EList<String> getCategories();

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceDefinitionNames_Kind()
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>List Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>List Kind</em>' attribute.
	 * @see #setListKind(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceDefinitionNames_ListKind()
	 * @generated
	 */
	String getListKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames#getListKind <em>List Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>List Kind</em>' attribute.
	 * @see #getListKind()
	 * @generated
	 */
	void setListKind(String value);

	/**
	 * Returns the value of the '<em><b>Plural</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plural</em>' attribute.
	 * @see #setPlural(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceDefinitionNames_Plural()
	 * @generated
	 */
	String getPlural();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames#getPlural <em>Plural</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plural</em>' attribute.
	 * @see #getPlural()
	 * @generated
	 */
	void setPlural(String value);

	/**
	 * Returns the value of the '<em><b>Short Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Short Names</em>' attribute list.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceDefinitionNames_ShortNames()
	 * @generated
	 */
	EList<String> getShortNames();

	/**
	 * Returns the value of the '<em><b>Singular</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Singular</em>' attribute.
	 * @see #setSingular(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceDefinitionNames_Singular()
	 * @generated
	 */
	String getSingular();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames#getSingular <em>Singular</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Singular</em>' attribute.
	 * @see #getSingular()
	 * @generated
	 */
	void setSingular(String value);

} // CustomResourceDefinitionNames
