/**
 */
package io.pilothouse.model.k8s.autoscaling.v2;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Object Metric Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricStatus#getCurrent <em>Current</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricStatus#getDescribedObject <em>Described Object</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricStatus#getMetric <em>Metric</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getObjectMetricStatus()
 * @generated
 */
public interface ObjectMetricStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Current</em>' containment reference.
	 * @see #setCurrent(MetricValueStatus)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getObjectMetricStatus_Current()
	 * @generated
	 */
	MetricValueStatus getCurrent();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricStatus#getCurrent <em>Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current</em>' containment reference.
	 * @see #getCurrent()
	 * @generated
	 */
	void setCurrent(MetricValueStatus value);

	/**
	 * Returns the value of the '<em><b>Described Object</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Described Object</em>' containment reference.
	 * @see #setDescribedObject(CrossVersionObjectReference)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getObjectMetricStatus_DescribedObject()
	 * @generated
	 */
	CrossVersionObjectReference getDescribedObject();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricStatus#getDescribedObject <em>Described Object</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Described Object</em>' containment reference.
	 * @see #getDescribedObject()
	 * @generated
	 */
	void setDescribedObject(CrossVersionObjectReference value);

	/**
	 * Returns the value of the '<em><b>Metric</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric</em>' containment reference.
	 * @see #setMetric(MetricIdentifier)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getObjectMetricStatus_Metric()
	 * @generated
	 */
	MetricIdentifier getMetric();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricStatus#getMetric <em>Metric</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' containment reference.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(MetricIdentifier value);

} // ObjectMetricStatus
