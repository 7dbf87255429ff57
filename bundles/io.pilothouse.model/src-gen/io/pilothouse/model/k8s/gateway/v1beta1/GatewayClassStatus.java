/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gateway Class Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassStatus#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassStatus#getSupportedFeatures <em>Supported Features</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getGatewayClassStatus()
 * @generated
 */
public interface GatewayClassStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getGatewayClassStatus_Conditions()
	 * @generated
	 */
	EList<GatewayClassCondition> getConditions();

	/**
	 * Returns the value of the '<em><b>Supported Features</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassSupportedFeature}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supported Features</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getGatewayClassStatus_SupportedFeatures()
	 * @generated
	 */
	EList<GatewayClassSupportedFeature> getSupportedFeatures();

} // GatewayClassStatus
