/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gateway Backend</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayBackend#getClientCertificateRef <em>Client Certificate Ref</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getGatewayBackend()
 * @generated
 */
public interface GatewayBackend extends EObject {
	/**
	 * Returns the value of the '<em><b>Client Certificate Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Client Certificate Ref</em>' containment reference.
	 * @see #setClientCertificateRef(GatewayCertificateRef)
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getGatewayBackend_ClientCertificateRef()
	 * @generated
	 */
	GatewayCertificateRef getClientCertificateRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayBackend#getClientCertificateRef <em>Client Certificate Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client Certificate Ref</em>' containment reference.
	 * @see #getClientCertificateRef()
	 * @generated
	 */
	void setClientCertificateRef(GatewayCertificateRef value);

} // GatewayBackend
