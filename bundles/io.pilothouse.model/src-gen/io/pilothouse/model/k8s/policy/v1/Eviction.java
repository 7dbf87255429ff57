/**
 */
package io.pilothouse.model.k8s.policy.v1;

import io.pilothouse.model.k8s.meta.v1.DeleteOptions;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Eviction</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.policy.v1.Eviction#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.policy.v1.Eviction#getDeleteOptions <em>Delete Options</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.policy.v1.Eviction#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.policy.v1.Eviction#getMetadata <em>Metadata</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.policy.v1.PolicyV1Package#getEviction()
 * @generated
 */
public interface Eviction extends EObject {
	/**
	 * Returns the value of the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Api Version</em>' attribute.
	 * @see #setApiVersion(String)
	 * @see io.pilothouse.model.k8s.policy.v1.PolicyV1Package#getEviction_ApiVersion()
	 * @generated
	 */
	String getApiVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.policy.v1.Eviction#getApiVersion <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Api Version</em>' attribute.
	 * @see #getApiVersion()
	 * @generated
	 */
	void setApiVersion(String value);

	/**
	 * Returns the value of the '<em><b>Delete Options</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delete Options</em>' containment reference.
	 * @see #setDeleteOptions(DeleteOptions)
	 * @see io.pilothouse.model.k8s.policy.v1.PolicyV1Package#getEviction_DeleteOptions()
	 * @generated
	 */
	DeleteOptions getDeleteOptions();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.policy.v1.Eviction#getDeleteOptions <em>Delete Options</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delete Options</em>' containment reference.
	 * @see #getDeleteOptions()
	 * @generated
	 */
	void setDeleteOptions(DeleteOptions value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.pilothouse.model.k8s.policy.v1.PolicyV1Package#getEviction_Kind()
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.policy.v1.Eviction#getKind <em>Kind</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.policy.v1.PolicyV1Package#getEviction_Metadata()
	 * @generated
	 */
	ObjectMeta getMetadata();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.policy.v1.Eviction#getMetadata <em>Metadata</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metadata</em>' containment reference.
	 * @see #getMetadata()
	 * @generated
	 */
	void setMetadata(ObjectMeta value);

} // Eviction
