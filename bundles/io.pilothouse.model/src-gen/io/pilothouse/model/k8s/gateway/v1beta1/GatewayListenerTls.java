/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gateway Listener Tls</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayListenerTls#getCertificateRefs <em>Certificate Refs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayListenerTls#getMode <em>Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayListenerTls#getOptions <em>Options</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getGatewayListenerTls()
 * @generated
 */
public interface GatewayListenerTls extends EObject {
	/**
	 * Returns the value of the '<em><b>Certificate Refs</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayCertificateRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Certificate Refs</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getGatewayListenerTls_CertificateRefs()
	 * @generated
	 */
	EList<GatewayCertificateRef> getCertificateRefs();

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see #setMode(String)
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getGatewayListenerTls_Mode()
	 * @generated
	 */
	String getMode();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayListenerTls#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see #getMode()
	 * @generated
	 */
	void setMode(String value);

	/**
	 * Returns the value of the '<em><b>Options</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Options</em>' map.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getGatewayListenerTls_Options()
	 * @generated
	 */
	EMap<String, String> getOptions();

} // GatewayListenerTls
