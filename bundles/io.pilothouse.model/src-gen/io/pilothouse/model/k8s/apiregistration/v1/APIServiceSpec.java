/**
 */
package io.pilothouse.model.k8s.apiregistration.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>API Service Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getCaBundle <em>Ca Bundle</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getGroup <em>Group</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getGroupPriorityMinimum <em>Group Priority Minimum</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getInsecureSkipTLSVerify <em>Insecure Skip TLS Verify</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getService <em>Service</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getVersion <em>Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getVersionPriority <em>Version Priority</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apiregistration.v1.ApiregistrationV1Package#getAPIServiceSpec()
 * @generated
 */
public interface APIServiceSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Ca Bundle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ca Bundle</em>' attribute.
	 * @see #setCaBundle(String)
	 * @see io.pilothouse.model.k8s.apiregistration.v1.ApiregistrationV1Package#getAPIServiceSpec_CaBundle()
	 * @generated
	 */
	String getCaBundle();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getCaBundle <em>Ca Bundle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ca Bundle</em>' attribute.
	 * @see #getCaBundle()
	 * @generated
	 */
	void setCaBundle(String value);

	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #setGroup(String)
	 * @see io.pilothouse.model.k8s.apiregistration.v1.ApiregistrationV1Package#getAPIServiceSpec_Group()
	 * @generated
	 */
	String getGroup();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(String value);

	/**
	 * Returns the value of the '<em><b>Group Priority Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group Priority Minimum</em>' attribute.
	 * @see #setGroupPriorityMinimum(Integer)
	 * @see io.pilothouse.model.k8s.apiregistration.v1.ApiregistrationV1Package#getAPIServiceSpec_GroupPriorityMinimum()
	 * @generated
	 */
	Integer getGroupPriorityMinimum();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getGroupPriorityMinimum <em>Group Priority Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group Priority Minimum</em>' attribute.
	 * @see #getGroupPriorityMinimum()
	 * @generated
	 */
	void setGroupPriorityMinimum(Integer value);

	/**
	 * Returns the value of the '<em><b>Insecure Skip TLS Verify</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Insecure Skip TLS Verify</em>' attribute.
	 * @see #setInsecureSkipTLSVerify(Boolean)
	 * @see io.pilothouse.model.k8s.apiregistration.v1.ApiregistrationV1Package#getAPIServiceSpec_InsecureSkipTLSVerify()
	 * @generated
	 */
	Boolean getInsecureSkipTLSVerify();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getInsecureSkipTLSVerify <em>Insecure Skip TLS Verify</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Insecure Skip TLS Verify</em>' attribute.
	 * @see #getInsecureSkipTLSVerify()
	 * @generated
	 */
	void setInsecureSkipTLSVerify(Boolean value);

	/**
	 * Returns the value of the '<em><b>Service</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service</em>' containment reference.
	 * @see #setService(ServiceReference)
	 * @see io.pilothouse.model.k8s.apiregistration.v1.ApiregistrationV1Package#getAPIServiceSpec_Service()
	 * @generated
	 */
	ServiceReference getService();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getService <em>Service</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service</em>' containment reference.
	 * @see #getService()
	 * @generated
	 */
	void setService(ServiceReference value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see io.pilothouse.model.k8s.apiregistration.v1.ApiregistrationV1Package#getAPIServiceSpec_Version()
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Version Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version Priority</em>' attribute.
	 * @see #setVersionPriority(Integer)
	 * @see io.pilothouse.model.k8s.apiregistration.v1.ApiregistrationV1Package#getAPIServiceSpec_VersionPriority()
	 * @generated
	 */
	Integer getVersionPriority();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getVersionPriority <em>Version Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version Priority</em>' attribute.
	 * @see #getVersionPriority()
	 * @generated
	 */
	void setVersionPriority(Integer value);

} // APIServiceSpec
