/**
 */
package io.pilothouse.model.k8s.autoscaling.v2;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container Resource Metric Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.ContainerResourceMetricStatus#getContainer <em>Container</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.ContainerResourceMetricStatus#getCurrent <em>Current</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.ContainerResourceMetricStatus#getName <em>Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getContainerResourceMetricStatus()
 * @generated
 */
public interface ContainerResourceMetricStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Container</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Container</em>' attribute.
	 * @see #setContainer(String)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getContainerResourceMetricStatus_Container()
	 * @generated
	 */
	String getContainer();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.ContainerResourceMetricStatus#getContainer <em>Container</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Container</em>' attribute.
	 * @see #getContainer()
	 * @generated
	 */
	void setContainer(String value);

	/**
	 * Returns the value of the '<em><b>Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Current</em>' containment reference.
	 * @see #setCurrent(MetricValueStatus)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getContainerResourceMetricStatus_Current()
	 * @generated
	 */
	MetricValueStatus getCurrent();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.ContainerResourceMetricStatus#getCurrent <em>Current</em>}' containment reference.
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
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getContainerResourceMetricStatus_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.ContainerResourceMetricStatus#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

} // ContainerResourceMetricStatus
