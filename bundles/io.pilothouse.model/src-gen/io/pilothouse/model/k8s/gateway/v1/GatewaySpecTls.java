/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gateway Spec Tls</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewaySpecTls#getBackend <em>Backend</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewaySpecTls#getFrontend <em>Frontend</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewaySpecTls()
 * @generated
 */
public interface GatewaySpecTls extends EObject {
	/**
	 * Returns the value of the '<em><b>Backend</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Backend</em>' containment reference.
	 * @see #setBackend(GatewayBackend)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewaySpecTls_Backend()
	 * @generated
	 */
	GatewayBackend getBackend();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GatewaySpecTls#getBackend <em>Backend</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backend</em>' containment reference.
	 * @see #getBackend()
	 * @generated
	 */
	void setBackend(GatewayBackend value);

	/**
	 * Returns the value of the '<em><b>Frontend</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frontend</em>' containment reference.
	 * @see #setFrontend(GatewayFrontend)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewaySpecTls_Frontend()
	 * @generated
	 */
	GatewayFrontend getFrontend();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GatewaySpecTls#getFrontend <em>Frontend</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frontend</em>' containment reference.
	 * @see #getFrontend()
	 * @generated
	 */
	void setFrontend(GatewayFrontend value);

} // GatewaySpecTls
