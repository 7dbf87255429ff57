/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gateway Default</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayDefault#getValidation <em>Validation</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getGatewayDefault()
 * @generated
 */
public interface GatewayDefault extends EObject {
	/**
	 * Returns the value of the '<em><b>Validation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Validation</em>' containment reference.
	 * @see #setValidation(GatewayValidation)
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getGatewayDefault_Validation()
	 * @generated
	 */
	GatewayValidation getValidation();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayDefault#getValidation <em>Validation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Validation</em>' containment reference.
	 * @see #getValidation()
	 * @generated
	 */
	void setValidation(GatewayValidation value);

} // GatewayDefault
