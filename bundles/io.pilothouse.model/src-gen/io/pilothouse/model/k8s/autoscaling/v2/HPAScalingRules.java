/**
 */
package io.pilothouse.model.k8s.autoscaling.v2;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>HPA Scaling Rules</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.HPAScalingRules#getPolicies <em>Policies</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.HPAScalingRules#getSelectPolicy <em>Select Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.HPAScalingRules#getStabilizationWindowSeconds <em>Stabilization Window Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.HPAScalingRules#getTolerance <em>Tolerance</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getHPAScalingRules()
 * @generated
 */
public interface HPAScalingRules extends EObject {
	/**
	 * Returns the value of the '<em><b>Policies</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.autoscaling.v2.HPAScalingPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Policies</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getHPAScalingRules_Policies()
	 * @generated
	 */
	EList<HPAScalingPolicy> getPolicies();

	/**
	 * Returns the value of the '<em><b>Select Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Select Policy</em>' attribute.
	 * @see #setSelectPolicy(String)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getHPAScalingRules_SelectPolicy()
	 * @generated
	 */
	String getSelectPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.HPAScalingRules#getSelectPolicy <em>Select Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Select Policy</em>' attribute.
	 * @see #getSelectPolicy()
	 * @generated
	 */
	void setSelectPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Stabilization Window Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stabilization Window Seconds</em>' attribute.
	 * @see #setStabilizationWindowSeconds(Integer)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getHPAScalingRules_StabilizationWindowSeconds()
	 * @generated
	 */
	Integer getStabilizationWindowSeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.HPAScalingRules#getStabilizationWindowSeconds <em>Stabilization Window Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stabilization Window Seconds</em>' attribute.
	 * @see #getStabilizationWindowSeconds()
	 * @generated
	 */
	void setStabilizationWindowSeconds(Integer value);

	/**
	 * Returns the value of the '<em><b>Tolerance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tolerance</em>' attribute.
	 * @see #setTolerance(Quantity)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getHPAScalingRules_Tolerance()
	 * @generated
	 */
	Quantity getTolerance();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.HPAScalingRules#getTolerance <em>Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tolerance</em>' attribute.
	 * @see #getTolerance()
	 * @generated
	 */
	void setTolerance(Quantity value);

} // HPAScalingRules
