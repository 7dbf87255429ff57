/**
 */
package io.pilothouse.model.k8s.apiextensions.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Webhook Client Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.WebhookClientConfig#getCaBundle <em>Ca Bundle</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.WebhookClientConfig#getService <em>Service</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.WebhookClientConfig#getUrl <em>Url</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getWebhookClientConfig()
 * @generated
 */
public interface WebhookClientConfig extends EObject {
	/**
	 * Returns the value of the '<em><b>Ca Bundle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ca Bundle</em>' attribute.
	 * @see #setCaBundle(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getWebhookClientConfig_CaBundle()
	 * @generated
	 */
	String getCaBundle();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.WebhookClientConfig#getCaBundle <em>Ca Bundle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ca Bundle</em>' attribute.
	 * @see #getCaBundle()
	 * @generated
	 */
	void setCaBundle(String value);

	/**
	 * Returns the value of the '<em><b>Service</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service</em>' containment reference.
	 * @see #setService(ServiceReference)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getWebhookClientConfig_Service()
	 * @generated
	 */
	ServiceReference getService();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.WebhookClientConfig#getService <em>Service</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service</em>' containment reference.
	 * @see #getService()
	 * @generated
	 */
	void setService(ServiceReference value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getWebhookClientConfig_Url()
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.WebhookClientConfig#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

} // WebhookClientConfig
