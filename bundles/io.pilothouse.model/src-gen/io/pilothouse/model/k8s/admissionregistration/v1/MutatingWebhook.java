/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mutating Webhook</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getAdmissionReviewVersions <em>Admission Review Versions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getClientConfig <em>Client Config</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getFailurePolicy <em>Failure Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getMatchConditions <em>Match Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getMatchPolicy <em>Match Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getNamespaceSelector <em>Namespace Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getObjectSelector <em>Object Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getReinvocationPolicy <em>Reinvocation Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getRules <em>Rules</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getSideEffects <em>Side Effects</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getTimeoutSeconds <em>Timeout Seconds</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getMutatingWebhook()
 * @generated
 */
public interface MutatingWebhook extends EObject {
	/**
	 * Returns the value of the '<em><b>Admission Review Versions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Admission Review Versions</em>' attribute list.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getMutatingWebhook_AdmissionReviewVersions()
	 * @generated
	 */
	EList<String> getAdmissionReviewVersions();

	/**
	 * Returns the value of the '<em><b>Client Config</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Client Config</em>' containment reference.
	 * @see #setClientConfig(WebhookClientConfig)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getMutatingWebhook_ClientConfig()
	 * @generated
	 */
	WebhookClientConfig getClientConfig();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getClientConfig <em>Client Config</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client Config</em>' containment reference.
	 * @see #getClientConfig()
	 * @generated
	 */
	void setClientConfig(WebhookClientConfig value);

	/**
	 * Returns the value of the '<em><b>Failure Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Failure Policy</em>' attribute.
	 * @see #setFailurePolicy(String)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getMutatingWebhook_FailurePolicy()
	 * @generated
	 */
	String getFailurePolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getFailurePolicy <em>Failure Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failure Policy</em>' attribute.
	 * @see #getFailurePolicy()
	 * @generated
	 */
	void setFailurePolicy(String value);

	/**
	 * Returns the value of the '<em><b>Match Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.admissionregistration.v1.MatchCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Match Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getMutatingWebhook_MatchConditions()
	 * @generated
	 */
	EList<MatchCondition> getMatchConditions();

	/**
	 * Returns the value of the '<em><b>Match Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Match Policy</em>' attribute.
	 * @see #setMatchPolicy(String)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getMutatingWebhook_MatchPolicy()
	 * @generated
	 */
	String getMatchPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getMatchPolicy <em>Match Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Match Policy</em>' attribute.
	 * @see #getMatchPolicy()
	 * @generated
	 */
	void setMatchPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getMutatingWebhook_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Namespace Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Namespace Selector</em>' containment reference.
	 * @see #setNamespaceSelector(LabelSelector)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getMutatingWebhook_NamespaceSelector()
	 * @generated
	 */
	LabelSelector getNamespaceSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getNamespaceSelector <em>Namespace Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Namespace Selector</em>' containment reference.
	 * @see #getNamespaceSelector()
	 * @generated
	 */
	void setNamespaceSelector(LabelSelector value);

	/**
	 * Returns the value of the '<em><b>Object Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Object Selector</em>' containment reference.
	 * @see #setObjectSelector(LabelSelector)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getMutatingWebhook_ObjectSelector()
	 * @generated
	 */
	LabelSelector getObjectSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getObjectSelector <em>Object Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Object Selector</em>' containment reference.
	 * @see #getObjectSelector()
	 * @generated
	 */
	void setObjectSelector(LabelSelector value);

	/**
	 * Returns the value of the '<em><b>Reinvocation Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reinvocation Policy</em>' attribute.
	 * @see #setReinvocationPolicy(String)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getMutatingWebhook_ReinvocationPolicy()
	 * @generated
	 */
	String getReinvocationPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getReinvocationPolicy <em>Reinvocation Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reinvocation Policy</em>' attribute.
	 * @see #getReinvocationPolicy()
	 * @generated
	 */
	void setReinvocationPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.admissionregistration.v1.RuleWithOperations}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getMutatingWebhook_Rules()
	 * @generated
	 */
	EList<RuleWithOperations> getRules();

	/**
	 * Returns the value of the '<em><b>Side Effects</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Side Effects</em>' attribute.
	 * @see #setSideEffects(String)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getMutatingWebhook_SideEffects()
	 * @generated
	 */
	String getSideEffects();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getSideEffects <em>Side Effects</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Side Effects</em>' attribute.
	 * @see #getSideEffects()
	 * @generated
	 */
	void setSideEffects(String value);

	/**
	 * Returns the value of the '<em><b>Timeout Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timeout Seconds</em>' attribute.
	 * @see #setTimeoutSeconds(Integer)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package#getMutatingWebhook_TimeoutSeconds()
	 * @generated
	 */
	Integer getTimeoutSeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook#getTimeoutSeconds <em>Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timeout Seconds</em>' attribute.
	 * @see #getTimeoutSeconds()
	 * @generated
	 */
	void setTimeoutSeconds(Integer value);

} // MutatingWebhook
