/**
 */
package io.pilothouse.model.k8s.authorization.v1;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Self Subject Access Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReview#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReview#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReview#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReview#getSpec <em>Spec</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReview#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getSelfSubjectAccessReview()
 * @generated
 */
public interface SelfSubjectAccessReview extends EObject {
	/**
	 * Returns the value of the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Api Version</em>' attribute.
	 * @see #setApiVersion(String)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getSelfSubjectAccessReview_ApiVersion()
	 * @generated
	 */
	String getApiVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReview#getApiVersion <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Api Version</em>' attribute.
	 * @see #getApiVersion()
	 * @generated
	 */
	void setApiVersion(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getSelfSubjectAccessReview_Kind()
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReview#getKind <em>Kind</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getSelfSubjectAccessReview_Metadata()
	 * @generated
	 */
	ObjectMeta getMetadata();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReview#getMetadata <em>Metadata</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metadata</em>' containment reference.
	 * @see #getMetadata()
	 * @generated
	 */
	void setMetadata(ObjectMeta value);

	/**
	 * Returns the value of the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Spec</em>' containment reference.
	 * @see #setSpec(SelfSubjectAccessReviewSpec)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getSelfSubjectAccessReview_Spec()
	 * @generated
	 */
	SelfSubjectAccessReviewSpec getSpec();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReview#getSpec <em>Spec</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spec</em>' containment reference.
	 * @see #getSpec()
	 * @generated
	 */
	void setSpec(SelfSubjectAccessReviewSpec value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' containment reference.
	 * @see #setStatus(SubjectAccessReviewStatus)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getSelfSubjectAccessReview_Status()
	 * @generated
	 */
	SubjectAccessReviewStatus getStatus();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReview#getStatus <em>Status</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' containment reference.
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(SubjectAccessReviewStatus value);

} // SelfSubjectAccessReview
