/**
 */
package io.pilothouse.model.k8s.autoscaling.v2;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Metric Value Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.MetricValueStatus#getAverageUtilization <em>Average Utilization</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.MetricValueStatus#getAverageValue <em>Average Value</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.MetricValueStatus#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getMetricValueStatus()
 * @generated
 */
public interface MetricValueStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Average Utilization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Average Utilization</em>' attribute.
	 * @see #setAverageUtilization(Integer)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getMetricValueStatus_AverageUtilization()
	 * @generated
	 */
	Integer getAverageUtilization();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricValueStatus#getAverageUtilization <em>Average Utilization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Average Utilization</em>' attribute.
	 * @see #getAverageUtilization()
	 * @generated
	 */
	void setAverageUtilization(Integer value);

	/**
	 * Returns the value of the '<em><b>Average Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Average Value</em>' attribute.
	 * @see #setAverageValue(Quantity)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getMetricValueStatus_AverageValue()
	 * @generated
	 */
	Quantity getAverageValue();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricValueStatus#getAverageValue <em>Average Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Average Value</em>' attribute.
	 * @see #getAverageValue()
	 * @generated
	 */
	void setAverageValue(Quantity value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(Quantity)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getMetricValueStatus_Value()
	 * @generated
	 */
	Quantity getValue();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricValueStatus#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(Quantity value);

} // MetricValueStatus
