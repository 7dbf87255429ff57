/**
 */
package io.pilothouse.model.k8s.networking.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ingress Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.IngressSpec#getDefaultBackend <em>Default Backend</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.IngressSpec#getIngressClassName <em>Ingress Class Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.IngressSpec#getRules <em>Rules</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.IngressSpec#getTls <em>Tls</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressSpec()
 * @generated
 */
public interface IngressSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Default Backend</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Default Backend</em>' containment reference.
	 * @see #setDefaultBackend(IngressBackend)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressSpec_DefaultBackend()
	 * @generated
	 */
	IngressBackend getDefaultBackend();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.IngressSpec#getDefaultBackend <em>Default Backend</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Backend</em>' containment reference.
	 * @see #getDefaultBackend()
	 * @generated
	 */
	void setDefaultBackend(IngressBackend value);

	/**
	 * Returns the value of the '<em><b>Ingress Class Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ingress Class Name</em>' attribute.
	 * @see #setIngressClassName(String)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressSpec_IngressClassName()
	 * @generated
	 */
	String getIngressClassName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.IngressSpec#getIngressClassName <em>Ingress Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ingress Class Name</em>' attribute.
	 * @see #getIngressClassName()
	 * @generated
	 */
	void setIngressClassName(String value);

	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.networking.v1.IngressRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressSpec_Rules()
	 * @generated
	 */
	EList<IngressRule> getRules();

	/**
	 * Returns the value of the '<em><b>Tls</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.networking.v1.IngressTLS}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tls</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressSpec_Tls()
	 * @generated
	 */
	EList<IngressTLS> getTls();

} // IngressSpec
