/**
 */
package io.pilothouse.model.k8s.autoscaling.v1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.autoscaling.v1.AutoscalingV1Package
 * @generated
 */
public interface AutoscalingV1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AutoscalingV1Factory eINSTANCE = io.pilothouse.model.k8s.autoscaling.v1.impl.AutoscalingV1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Cross Version Object Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cross Version Object Reference</em>'.
	 * @generated
	 */
	CrossVersionObjectReference createCrossVersionObjectReference();

	/**
	 * Returns a new object of class '<em>Horizontal Pod Autoscaler</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Horizontal Pod Autoscaler</em>'.
	 * @generated
	 */
	HorizontalPodAutoscaler createHorizontalPodAutoscaler();

	/**
	 * Returns a new object of class '<em>Horizontal Pod Autoscaler List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Horizontal Pod Autoscaler List</em>'.
	 * @generated
	 */
	HorizontalPodAutoscalerList createHorizontalPodAutoscalerList();

	/**
	 * Returns a new object of class '<em>Horizontal Pod Autoscaler Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Horizontal Pod Autoscaler Spec</em>'.
	 * @generated
	 */
	HorizontalPodAutoscalerSpec createHorizontalPodAutoscalerSpec();

	/**
	 * Returns a new object of class '<em>Horizontal Pod Autoscaler Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Horizontal Pod Autoscaler Status</em>'.
	 * @generated
	 */
	HorizontalPodAutoscalerStatus createHorizontalPodAutoscalerStatus();

	/**
	 * Returns a new object of class '<em>Scale</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scale</em>'.
	 * @generated
	 */
	Scale createScale();

	/**
	 * Returns a new object of class '<em>Scale Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scale Spec</em>'.
	 * @generated
	 */
	ScaleSpec createScaleSpec();

	/**
	 * Returns a new object of class '<em>Scale Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scale Status</em>'.
	 * @generated
	 */
	ScaleStatus createScaleStatus();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	AutoscalingV1Package getAutoscalingV1Package();

} //AutoscalingV1Factory
