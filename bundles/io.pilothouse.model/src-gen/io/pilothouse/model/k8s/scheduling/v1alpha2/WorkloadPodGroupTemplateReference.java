/**
 */
package io.pilothouse.model.k8s.scheduling.v1alpha2;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workload Pod Group Template Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadPodGroupTemplateReference#getPodGroupTemplateName <em>Pod Group Template Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadPodGroupTemplateReference#getWorkloadName <em>Workload Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getWorkloadPodGroupTemplateReference()
 * @generated
 */
public interface WorkloadPodGroupTemplateReference extends EObject {
	/**
	 * Returns the value of the '<em><b>Pod Group Template Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pod Group Template Name</em>' attribute.
	 * @see #setPodGroupTemplateName(String)
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getWorkloadPodGroupTemplateReference_PodGroupTemplateName()
	 * @generated
	 */
	String getPodGroupTemplateName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadPodGroupTemplateReference#getPodGroupTemplateName <em>Pod Group Template Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pod Group Template Name</em>' attribute.
	 * @see #getPodGroupTemplateName()
	 * @generated
	 */
	void setPodGroupTemplateName(String value);

	/**
	 * Returns the value of the '<em><b>Workload Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Workload Name</em>' attribute.
	 * @see #setWorkloadName(String)
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getWorkloadPodGroupTemplateReference_WorkloadName()
	 * @generated
	 */
	String getWorkloadName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadPodGroupTemplateReference#getWorkloadName <em>Workload Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Workload Name</em>' attribute.
	 * @see #getWorkloadName()
	 * @generated
	 */
	void setWorkloadName(String value);

} // WorkloadPodGroupTemplateReference
