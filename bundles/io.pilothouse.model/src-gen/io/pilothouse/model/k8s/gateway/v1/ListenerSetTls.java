/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Listener Set Tls</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetTls#getCertificateRefs <em>Certificate Refs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetTls#getMode <em>Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetTls#getOptions <em>Options</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getListenerSetTls()
 * @generated
 */
public interface ListenerSetTls extends EObject {
	/**
	 * Returns the value of the '<em><b>Certificate Refs</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.ListenerSetCertificateRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Certificate Refs</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getListenerSetTls_CertificateRefs()
	 * @generated
	 */
	EList<ListenerSetCertificateRef> getCertificateRefs();

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see #setMode(String)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getListenerSetTls_Mode()
	 * @generated
	 */
	String getMode();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetTls#getMode <em>Mode</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getListenerSetTls_Options()
	 * @generated
	 */
	EMap<String, String> getOptions();

} // ListenerSetTls
