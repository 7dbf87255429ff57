/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Account</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceAccount#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceAccount#getAutomountServiceAccountToken <em>Automount Service Account Token</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceAccount#getImagePullSecrets <em>Image Pull Secrets</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceAccount#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceAccount#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceAccount#getSecrets <em>Secrets</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceAccount()
 * @generated
 */
public interface ServiceAccount extends EObject {
	/**
	 * Returns the value of the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Api Version</em>' attribute.
	 * @see #setApiVersion(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceAccount_ApiVersion()
	 * @generated
	 */
	String getApiVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ServiceAccount#getApiVersion <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Api Version</em>' attribute.
	 * @see #getApiVersion()
	 * @generated
	 */
	void setApiVersion(String value);

	/**
	 * Returns the value of the '<em><b>Automount Service Account Token</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Automount Service Account Token</em>' attribute.
	 * @see #setAutomountServiceAccountToken(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceAccount_AutomountServiceAccountToken()
	 * @generated
	 */
	Boolean getAutomountServiceAccountToken();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ServiceAccount#getAutomountServiceAccountToken <em>Automount Service Account Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Automount Service Account Token</em>' attribute.
	 * @see #getAutomountServiceAccountToken()
	 * @generated
	 */
	void setAutomountServiceAccountToken(Boolean value);

	/**
	 * Returns the value of the '<em><b>Image Pull Secrets</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.LocalObjectReference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image Pull Secrets</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceAccount_ImagePullSecrets()
	 * @generated
	 */
	EList<LocalObjectReference> getImagePullSecrets();

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceAccount_Kind()
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ServiceAccount#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metadata</em>' containment reference.
	 * @see #setMetadata(ObjectMeta)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceAccount_Metadata()
	 * @generated
	 */
	ObjectMeta getMetadata();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ServiceAccount#getMetadata <em>Metadata</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metadata</em>' containment reference.
	 * @see #getMetadata()
	 * @generated
	 */
	void setMetadata(ObjectMeta value);

	/**
	 * Returns the value of the '<em><b>Secrets</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.ObjectReference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Secrets</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceAccount_Secrets()
	 * @generated
	 */
	EList<ObjectReference> getSecrets();

} // ServiceAccount
