/**
 */
package io.pilothouse.model.k8s.resource.v1;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Opaque Device Configuration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.OpaqueDeviceConfiguration#getDriver <em>Driver</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.OpaqueDeviceConfiguration#getParameters <em>Parameters</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getOpaqueDeviceConfiguration()
 * @generated
 */
public interface OpaqueDeviceConfiguration extends EObject {
	/**
	 * Returns the value of the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver</em>' attribute.
	 * @see #setDriver(String)
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getOpaqueDeviceConfiguration_Driver()
	 * @generated
	 */
	String getDriver();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1.OpaqueDeviceConfiguration#getDriver <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver</em>' attribute.
	 * @see #getDriver()
	 * @generated
	 */
	void setDriver(String value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' attribute.
	 * @see #setParameters(JsonNode)
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getOpaqueDeviceConfiguration_Parameters()
	 * @generated
	 */
	JsonNode getParameters();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1.OpaqueDeviceConfiguration#getParameters <em>Parameters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameters</em>' attribute.
	 * @see #getParameters()
	 * @generated
	 */
	void setParameters(JsonNode value);

} // OpaqueDeviceConfiguration
