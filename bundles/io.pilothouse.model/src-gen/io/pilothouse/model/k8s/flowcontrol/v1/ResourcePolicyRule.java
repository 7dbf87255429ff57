/**
 */
package io.pilothouse.model.k8s.flowcontrol.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resource Policy Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.ResourcePolicyRule#getApiGroups <em>Api Groups</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.ResourcePolicyRule#getClusterScope <em>Cluster Scope</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.ResourcePolicyRule#getNamespaces <em>Namespaces</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.ResourcePolicyRule#getResources <em>Resources</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.ResourcePolicyRule#getVerbs <em>Verbs</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getResourcePolicyRule()
 * @generated
 */
public interface ResourcePolicyRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Api Groups</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Api Groups</em>' attribute list.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getResourcePolicyRule_ApiGroups()
	 * @generated
	 */
	EList<String> getApiGroups();

	/**
	 * Returns the value of the '<em><b>Cluster Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cluster Scope</em>' attribute.
	 * @see #setClusterScope(Boolean)
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getResourcePolicyRule_ClusterScope()
	 * @generated
	 */
	Boolean getClusterScope();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.flowcontrol.v1.ResourcePolicyRule#getClusterScope <em>Cluster Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cluster Scope</em>' attribute.
	 * @see #getClusterScope()
	 * @generated
	 */
	void setClusterScope(Boolean value);

	/**
	 * Returns the value of the '<em><b>Namespaces</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Namespaces</em>' attribute list.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getResourcePolicyRule_Namespaces()
	 * @generated
	 */
	EList<String> getNamespaces();

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resources</em>' attribute list.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getResourcePolicyRule_Resources()
	 * @generated
	 */
	EList<String> getResources();

	/**
	 * Returns the value of the '<em><b>Verbs</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verbs</em>' attribute list.
	 * @see io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package#getResourcePolicyRule_Verbs()
	 * @generated
	 */
	EList<String> getVerbs();

} // ResourcePolicyRule
