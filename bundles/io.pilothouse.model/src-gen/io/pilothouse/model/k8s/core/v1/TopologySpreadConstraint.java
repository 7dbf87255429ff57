/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Topology Spread Constraint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.TopologySpreadConstraint#getLabelSelector <em>Label Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.TopologySpreadConstraint#getMatchLabelKeys <em>Match Label Keys</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.TopologySpreadConstraint#getMaxSkew <em>Max Skew</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.TopologySpreadConstraint#getMinDomains <em>Min Domains</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.TopologySpreadConstraint#getNodeAffinityPolicy <em>Node Affinity Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.TopologySpreadConstraint#getNodeTaintsPolicy <em>Node Taints Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.TopologySpreadConstraint#getTopologyKey <em>Topology Key</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.TopologySpreadConstraint#getWhenUnsatisfiable <em>When Unsatisfiable</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getTopologySpreadConstraint()
 * @generated
 */
public interface TopologySpreadConstraint extends EObject {
	/**
	 * Returns the value of the '<em><b>Label Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Selector</em>' containment reference.
	 * @see #setLabelSelector(LabelSelector)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getTopologySpreadConstraint_LabelSelector()
	 * @generated
	 */
	LabelSelector getLabelSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.TopologySpreadConstraint#getLabelSelector <em>Label Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Selector</em>' containment reference.
	 * @see #getLabelSelector()
	 * @generated
	 */
	void setLabelSelector(LabelSelector value);

	/**
	 * Returns the value of the '<em><b>Match Label Keys</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Match Label Keys</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getTopologySpreadConstraint_MatchLabelKeys()
	 * @generated
	 */
	EList<String> getMatchLabelKeys();

	/**
	 * Returns the value of the '<em><b>Max Skew</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Skew</em>' attribute.
	 * @see #setMaxSkew(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getTopologySpreadConstraint_MaxSkew()
	 * @generated
	 */
	Integer getMaxSkew();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.TopologySpreadConstraint#getMaxSkew <em>Max Skew</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Skew</em>' attribute.
	 * @see #getMaxSkew()
	 * @generated
	 */
	void setMaxSkew(Integer value);

	/**
	 * Returns the value of the '<em><b>Min Domains</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Domains</em>' attribute.
	 * @see #setMinDomains(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getTopologySpreadConstraint_MinDomains()
	 * @generated
	 */
	Integer getMinDomains();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.TopologySpreadConstraint#getMinDomains <em>Min Domains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Domains</em>' attribute.
	 * @see #getMinDomains()
	 * @generated
	 */
	void setMinDomains(Integer value);

	/**
	 * Returns the value of the '<em><b>Node Affinity Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Affinity Policy</em>' attribute.
	 * @see #setNodeAffinityPolicy(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getTopologySpreadConstraint_NodeAffinityPolicy()
	 * @generated
	 */
	String getNodeAffinityPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.TopologySpreadConstraint#getNodeAffinityPolicy <em>Node Affinity Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Affinity Policy</em>' attribute.
	 * @see #getNodeAffinityPolicy()
	 * @generated
	 */
	void setNodeAffinityPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Node Taints Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Taints Policy</em>' attribute.
	 * @see #setNodeTaintsPolicy(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getTopologySpreadConstraint_NodeTaintsPolicy()
	 * @generated
	 */
	String getNodeTaintsPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.TopologySpreadConstraint#getNodeTaintsPolicy <em>Node Taints Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Taints Policy</em>' attribute.
	 * @see #getNodeTaintsPolicy()
	 * @generated
	 */
	void setNodeTaintsPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Topology Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topology Key</em>' attribute.
	 * @see #setTopologyKey(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getTopologySpreadConstraint_TopologyKey()
	 * @generated
	 */
	String getTopologyKey();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.TopologySpreadConstraint#getTopologyKey <em>Topology Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topology Key</em>' attribute.
	 * @see #getTopologyKey()
	 * @generated
	 */
	void setTopologyKey(String value);

	/**
	 * Returns the value of the '<em><b>When Unsatisfiable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>When Unsatisfiable</em>' attribute.
	 * @see #setWhenUnsatisfiable(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getTopologySpreadConstraint_WhenUnsatisfiable()
	 * @generated
	 */
	String getWhenUnsatisfiable();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.TopologySpreadConstraint#getWhenUnsatisfiable <em>When Unsatisfiable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>When Unsatisfiable</em>' attribute.
	 * @see #getWhenUnsatisfiable()
	 * @generated
	 */
	void setWhenUnsatisfiable(String value);

} // TopologySpreadConstraint
