/**
 */
package io.pilothouse.model.k8s.networking.v1;

import io.pilothouse.model.k8s.core.v1.TypedLocalObjectReference;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ingress Backend</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.IngressBackend#getResource <em>Resource</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.IngressBackend#getService <em>Service</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressBackend()
 * @generated
 */
public interface IngressBackend extends EObject {
	/**
	 * Returns the value of the '<em><b>Resource</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource</em>' containment reference.
	 * @see #setResource(TypedLocalObjectReference)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressBackend_Resource()
	 * @generated
	 */
	TypedLocalObjectReference getResource();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.IngressBackend#getResource <em>Resource</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource</em>' containment reference.
	 * @see #getResource()
	 * @generated
	 */
	void setResource(TypedLocalObjectReference value);

	/**
	 * Returns the value of the '<em><b>Service</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service</em>' containment reference.
	 * @see #setService(IngressServiceBackend)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressBackend_Service()
	 * @generated
	 */
	IngressServiceBackend getService();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.IngressBackend#getService <em>Service</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service</em>' containment reference.
	 * @see #getService()
	 * @generated
	 */
	void setService(IngressServiceBackend value);

} // IngressBackend
