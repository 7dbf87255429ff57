/**
 */
package io.pilothouse.model.k8s.apiextensions.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Custom Resource Conversion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceConversion#getStrategy <em>Strategy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceConversion#getWebhook <em>Webhook</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceConversion()
 * @generated
 */
public interface CustomResourceConversion extends EObject {
	/**
	 * Returns the value of the '<em><b>Strategy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strategy</em>' attribute.
	 * @see #setStrategy(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceConversion_Strategy()
	 * @generated
	 */
	String getStrategy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceConversion#getStrategy <em>Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strategy</em>' attribute.
	 * @see #getStrategy()
	 * @generated
	 */
	void setStrategy(String value);

	/**
	 * Returns the value of the '<em><b>Webhook</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Webhook</em>' containment reference.
	 * @see #setWebhook(WebhookConversion)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceConversion_Webhook()
	 * @generated
	 */
	WebhookConversion getWebhook();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceConversion#getWebhook <em>Webhook</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Webhook</em>' containment reference.
	 * @see #getWebhook()
	 * @generated
	 */
	void setWebhook(WebhookConversion value);

} // CustomResourceConversion
