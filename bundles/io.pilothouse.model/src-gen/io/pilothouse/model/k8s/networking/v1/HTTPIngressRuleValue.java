/**
 */
package io.pilothouse.model.k8s.networking.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>HTTP Ingress Rule Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.HTTPIngressRuleValue#getPaths <em>Paths</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getHTTPIngressRuleValue()
 * @generated
 */
public interface HTTPIngressRuleValue extends EObject {
	/**
	 * Returns the value of the '<em><b>Paths</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.networking.v1.HTTPIngressPath}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Paths</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getHTTPIngressRuleValue_Paths()
	 * @generated
	 */
	EList<HTTPIngressPath> getPaths();

} // HTTPIngressRuleValue
