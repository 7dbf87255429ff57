/**
 */
package io.pilothouse.model.k8s.meta.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Status Details</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.StatusDetails#getCauses <em>Causes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.StatusDetails#getGroup <em>Group</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.StatusDetails#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.StatusDetails#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.StatusDetails#getRetryAfterSeconds <em>Retry After Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.StatusDetails#getUid <em>Uid</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getStatusDetails()
 * @generated
 */
public interface StatusDetails extends EObject {
	/**
	 * Returns the value of the '<em><b>Causes</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.meta.v1.StatusCause}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Causes</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getStatusDetails_Causes()
	 * @generated
	 */
	EList<StatusCause> getCauses();

	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #setGroup(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getStatusDetails_Group()
	 * @generated
	 */
	String getGroup();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.StatusDetails#getGroup <em>Group</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getStatusDetails_Kind()
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.StatusDetails#getKind <em>Kind</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getStatusDetails_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.StatusDetails#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Retry After Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retry After Seconds</em>' attribute.
	 * @see #setRetryAfterSeconds(Integer)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getStatusDetails_RetryAfterSeconds()
	 * @generated
	 */
	Integer getRetryAfterSeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.StatusDetails#getRetryAfterSeconds <em>Retry After Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retry After Seconds</em>' attribute.
	 * @see #getRetryAfterSeconds()
	 * @generated
	 */
	void setRetryAfterSeconds(Integer value);

	/**
	 * Returns the value of the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uid</em>' attribute.
	 * @see #setUid(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getStatusDetails_Uid()
	 * @generated
	 */
	String getUid();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.StatusDetails#getUid <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uid</em>' attribute.
	 * @see #getUid()
	 * @generated
	 */
	void setUid(String value);

} // StatusDetails
