/**
 */
package io.pilothouse.model.k8s.autoscaling.v2;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>HPA Scaling Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.HPAScalingPolicy#getPeriodSeconds <em>Period Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.HPAScalingPolicy#getType <em>Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.HPAScalingPolicy#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getHPAScalingPolicy()
 * @generated
 */
public interface HPAScalingPolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Period Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period Seconds</em>' attribute.
	 * @see #setPeriodSeconds(Integer)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getHPAScalingPolicy_PeriodSeconds()
	 * @generated
	 */
	Integer getPeriodSeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.HPAScalingPolicy#getPeriodSeconds <em>Period Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Seconds</em>' attribute.
	 * @see #getPeriodSeconds()
	 * @generated
	 */
	void setPeriodSeconds(Integer value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getHPAScalingPolicy_Type()
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.HPAScalingPolicy#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(Integer)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getHPAScalingPolicy_Value()
	 * @generated
	 */
	Integer getValue();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.HPAScalingPolicy#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(Integer value);

} // HPAScalingPolicy
