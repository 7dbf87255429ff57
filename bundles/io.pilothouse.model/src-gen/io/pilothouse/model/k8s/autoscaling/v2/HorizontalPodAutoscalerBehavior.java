/**
 */
package io.pilothouse.model.k8s.autoscaling.v2;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Horizontal Pod Autoscaler Behavior</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerBehavior#getScaleDown <em>Scale Down</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerBehavior#getScaleUp <em>Scale Up</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getHorizontalPodAutoscalerBehavior()
 * @generated
 */
public interface HorizontalPodAutoscalerBehavior extends EObject {
	/**
	 * Returns the value of the '<em><b>Scale Down</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale Down</em>' containment reference.
	 * @see #setScaleDown(HPAScalingRules)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getHorizontalPodAutoscalerBehavior_ScaleDown()
	 * @generated
	 */
	HPAScalingRules getScaleDown();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerBehavior#getScaleDown <em>Scale Down</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale Down</em>' containment reference.
	 * @see #getScaleDown()
	 * @generated
	 */
	void setScaleDown(HPAScalingRules value);

	/**
	 * Returns the value of the '<em><b>Scale Up</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale Up</em>' containment reference.
	 * @see #setScaleUp(HPAScalingRules)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getHorizontalPodAutoscalerBehavior_ScaleUp()
	 * @generated
	 */
	HPAScalingRules getScaleUp();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerBehavior#getScaleUp <em>Scale Up</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale Up</em>' containment reference.
	 * @see #getScaleUp()
	 * @generated
	 */
	void setScaleUp(HPAScalingRules value);

} // HorizontalPodAutoscalerBehavior
