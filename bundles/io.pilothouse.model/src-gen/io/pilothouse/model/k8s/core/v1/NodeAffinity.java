/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Affinity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeAffinity#getPreferredDuringSchedulingIgnoredDuringExecution <em>Preferred During Scheduling Ignored During Execution</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeAffinity#getRequiredDuringSchedulingIgnoredDuringExecution <em>Required During Scheduling Ignored During Execution</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeAffinity()
 * @generated
 */
public interface NodeAffinity extends EObject {
	/**
	 * Returns the value of the '<em><b>Preferred During Scheduling Ignored During Execution</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.PreferredSchedulingTerm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preferred During Scheduling Ignored During Execution</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeAffinity_PreferredDuringSchedulingIgnoredDuringExecution()
	 * @generated
	 */
	EList<PreferredSchedulingTerm> getPreferredDuringSchedulingIgnoredDuringExecution();

	/**
	 * Returns the value of the '<em><b>Required During Scheduling Ignored During Execution</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required During Scheduling Ignored During Execution</em>' containment reference.
	 * @see #setRequiredDuringSchedulingIgnoredDuringExecution(NodeSelector)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeAffinity_RequiredDuringSchedulingIgnoredDuringExecution()
	 * @generated
	 */
	NodeSelector getRequiredDuringSchedulingIgnoredDuringExecution();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeAffinity#getRequiredDuringSchedulingIgnoredDuringExecution <em>Required During Scheduling Ignored During Execution</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required During Scheduling Ignored During Execution</em>' containment reference.
	 * @see #getRequiredDuringSchedulingIgnoredDuringExecution()
	 * @generated
	 */
	void setRequiredDuringSchedulingIgnoredDuringExecution(NodeSelector value);

} // NodeAffinity
