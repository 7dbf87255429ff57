/**
 */
package io.pilothouse.model.k8s.apiextensions.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Webhook Conversion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.WebhookConversion#getClientConfig <em>Client Config</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.WebhookConversion#getConversionReviewVersions <em>Conversion Review Versions</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getWebhookConversion()
 * @generated
 */
public interface WebhookConversion extends EObject {
	/**
	 * Returns the value of the '<em><b>Client Config</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Client Config</em>' containment reference.
	 * @see #setClientConfig(WebhookClientConfig)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getWebhookConversion_ClientConfig()
	 * @generated
	 */
	WebhookClientConfig getClientConfig();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.WebhookConversion#getClientConfig <em>Client Config</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client Config</em>' containment reference.
	 * @see #getClientConfig()
	 * @generated
	 */
	void setClientConfig(WebhookClientConfig value);

	/**
	 * Returns the value of the '<em><b>Conversion Review Versions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conversion Review Versions</em>' attribute list.
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getWebhookConversion_ConversionReviewVersions()
	 * @generated
	 */
	EList<String> getConversionReviewVersions();

} // WebhookConversion
