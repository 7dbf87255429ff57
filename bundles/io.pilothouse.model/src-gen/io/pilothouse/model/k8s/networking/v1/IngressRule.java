/**
 */
package io.pilothouse.model.k8s.networking.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ingress Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.IngressRule#getHost <em>Host</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.IngressRule#getHttp <em>Http</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressRule()
 * @generated
 */
public interface IngressRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' attribute.
	 * @see #setHost(String)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressRule_Host()
	 * @generated
	 */
	String getHost();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.IngressRule#getHost <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' attribute.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(String value);

	/**
	 * Returns the value of the '<em><b>Http</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Http</em>' containment reference.
	 * @see #setHttp(HTTPIngressRuleValue)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressRule_Http()
	 * @generated
	 */
	HTTPIngressRuleValue getHttp();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.IngressRule#getHttp <em>Http</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Http</em>' containment reference.
	 * @see #getHttp()
	 * @generated
	 */
	void setHttp(HTTPIngressRuleValue value);

} // IngressRule
