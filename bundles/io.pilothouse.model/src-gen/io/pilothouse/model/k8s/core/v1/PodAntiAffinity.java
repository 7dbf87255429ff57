/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pod Anti Affinity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodAntiAffinity#getPreferredDuringSchedulingIgnoredDuringExecution <em>Preferred During Scheduling Ignored During Execution</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodAntiAffinity#getRequiredDuringSchedulingIgnoredDuringExecution <em>Required During Scheduling Ignored During Execution</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodAntiAffinity()
 * @generated
 */
public interface PodAntiAffinity extends EObject {
	/**
	 * Returns the value of the '<em><b>Preferred During Scheduling Ignored During Execution</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.WeightedPodAffinityTerm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preferred During Scheduling Ignored During Execution</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodAntiAffinity_PreferredDuringSchedulingIgnoredDuringExecution()
	 * @generated
	 */
	EList<WeightedPodAffinityTerm> getPreferredDuringSchedulingIgnoredDuringExecution();

	/**
	 * Returns the value of the '<em><b>Required During Scheduling Ignored During Execution</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.PodAffinityTerm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required During Scheduling Ignored During Execution</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodAntiAffinity_RequiredDuringSchedulingIgnoredDuringExecution()
	 * @generated
	 */
	EList<PodAffinityTerm> getRequiredDuringSchedulingIgnoredDuringExecution();

} // PodAntiAffinity
