/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeSpec#getConfigSource <em>Config Source</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeSpec#getExternalID <em>External ID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeSpec#getPodCIDR <em>Pod CIDR</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeSpec#getPodCIDRs <em>Pod CID Rs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeSpec#getProviderID <em>Provider ID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeSpec#getTaints <em>Taints</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeSpec#getUnschedulable <em>Unschedulable</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeSpec()
 * @generated
 */
public interface NodeSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Config Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Config Source</em>' containment reference.
	 * @see #setConfigSource(NodeConfigSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeSpec_ConfigSource()
	 * @generated
	 */
	NodeConfigSource getConfigSource();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeSpec#getConfigSource <em>Config Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Config Source</em>' containment reference.
	 * @see #getConfigSource()
	 * @generated
	 */
	void setConfigSource(NodeConfigSource value);

	/**
	 * Returns the value of the '<em><b>External ID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>External ID</em>' attribute.
	 * @see #setExternalID(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeSpec_ExternalID()
	 * @generated
	 */
	String getExternalID();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeSpec#getExternalID <em>External ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External ID</em>' attribute.
	 * @see #getExternalID()
	 * @generated
	 */
	void setExternalID(String value);

	/**
	 * Returns the value of the '<em><b>Pod CIDR</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pod CIDR</em>' attribute.
	 * @see #setPodCIDR(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeSpec_PodCIDR()
	 * @generated
	 */
	String getPodCIDR();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeSpec#getPodCIDR <em>Pod CIDR</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pod CIDR</em>' attribute.
	 * @see #getPodCIDR()
	 * @generated
	 */
	void setPodCIDR(String value);

	/**
	 * Returns the value of the '<em><b>Pod CID Rs</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pod CID Rs</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeSpec_PodCIDRs()
	 * @generated
	 */
	EList<String> getPodCIDRs();

	/**
	 * Returns the value of the '<em><b>Provider ID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provider ID</em>' attribute.
	 * @see #setProviderID(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeSpec_ProviderID()
	 * @generated
	 */
	String getProviderID();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeSpec#getProviderID <em>Provider ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider ID</em>' attribute.
	 * @see #getProviderID()
	 * @generated
	 */
	void setProviderID(String value);

	/**
	 * Returns the value of the '<em><b>Taints</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.Taint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Taints</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeSpec_Taints()
	 * @generated
	 */
	EList<Taint> getTaints();

	/**
	 * Returns the value of the '<em><b>Unschedulable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unschedulable</em>' attribute.
	 * @see #setUnschedulable(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeSpec_Unschedulable()
	 * @generated
	 */
	Boolean getUnschedulable();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeSpec#getUnschedulable <em>Unschedulable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unschedulable</em>' attribute.
	 * @see #getUnschedulable()
	 * @generated
	 */
	void setUnschedulable(Boolean value);

} // NodeSpec
