/**
 */
package io.pilothouse.model.k8s.autoscaling.v2;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resource Metric Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.ResourceMetricStatus#getCurrent <em>Current</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.ResourceMetricStatus#getName <em>Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getResourceMetricStatus()
 * @generated
 */
public interface ResourceMetricStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Current</em>' containment reference.
	 * @see #setCurrent(MetricValueStatus)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getResourceMetricStatus_Current()
	 * @generated
	 */
	MetricValueStatus getCurrent();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.ResourceMetricStatus#getCurrent <em>Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current</em>' containment reference.
	 * @see #getCurrent()
	 * @generated
	 */
	void setCurrent(MetricValueStatus value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getResourceMetricStatus_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.ResourceMetricStatus#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

} // ResourceMetricStatus
