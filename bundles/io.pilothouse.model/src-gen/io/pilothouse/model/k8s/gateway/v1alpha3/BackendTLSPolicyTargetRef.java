/**
 */
package io.pilothouse.model.k8s.gateway.v1alpha3;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Backend TLS Policy Target Ref</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyTargetRef#getGroup <em>Group</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyTargetRef#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyTargetRef#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyTargetRef#getSectionName <em>Section Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package#getBackendTLSPolicyTargetRef()
 * @generated
 */
public interface BackendTLSPolicyTargetRef extends EObject {
	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #setGroup(String)
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package#getBackendTLSPolicyTargetRef_Group()
	 * @generated
	 */
	String getGroup();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyTargetRef#getGroup <em>Group</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package#getBackendTLSPolicyTargetRef_Kind()
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyTargetRef#getKind <em>Kind</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package#getBackendTLSPolicyTargetRef_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyTargetRef#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Section Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Section Name</em>' attribute.
	 * @see #setSectionName(String)
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package#getBackendTLSPolicyTargetRef_SectionName()
	 * @generated
	 */
	String getSectionName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyTargetRef#getSectionName <em>Section Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Section Name</em>' attribute.
	 * @see #getSectionName()
	 * @generated
	 */
	void setSectionName(String value);

} // BackendTLSPolicyTargetRef
