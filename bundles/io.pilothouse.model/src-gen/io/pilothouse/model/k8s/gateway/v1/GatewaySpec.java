/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gateway Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewaySpec#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewaySpec#getAllowedListeners <em>Allowed Listeners</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewaySpec#getGatewayClassName <em>Gateway Class Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewaySpec#getInfrastructure <em>Infrastructure</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewaySpec#getListeners <em>Listeners</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewaySpec#getTls <em>Tls</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewaySpec()
 * @generated
 */
public interface GatewaySpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Addresses</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.GatewaySpecAddress}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addresses</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewaySpec_Addresses()
	 * @generated
	 */
	EList<GatewaySpecAddress> getAddresses();

	/**
	 * Returns the value of the '<em><b>Allowed Listeners</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allowed Listeners</em>' containment reference.
	 * @see #setAllowedListeners(GatewayAllowedListeners)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewaySpec_AllowedListeners()
	 * @generated
	 */
	GatewayAllowedListeners getAllowedListeners();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GatewaySpec#getAllowedListeners <em>Allowed Listeners</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allowed Listeners</em>' containment reference.
	 * @see #getAllowedListeners()
	 * @generated
	 */
	void setAllowedListeners(GatewayAllowedListeners value);

	/**
	 * Returns the value of the '<em><b>Gateway Class Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gateway Class Name</em>' attribute.
	 * @see #setGatewayClassName(String)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewaySpec_GatewayClassName()
	 * @generated
	 */
	String getGatewayClassName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GatewaySpec#getGatewayClassName <em>Gateway Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gateway Class Name</em>' attribute.
	 * @see #getGatewayClassName()
	 * @generated
	 */
	void setGatewayClassName(String value);

	/**
	 * Returns the value of the '<em><b>Infrastructure</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Infrastructure</em>' containment reference.
	 * @see #setInfrastructure(GatewayInfrastructure)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewaySpec_Infrastructure()
	 * @generated
	 */
	GatewayInfrastructure getInfrastructure();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GatewaySpec#getInfrastructure <em>Infrastructure</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Infrastructure</em>' containment reference.
	 * @see #getInfrastructure()
	 * @generated
	 */
	void setInfrastructure(GatewayInfrastructure value);

	/**
	 * Returns the value of the '<em><b>Listeners</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.GatewaySpecListener}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Listeners</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewaySpec_Listeners()
	 * @generated
	 */
	EList<GatewaySpecListener> getListeners();

	/**
	 * Returns the value of the '<em><b>Tls</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tls</em>' containment reference.
	 * @see #setTls(GatewaySpecTls)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewaySpec_Tls()
	 * @generated
	 */
	GatewaySpecTls getTls();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GatewaySpec#getTls <em>Tls</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tls</em>' containment reference.
	 * @see #getTls()
	 * @generated
	 */
	void setTls(GatewaySpecTls value);

} // GatewaySpec
