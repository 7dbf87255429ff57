/**
 */
package io.pilothouse.model.k8s.flowcontrol.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Subject</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.Subject#getGroup <em>Group</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.Subject#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.Subject#getServiceAccount <em>Service Account</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.Subject#getUser <em>User</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getSubject()
 * @generated
 */
public interface Subject extends EObject {
	/**
	 * Returns the value of the '<em><b>Group</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' containment reference.
	 * @see #setGroup(GroupSubject)
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getSubject_Group()
	 * @generated
	 */
	GroupSubject getGroup();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.flowcontrol.v1.Subject#getGroup <em>Group</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' containment reference.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(GroupSubject value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getSubject_Kind()
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.flowcontrol.v1.Subject#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Service Account</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service Account</em>' containment reference.
	 * @see #setServiceAccount(ServiceAccountSubject)
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getSubject_ServiceAccount()
	 * @generated
	 */
	ServiceAccountSubject getServiceAccount();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.flowcontrol.v1.Subject#getServiceAccount <em>Service Account</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Account</em>' containment reference.
	 * @see #getServiceAccount()
	 * @generated
	 */
	void setServiceAccount(ServiceAccountSubject value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User</em>' containment reference.
	 * @see #setUser(UserSubject)
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getSubject_User()
	 * @generated
	 */
	UserSubject getUser();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.flowcontrol.v1.Subject#getUser <em>User</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' containment reference.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(UserSubject value);

} // Subject
