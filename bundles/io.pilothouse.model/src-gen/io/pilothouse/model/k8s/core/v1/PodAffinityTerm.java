/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pod Affinity Term</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodAffinityTerm#getLabelSelector <em>Label Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodAffinityTerm#getMatchLabelKeys <em>Match Label Keys</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodAffinityTerm#getMismatchLabelKeys <em>Mismatch Label Keys</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodAffinityTerm#getNamespaceSelector <em>Namespace Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodAffinityTerm#getNamespaces <em>Namespaces</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodAffinityTerm#getTopologyKey <em>Topology Key</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodAffinityTerm()
 * @generated
 */
public interface PodAffinityTerm extends EObject {
	/**
	 * Returns the value of the '<em><b>Label Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Selector</em>' containment reference.
	 * @see #setLabelSelector(LabelSelector)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodAffinityTerm_LabelSelector()
	 * @generated
	 */
	LabelSelector getLabelSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodAffinityTerm#getLabelSelector <em>Label Selector</em>}' containment reference.
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
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodAffinityTerm_MatchLabelKeys()
	 * @generated
	 */
	EList<String> getMatchLabelKeys();

	/**
	 * Returns the value of the '<em><b>Mismatch Label Keys</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mismatch Label Keys</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodAffinityTerm_MismatchLabelKeys()
	 * @generated
	 */
	EList<String> getMismatchLabelKeys();

	/**
	 * Returns the value of the '<em><b>Namespace Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Namespace Selector</em>' containment reference.
	 * @see #setNamespaceSelector(LabelSelector)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodAffinityTerm_NamespaceSelector()
	 * @generated
	 */
	LabelSelector getNamespaceSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodAffinityTerm#getNamespaceSelector <em>Namespace Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Namespace Selector</em>' containment reference.
	 * @see #getNamespaceSelector()
	 * @generated
	 */
	void setNamespaceSelector(LabelSelector value);

	/**
	 * Returns the value of the '<em><b>Namespaces</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Namespaces</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodAffinityTerm_Namespaces()
	 * @generated
	 */
	EList<String> getNamespaces();

	/**
	 * Returns the value of the '<em><b>Topology Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topology Key</em>' attribute.
	 * @see #setTopologyKey(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodAffinityTerm_TopologyKey()
	 * @generated
	 */
	String getTopologyKey();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodAffinityTerm#getTopologyKey <em>Topology Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topology Key</em>' attribute.
	 * @see #getTopologyKey()
	 * @generated
	 */
	void setTopologyKey(String value);

} // PodAffinityTerm
