/**
 */
package io.pilothouse.model.k8s.networking.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ingress Service Backend</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.IngressServiceBackend#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.IngressServiceBackend#getPort <em>Port</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressServiceBackend()
 * @generated
 */
public interface IngressServiceBackend extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressServiceBackend_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.IngressServiceBackend#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' containment reference.
	 * @see #setPort(ServiceBackendPort)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressServiceBackend_Port()
	 * @generated
	 */
	ServiceBackendPort getPort();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.IngressServiceBackend#getPort <em>Port</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' containment reference.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(ServiceBackendPort value);

} // IngressServiceBackend
