/**
 */
package io.pilothouse.model.k8s.scheduling.v1alpha2;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pod Group Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getDisruptionMode <em>Disruption Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getPodGroupTemplateRef <em>Pod Group Template Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getPriority <em>Priority</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getPriorityClassName <em>Priority Class Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getResourceClaims <em>Resource Claims</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getSchedulingConstraints <em>Scheduling Constraints</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getSchedulingPolicy <em>Scheduling Policy</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getPodGroupSpec()
 * @generated
 */
public interface PodGroupSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Disruption Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disruption Mode</em>' attribute.
	 * @see #setDisruptionMode(String)
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getPodGroupSpec_DisruptionMode()
	 * @generated
	 */
	String getDisruptionMode();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getDisruptionMode <em>Disruption Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disruption Mode</em>' attribute.
	 * @see #getDisruptionMode()
	 * @generated
	 */
	void setDisruptionMode(String value);

	/**
	 * Returns the value of the '<em><b>Pod Group Template Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pod Group Template Ref</em>' containment reference.
	 * @see #setPodGroupTemplateRef(PodGroupTemplateReference)
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getPodGroupSpec_PodGroupTemplateRef()
	 * @generated
	 */
	PodGroupTemplateReference getPodGroupTemplateRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getPodGroupTemplateRef <em>Pod Group Template Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pod Group Template Ref</em>' containment reference.
	 * @see #getPodGroupTemplateRef()
	 * @generated
	 */
	void setPodGroupTemplateRef(PodGroupTemplateReference value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see #setPriority(Integer)
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getPodGroupSpec_Priority()
	 * @generated
	 */
	Integer getPriority();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(Integer value);

	/**
	 * Returns the value of the '<em><b>Priority Class Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority Class Name</em>' attribute.
	 * @see #setPriorityClassName(String)
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getPodGroupSpec_PriorityClassName()
	 * @generated
	 */
	String getPriorityClassName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getPriorityClassName <em>Priority Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority Class Name</em>' attribute.
	 * @see #getPriorityClassName()
	 * @generated
	 */
	void setPriorityClassName(String value);

	/**
	 * Returns the value of the '<em><b>Resource Claims</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupResourceClaim}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Claims</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getPodGroupSpec_ResourceClaims()
	 * @generated
	 */
	EList<PodGroupResourceClaim> getResourceClaims();

	/**
	 * Returns the value of the '<em><b>Scheduling Constraints</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scheduling Constraints</em>' containment reference.
	 * @see #setSchedulingConstraints(PodGroupSchedulingConstraints)
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getPodGroupSpec_SchedulingConstraints()
	 * @generated
	 */
	PodGroupSchedulingConstraints getSchedulingConstraints();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getSchedulingConstraints <em>Scheduling Constraints</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheduling Constraints</em>' containment reference.
	 * @see #getSchedulingConstraints()
	 * @generated
	 */
	void setSchedulingConstraints(PodGroupSchedulingConstraints value);

	/**
	 * Returns the value of the '<em><b>Scheduling Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scheduling Policy</em>' containment reference.
	 * @see #setSchedulingPolicy(PodGroupSchedulingPolicy)
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getPodGroupSpec_SchedulingPolicy()
	 * @generated
	 */
	PodGroupSchedulingPolicy getSchedulingPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec#getSchedulingPolicy <em>Scheduling Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheduling Policy</em>' containment reference.
	 * @see #getSchedulingPolicy()
	 * @generated
	 */
	void setSchedulingPolicy(PodGroupSchedulingPolicy value);

} // PodGroupSpec
