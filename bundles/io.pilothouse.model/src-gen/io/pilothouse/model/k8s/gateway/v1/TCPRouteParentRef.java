/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>TCP Route Parent Ref</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.TCPRouteParentRef#getGroup <em>Group</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.TCPRouteParentRef#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.TCPRouteParentRef#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.TCPRouteParentRef#getNamespace <em>Namespace</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.TCPRouteParentRef#getPort <em>Port</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.TCPRouteParentRef#getSectionName <em>Section Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getTCPRouteParentRef()
 * @generated
 */
public interface TCPRouteParentRef extends EObject {
	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #setGroup(String)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getTCPRouteParentRef_Group()
	 * @generated
	 */
	String getGroup();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.TCPRouteParentRef#getGroup <em>Group</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getTCPRouteParentRef_Kind()
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.TCPRouteParentRef#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getTCPRouteParentRef_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.TCPRouteParentRef#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Namespace</em>' attribute.
	 * @see #setNamespace(String)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getTCPRouteParentRef_Namespace()
	 * @generated
	 */
	String getNamespace();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.TCPRouteParentRef#getNamespace <em>Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Namespace</em>' attribute.
	 * @see #getNamespace()
	 * @generated
	 */
	void setNamespace(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(Integer)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getTCPRouteParentRef_Port()
	 * @generated
	 */
	Integer getPort();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.TCPRouteParentRef#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(Integer value);

	/**
	 * Returns the value of the '<em><b>Section Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Section Name</em>' attribute.
	 * @see #setSectionName(String)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getTCPRouteParentRef_SectionName()
	 * @generated
	 */
	String getSectionName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.TCPRouteParentRef#getSectionName <em>Section Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Section Name</em>' attribute.
	 * @see #getSectionName()
	 * @generated
	 */
	void setSectionName(String value);

} // TCPRouteParentRef
