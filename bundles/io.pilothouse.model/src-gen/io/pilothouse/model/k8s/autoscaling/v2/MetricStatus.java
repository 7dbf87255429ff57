/**
 */
package io.pilothouse.model.k8s.autoscaling.v2;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Metric Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.MetricStatus#getContainerResource <em>Container Resource</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.MetricStatus#getExternal <em>External</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.MetricStatus#getObject <em>Object</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.MetricStatus#getPods <em>Pods</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.MetricStatus#getResource <em>Resource</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.MetricStatus#getType <em>Type</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getMetricStatus()
 * @generated
 */
public interface MetricStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Container Resource</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Container Resource</em>' containment reference.
	 * @see #setContainerResource(ContainerResourceMetricStatus)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getMetricStatus_ContainerResource()
	 * @generated
	 */
	ContainerResourceMetricStatus getContainerResource();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricStatus#getContainerResource <em>Container Resource</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Container Resource</em>' containment reference.
	 * @see #getContainerResource()
	 * @generated
	 */
	void setContainerResource(ContainerResourceMetricStatus value);

	/**
	 * Returns the value of the '<em><b>External</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>External</em>' containment reference.
	 * @see #setExternal(ExternalMetricStatus)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getMetricStatus_External()
	 * @generated
	 */
	ExternalMetricStatus getExternal();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricStatus#getExternal <em>External</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External</em>' containment reference.
	 * @see #getExternal()
	 * @generated
	 */
	void setExternal(ExternalMetricStatus value);

	/**
	 * Returns the value of the '<em><b>Object</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Object</em>' containment reference.
	 * @see #setObject(ObjectMetricStatus)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getMetricStatus_Object()
	 * @generated
	 */
	ObjectMetricStatus getObject();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricStatus#getObject <em>Object</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Object</em>' containment reference.
	 * @see #getObject()
	 * @generated
	 */
	void setObject(ObjectMetricStatus value);

	/**
	 * Returns the value of the '<em><b>Pods</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pods</em>' containment reference.
	 * @see #setPods(PodsMetricStatus)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getMetricStatus_Pods()
	 * @generated
	 */
	PodsMetricStatus getPods();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricStatus#getPods <em>Pods</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pods</em>' containment reference.
	 * @see #getPods()
	 * @generated
	 */
	void setPods(PodsMetricStatus value);

	/**
	 * Returns the value of the '<em><b>Resource</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource</em>' containment reference.
	 * @see #setResource(ResourceMetricStatus)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getMetricStatus_Resource()
	 * @generated
	 */
	ResourceMetricStatus getResource();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricStatus#getResource <em>Resource</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource</em>' containment reference.
	 * @see #getResource()
	 * @generated
	 */
	void setResource(ResourceMetricStatus value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getMetricStatus_Type()
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricStatus#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

} // MetricStatus
