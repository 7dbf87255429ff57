/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Endpoint Address</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.EndpointAddress#getHostname <em>Hostname</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.EndpointAddress#getIp <em>Ip</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.EndpointAddress#getNodeName <em>Node Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.EndpointAddress#getTargetRef <em>Target Ref</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEndpointAddress()
 * @generated
 */
public interface EndpointAddress extends EObject {
	/**
	 * Returns the value of the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hostname</em>' attribute.
	 * @see #setHostname(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEndpointAddress_Hostname()
	 * @generated
	 */
	String getHostname();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.EndpointAddress#getHostname <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hostname</em>' attribute.
	 * @see #getHostname()
	 * @generated
	 */
	void setHostname(String value);

	/**
	 * Returns the value of the '<em><b>Ip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ip</em>' attribute.
	 * @see #setIp(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEndpointAddress_Ip()
	 * @generated
	 */
	String getIp();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.EndpointAddress#getIp <em>Ip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ip</em>' attribute.
	 * @see #getIp()
	 * @generated
	 */
	void setIp(String value);

	/**
	 * Returns the value of the '<em><b>Node Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Name</em>' attribute.
	 * @see #setNodeName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEndpointAddress_NodeName()
	 * @generated
	 */
	String getNodeName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.EndpointAddress#getNodeName <em>Node Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Name</em>' attribute.
	 * @see #getNodeName()
	 * @generated
	 */
	void setNodeName(String value);

	/**
	 * Returns the value of the '<em><b>Target Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Ref</em>' containment reference.
	 * @see #setTargetRef(ObjectReference)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEndpointAddress_TargetRef()
	 * @generated
	 */
	ObjectReference getTargetRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.EndpointAddress#getTargetRef <em>Target Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Ref</em>' containment reference.
	 * @see #getTargetRef()
	 * @generated
	 */
	void setTargetRef(ObjectReference value);

} // EndpointAddress
