/**
 */
package io.pilothouse.model.k8s.scheduling.v1alpha2;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workload Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadSpec#getControllerRef <em>Controller Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadSpec#getPodGroupTemplates <em>Pod Group Templates</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getWorkloadSpec()
 * @generated
 */
public interface WorkloadSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Controller Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Controller Ref</em>' containment reference.
	 * @see #setControllerRef(TypedLocalObjectReference)
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getWorkloadSpec_ControllerRef()
	 * @generated
	 */
	TypedLocalObjectReference getControllerRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadSpec#getControllerRef <em>Controller Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Controller Ref</em>' containment reference.
	 * @see #getControllerRef()
	 * @generated
	 */
	void setControllerRef(TypedLocalObjectReference value);

	/**
	 * Returns the value of the '<em><b>Pod Group Templates</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupTemplate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pod Group Templates</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getWorkloadSpec_PodGroupTemplates()
	 * @generated
	 */
	EList<PodGroupTemplate> getPodGroupTemplates();

} // WorkloadSpec
