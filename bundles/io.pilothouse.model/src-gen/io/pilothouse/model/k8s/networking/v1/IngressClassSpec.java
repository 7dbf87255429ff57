/**
 */
package io.pilothouse.model.k8s.networking.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ingress Class Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.IngressClassSpec#getController <em>Controller</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.IngressClassSpec#getParameters <em>Parameters</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressClassSpec()
 * @generated
 */
public interface IngressClassSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Controller</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Controller</em>' attribute.
	 * @see #setController(String)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressClassSpec_Controller()
	 * @generated
	 */
	String getController();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.IngressClassSpec#getController <em>Controller</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Controller</em>' attribute.
	 * @see #getController()
	 * @generated
	 */
	void setController(String value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference.
	 * @see #setParameters(IngressClassParametersReference)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressClassSpec_Parameters()
	 * @generated
	 */
	IngressClassParametersReference getParameters();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.IngressClassSpec#getParameters <em>Parameters</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameters</em>' containment reference.
	 * @see #getParameters()
	 * @generated
	 */
	void setParameters(IngressClassParametersReference value);

} // IngressClassSpec
