/**
 */
package io.pilothouse.model.k8s.autoscaling.v2;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pods Metric Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.PodsMetricStatus#getCurrent <em>Current</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.PodsMetricStatus#getMetric <em>Metric</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getPodsMetricStatus()
 * @generated
 */
public interface PodsMetricStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Current</em>' containment reference.
	 * @see #setCurrent(MetricValueStatus)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getPodsMetricStatus_Current()
	 * @generated
	 */
	MetricValueStatus getCurrent();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.PodsMetricStatus#getCurrent <em>Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current</em>' containment reference.
	 * @see #getCurrent()
	 * @generated
	 */
	void setCurrent(MetricValueStatus value);

	/**
	 * Returns the value of the '<em><b>Metric</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric</em>' containment reference.
	 * @see #setMetric(MetricIdentifier)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getPodsMetricStatus_Metric()
	 * @generated
	 */
	MetricIdentifier getMetric();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.PodsMetricStatus#getMetric <em>Metric</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' containment reference.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(MetricIdentifier value);

} // PodsMetricStatus
