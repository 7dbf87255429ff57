/**
 */
package io.pilothouse.model.k8s.scheduling.v1alpha2;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pod Group Template Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupTemplateReference#getWorkload <em>Workload</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getPodGroupTemplateReference()
 * @generated
 */
public interface PodGroupTemplateReference extends EObject {
	/**
	 * Returns the value of the '<em><b>Workload</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Workload</em>' containment reference.
	 * @see #setWorkload(WorkloadPodGroupTemplateReference)
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getPodGroupTemplateReference_Workload()
	 * @generated
	 */
	WorkloadPodGroupTemplateReference getWorkload();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupTemplateReference#getWorkload <em>Workload</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Workload</em>' containment reference.
	 * @see #getWorkload()
	 * @generated
	 */
	void setWorkload(WorkloadPodGroupTemplateReference value);

} // PodGroupTemplateReference
