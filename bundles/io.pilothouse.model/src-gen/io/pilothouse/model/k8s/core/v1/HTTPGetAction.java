/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.types.IntOrString;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>HTTP Get Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.HTTPGetAction#getHost <em>Host</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.HTTPGetAction#getHttpHeaders <em>Http Headers</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.HTTPGetAction#getPath <em>Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.HTTPGetAction#getPort <em>Port</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.HTTPGetAction#getScheme <em>Scheme</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getHTTPGetAction()
 * @generated
 */
public interface HTTPGetAction extends EObject {
	/**
	 * Returns the value of the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' attribute.
	 * @see #setHost(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getHTTPGetAction_Host()
	 * @generated
	 */
	String getHost();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.HTTPGetAction#getHost <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' attribute.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(String value);

	/**
	 * Returns the value of the '<em><b>Http Headers</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.HTTPHeader}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Http Headers</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getHTTPGetAction_HttpHeaders()
	 * @generated
	 */
	EList<HTTPHeader> getHttpHeaders();

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getHTTPGetAction_Path()
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.HTTPGetAction#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(IntOrString)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getHTTPGetAction_Port()
	 * @generated
	 */
	IntOrString getPort();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.HTTPGetAction#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(IntOrString value);

	/**
	 * Returns the value of the '<em><b>Scheme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scheme</em>' attribute.
	 * @see #setScheme(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getHTTPGetAction_Scheme()
	 * @generated
	 */
	String getScheme();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.HTTPGetAction#getScheme <em>Scheme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheme</em>' attribute.
	 * @see #getScheme()
	 * @generated
	 */
	void setScheme(String value);

} // HTTPGetAction
