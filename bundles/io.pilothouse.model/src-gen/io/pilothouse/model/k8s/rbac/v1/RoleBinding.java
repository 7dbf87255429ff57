/**
 */
package io.pilothouse.model.k8s.rbac.v1;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Role Binding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.rbac.v1.RoleBinding#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.rbac.v1.RoleBinding#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.rbac.v1.RoleBinding#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.rbac.v1.RoleBinding#getRoleRef <em>Role Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.rbac.v1.RoleBinding#getSubjects <em>Subjects</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.rbac.v1.RbacV1Package#getRoleBinding()
 * @generated
 */
public interface RoleBinding extends EObject {
	/**
	 * Returns the value of the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Api Version</em>' attribute.
	 * @see #setApiVersion(String)
	 * @see io.pilothouse.model.k8s.rbac.v1.RbacV1Package#getRoleBinding_ApiVersion()
	 * @generated
	 */
	String getApiVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.rbac.v1.RoleBinding#getApiVersion <em>Api Version</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.rbac.v1.RbacV1Package#getRoleBinding_Kind()
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.rbac.v1.RoleBinding#getKind <em>Kind</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.rbac.v1.RbacV1Package#getRoleBinding_Metadata()
	 * @generated
	 */
	ObjectMeta getMetadata();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.rbac.v1.RoleBinding#getMetadata <em>Metadata</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metadata</em>' containment reference.
	 * @see #getMetadata()
	 * @generated
	 */
	void setMetadata(ObjectMeta value);

	/**
	 * Returns the value of the '<em><b>Role Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role Ref</em>' containment reference.
	 * @see #setRoleRef(RoleRef)
	 * @see io.pilothouse.model.k8s.rbac.v1.RbacV1Package#getRoleBinding_RoleRef()
	 * @generated
	 */
	RoleRef getRoleRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.rbac.v1.RoleBinding#getRoleRef <em>Role Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role Ref</em>' containment reference.
	 * @see #getRoleRef()
	 * @generated
	 */
	void setRoleRef(RoleRef value);

	/**
	 * Returns the value of the '<em><b>Subjects</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.rbac.v1.Subject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subjects</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.rbac.v1.RbacV1Package#getRoleBinding_Subjects()
	 * @generated
	 */
	EList<Subject> getSubjects();

} // RoleBinding
