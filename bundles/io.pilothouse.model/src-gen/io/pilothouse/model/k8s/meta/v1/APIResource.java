/**
 */
package io.pilothouse.model.k8s.meta.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>API Resource</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.APIResource#getCategories <em>Categories</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.APIResource#getGroup <em>Group</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.APIResource#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.APIResource#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.APIResource#getNamespaced <em>Namespaced</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.APIResource#getShortNames <em>Short Names</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.APIResource#getSingularName <em>Singular Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.APIResource#getStorageVersionHash <em>Storage Version Hash</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.APIResource#getVerbs <em>Verbs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.APIResource#getVersion <em>Version</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getAPIResource()
 * @generated
 */
public interface APIResource extends EObject {
	/**
	 * Returns the value of the '<em><b>Categories</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Categories</em>' attribute list.
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getAPIResource_Categories()
	 * @generated
	 */
	EList<String> getCategories();

	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #setGroup(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getAPIResource_Group()
	 * @generated
	 */
	String getGroup();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.APIResource#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getAPIResource_Kind()
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.APIResource#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getAPIResource_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.APIResource#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Namespaced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Namespaced</em>' attribute.
	 * @see #setNamespaced(Boolean)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getAPIResource_Namespaced()
	 * @generated
	 */
	Boolean getNamespaced();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.APIResource#getNamespaced <em>Namespaced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Namespaced</em>' attribute.
	 * @see #getNamespaced()
	 * @generated
	 */
	void setNamespaced(Boolean value);

	/**
	 * Returns the value of the '<em><b>Short Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Short Names</em>' attribute list.
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getAPIResource_ShortNames()
	 * @generated
	 */
	EList<String> getShortNames();

	/**
	 * Returns the value of the '<em><b>Singular Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Singular Name</em>' attribute.
	 * @see #setSingularName(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getAPIResource_SingularName()
	 * @generated
	 */
	String getSingularName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.APIResource#getSingularName <em>Singular Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Singular Name</em>' attribute.
	 * @see #getSingularName()
	 * @generated
	 */
	void setSingularName(String value);

	/**
	 * Returns the value of the '<em><b>Storage Version Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Storage Version Hash</em>' attribute.
	 * @see #setStorageVersionHash(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getAPIResource_StorageVersionHash()
	 * @generated
	 */
	String getStorageVersionHash();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.APIResource#getStorageVersionHash <em>Storage Version Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Storage Version Hash</em>' attribute.
	 * @see #getStorageVersionHash()
	 * @generated
	 */
	void setStorageVersionHash(String value);

	/**
	 * Returns the value of the '<em><b>Verbs</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verbs</em>' attribute list.
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getAPIResource_Verbs()
	 * @generated
	 */
	EList<String> getVerbs();

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getAPIResource_Version()
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.APIResource#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

} // APIResource
