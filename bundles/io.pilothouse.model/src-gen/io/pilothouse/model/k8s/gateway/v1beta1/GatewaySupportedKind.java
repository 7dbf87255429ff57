/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gateway Supported Kind</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySupportedKind#getGroup <em>Group</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySupportedKind#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getGatewaySupportedKind()
 * @generated
 */
public interface GatewaySupportedKind extends EObject {
	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #setGroup(String)
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getGatewaySupportedKind_Group()
	 * @generated
	 */
	String getGroup();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySupportedKind#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getGatewaySupportedKind_Kind()
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySupportedKind#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

} // GatewaySupportedKind
