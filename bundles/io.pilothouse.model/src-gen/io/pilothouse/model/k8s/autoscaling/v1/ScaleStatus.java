/**
 */
package io.pilothouse.model.k8s.autoscaling.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scale Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v1.ScaleStatus#getReplicas <em>Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v1.ScaleStatus#getSelector <em>Selector</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.autoscaling.v1.AutoscalingV1Package#getScaleStatus()
 * @generated
 */
public interface ScaleStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Replicas</em>' attribute.
	 * @see #setReplicas(Integer)
	 * @see io.pilothouse.model.k8s.autoscaling.v1.AutoscalingV1Package#getScaleStatus_Replicas()
	 * @generated
	 */
	Integer getReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v1.ScaleStatus#getReplicas <em>Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replicas</em>' attribute.
	 * @see #getReplicas()
	 * @generated
	 */
	void setReplicas(Integer value);

	/**
	 * Returns the value of the '<em><b>Selector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Selector</em>' attribute.
	 * @see #setSelector(String)
	 * @see io.pilothouse.model.k8s.autoscaling.v1.AutoscalingV1Package#getScaleStatus_Selector()
	 * @generated
	 */
	String getSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v1.ScaleStatus#getSelector <em>Selector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Selector</em>' attribute.
	 * @see #getSelector()
	 * @generated
	 */
	void setSelector(String value);

} // ScaleStatus
