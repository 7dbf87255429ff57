/**
 */
package io.pilothouse.model.k8s.networking.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ingress TLS</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.IngressTLS#getHosts <em>Hosts</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.IngressTLS#getSecretName <em>Secret Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressTLS()
 * @generated
 */
public interface IngressTLS extends EObject {
	/**
	 * Returns the value of the '<em><b>Hosts</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hosts</em>' attribute list.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressTLS_Hosts()
	 * @generated
	 */
	EList<String> getHosts();

	/**
	 * Returns the value of the '<em><b>Secret Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Secret Name</em>' attribute.
	 * @see #setSecretName(String)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressTLS_SecretName()
	 * @generated
	 */
	String getSecretName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.IngressTLS#getSecretName <em>Secret Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secret Name</em>' attribute.
	 * @see #getSecretName()
	 * @generated
	 */
	void setSecretName(String value);

} // IngressTLS
