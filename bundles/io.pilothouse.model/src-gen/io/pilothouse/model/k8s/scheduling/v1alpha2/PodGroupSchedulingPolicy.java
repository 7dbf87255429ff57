/**
 */
package io.pilothouse.model.k8s.scheduling.v1alpha2;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pod Group Scheduling Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSchedulingPolicy#getBasic <em>Basic</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSchedulingPolicy#getGang <em>Gang</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getPodGroupSchedulingPolicy()
 * @generated
 */
public interface PodGroupSchedulingPolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Basic</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Basic</em>' containment reference.
	 * @see #setBasic(BasicSchedulingPolicy)
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getPodGroupSchedulingPolicy_Basic()
	 * @generated
	 */
	BasicSchedulingPolicy getBasic();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSchedulingPolicy#getBasic <em>Basic</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Basic</em>' containment reference.
	 * @see #getBasic()
	 * @generated
	 */
	void setBasic(BasicSchedulingPolicy value);

	/**
	 * Returns the value of the '<em><b>Gang</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gang</em>' containment reference.
	 * @see #setGang(GangSchedulingPolicy)
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getPodGroupSchedulingPolicy_Gang()
	 * @generated
	 */
	GangSchedulingPolicy getGang();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSchedulingPolicy#getGang <em>Gang</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gang</em>' containment reference.
	 * @see #getGang()
	 * @generated
	 */
	void setGang(GangSchedulingPolicy value);

} // PodGroupSchedulingPolicy
