/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>GRPC Route Rule Backend Ref</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteRuleBackendRef#getFilters <em>Filters</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteRuleBackendRef#getGroup <em>Group</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteRuleBackendRef#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteRuleBackendRef#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteRuleBackendRef#getNamespace <em>Namespace</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteRuleBackendRef#getPort <em>Port</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteRuleBackendRef#getWeight <em>Weight</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGRPCRouteRuleBackendRef()
 * @generated
 */
public interface GRPCRouteRuleBackendRef extends EObject {
	/**
	 * Returns the value of the '<em><b>Filters</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteFilter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Filters</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGRPCRouteRuleBackendRef_Filters()
	 * @generated
	 */
	EList<GRPCRouteFilter> getFilters();

	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #setGroup(String)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGRPCRouteRuleBackendRef_Group()
	 * @generated
	 */
	String getGroup();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteRuleBackendRef#getGroup <em>Group</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGRPCRouteRuleBackendRef_Kind()
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteRuleBackendRef#getKind <em>Kind</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGRPCRouteRuleBackendRef_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteRuleBackendRef#getName <em>Name</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGRPCRouteRuleBackendRef_Namespace()
	 * @generated
	 */
	String getNamespace();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteRuleBackendRef#getNamespace <em>Namespace</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGRPCRouteRuleBackendRef_Port()
	 * @generated
	 */
	Integer getPort();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteRuleBackendRef#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(Integer value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(Integer)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGRPCRouteRuleBackendRef_Weight()
	 * @generated
	 */
	Integer getWeight();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GRPCRouteRuleBackendRef#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(Integer value);

} // GRPCRouteRuleBackendRef
