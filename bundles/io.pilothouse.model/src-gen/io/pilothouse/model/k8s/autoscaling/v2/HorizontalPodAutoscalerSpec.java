/**
 */
package io.pilothouse.model.k8s.autoscaling.v2;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Horizontal Pod Autoscaler Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerSpec#getBehavior <em>Behavior</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerSpec#getMaxReplicas <em>Max Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerSpec#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerSpec#getMinReplicas <em>Min Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerSpec#getScaleTargetRef <em>Scale Target Ref</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getHorizontalPodAutoscalerSpec()
 * @generated
 */
public interface HorizontalPodAutoscalerSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Behavior</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Behavior</em>' containment reference.
	 * @see #setBehavior(HorizontalPodAutoscalerBehavior)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getHorizontalPodAutoscalerSpec_Behavior()
	 * @generated
	 */
	HorizontalPodAutoscalerBehavior getBehavior();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerSpec#getBehavior <em>Behavior</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Behavior</em>' containment reference.
	 * @see #getBehavior()
	 * @generated
	 */
	void setBehavior(HorizontalPodAutoscalerBehavior value);

	/**
	 * Returns the value of the '<em><b>Max Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Replicas</em>' attribute.
	 * @see #setMaxReplicas(Integer)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getHorizontalPodAutoscalerSpec_MaxReplicas()
	 * @generated
	 */
	Integer getMaxReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerSpec#getMaxReplicas <em>Max Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Replicas</em>' attribute.
	 * @see #getMaxReplicas()
	 * @generated
	 */
	void setMaxReplicas(Integer value);

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.autoscaling.v2.MetricSpec}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metrics</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getHorizontalPodAutoscalerSpec_Metrics()
	 * @generated
	 */
	EList<MetricSpec> getMetrics();

	/**
	 * Returns the value of the '<em><b>Min Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Replicas</em>' attribute.
	 * @see #setMinReplicas(Integer)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getHorizontalPodAutoscalerSpec_MinReplicas()
	 * @generated
	 */
	Integer getMinReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerSpec#getMinReplicas <em>Min Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Replicas</em>' attribute.
	 * @see #getMinReplicas()
	 * @generated
	 */
	void setMinReplicas(Integer value);

	/**
	 * Returns the value of the '<em><b>Scale Target Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale Target Ref</em>' containment reference.
	 * @see #setScaleTargetRef(CrossVersionObjectReference)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getHorizontalPodAutoscalerSpec_ScaleTargetRef()
	 * @generated
	 */
	CrossVersionObjectReference getScaleTargetRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerSpec#getScaleTargetRef <em>Scale Target Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale Target Ref</em>' containment reference.
	 * @see #getScaleTargetRef()
	 * @generated
	 */
	void setScaleTargetRef(CrossVersionObjectReference value);

} // HorizontalPodAutoscalerSpec
