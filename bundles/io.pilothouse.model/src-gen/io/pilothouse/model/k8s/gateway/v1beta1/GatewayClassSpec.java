/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gateway Class Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassSpec#getControllerName <em>Controller Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassSpec#getDescription <em>Description</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassSpec#getParametersRef <em>Parameters Ref</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getGatewayClassSpec()
 * @generated
 */
public interface GatewayClassSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Controller Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Controller Name</em>' attribute.
	 * @see #setControllerName(String)
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getGatewayClassSpec_ControllerName()
	 * @generated
	 */
	String getControllerName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassSpec#getControllerName <em>Controller Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Controller Name</em>' attribute.
	 * @see #getControllerName()
	 * @generated
	 */
	void setControllerName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getGatewayClassSpec_Description()
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassSpec#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Parameters Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters Ref</em>' containment reference.
	 * @see #setParametersRef(GatewayClassParametersRef)
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getGatewayClassSpec_ParametersRef()
	 * @generated
	 */
	GatewayClassParametersRef getParametersRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassSpec#getParametersRef <em>Parameters Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameters Ref</em>' containment reference.
	 * @see #getParametersRef()
	 * @generated
	 */
	void setParametersRef(GatewayClassParametersRef value);

} // GatewayClassSpec
