/**
 */
package io.pilothouse.model.k8s.apiextensions.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>External Documentation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.ExternalDocumentation#getDescription <em>Description</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.ExternalDocumentation#getUrl <em>Url</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getExternalDocumentation()
 * @generated
 */
public interface ExternalDocumentation extends EObject {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getExternalDocumentation_Description()
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.ExternalDocumentation#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getExternalDocumentation_Url()
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.ExternalDocumentation#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

} // ExternalDocumentation
