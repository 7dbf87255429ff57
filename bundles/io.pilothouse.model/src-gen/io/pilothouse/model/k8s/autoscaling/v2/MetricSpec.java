/**
 */
package io.pilothouse.model.k8s.autoscaling.v2;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Metric Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.MetricSpec#getContainerResource <em>Container Resource</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.MetricSpec#getExternal <em>External</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.MetricSpec#getObject <em>Object</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.MetricSpec#getPods <em>Pods</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.MetricSpec#getResource <em>Resource</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.MetricSpec#getType <em>Type</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getMetricSpec()
 * @generated
 */
public interface MetricSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Container Resource</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Container Resource</em>' containment reference.
	 * @see #setContainerResource(ContainerResourceMetricSource)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getMetricSpec_ContainerResource()
	 * @generated
	 */
	ContainerResourceMetricSource getContainerResource();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricSpec#getContainerResource <em>Container Resource</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Container Resource</em>' containment reference.
	 * @see #getContainerResource()
	 * @generated
	 */
	void setContainerResource(ContainerResourceMetricSource value);

	/**
	 * Returns the value of the '<em><b>External</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>External</em>' containment reference.
	 * @see #setExternal(ExternalMetricSource)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getMetricSpec_External()
	 * @generated
	 */
	ExternalMetricSource getExternal();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricSpec#getExternal <em>External</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External</em>' containment reference.
	 * @see #getExternal()
	 * @generated
	 */
	void setExternal(ExternalMetricSource value);

	/**
	 * Returns the value of the '<em><b>Object</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Object</em>' containment reference.
	 * @see #setObject(ObjectMetricSource)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getMetricSpec_Object()
	 * @generated
	 */
	ObjectMetricSource getObject();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricSpec#getObject <em>Object</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Object</em>' containment reference.
	 * @see #getObject()
	 * @generated
	 */
	void setObject(ObjectMetricSource value);

	/**
	 * Returns the value of the '<em><b>Pods</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pods</em>' containment reference.
	 * @see #setPods(PodsMetricSource)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getMetricSpec_Pods()
	 * @generated
	 */
	PodsMetricSource getPods();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricSpec#getPods <em>Pods</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pods</em>' containment reference.
	 * @see #getPods()
	 * @generated
	 */
	void setPods(PodsMetricSource value);

	/**
	 * Returns the value of the '<em><b>Resource</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource</em>' containment reference.
	 * @see #setResource(ResourceMetricSource)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getMetricSpec_Resource()
	 * @generated
	 */
	ResourceMetricSource getResource();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricSpec#getResource <em>Resource</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource</em>' containment reference.
	 * @see #getResource()
	 * @generated
	 */
	void setResource(ResourceMetricSource value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package#getMetricSpec_Type()
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.autoscaling.v2.MetricSpec#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

} // MetricSpec
