/**
 */
package io.pilothouse.model.k8s.autoscaling.v2;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Object Metric Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricSource#getDescribedObject <em>Described Object</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricSource#getMetric <em>Metric</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricSource#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getObjectMetricSource()
 * @generated
 */
public interface ObjectMetricSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Described Object</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Described Object</em>' containment reference.
	 * @see #setDescribedObject(CrossVersionObjectReference)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getObjectMetricSource_DescribedObject()
	 * @generated
	 */
	CrossVersionObjectReference getDescribedObject();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricSource#getDescribedObject <em>Described Object</em>}' containment reference.
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
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getObjectMetricSource_Metric()
	 * @generated
	 */
	MetricIdentifier getMetric();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricSource#getMetric <em>Metric</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' containment reference.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(MetricIdentifier value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' containment reference.
	 * @see #setTarget(MetricTarget)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getObjectMetricSource_Target()
	 * @generated
	 */
	MetricTarget getTarget();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricSource#getTarget <em>Target</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' containment reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(MetricTarget value);

} // ObjectMetricSource
