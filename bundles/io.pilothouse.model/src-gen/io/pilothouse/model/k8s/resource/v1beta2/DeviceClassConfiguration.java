/**
 */
package io.pilothouse.model.k8s.resource.v1beta2;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device Class Configuration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.DeviceClassConfiguration#getOpaque <em>Opaque</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package#getDeviceClassConfiguration()
 * @generated
 */
public interface DeviceClassConfiguration extends EObject {
	/**
	 * Returns the value of the '<em><b>Opaque</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Opaque</em>' containment reference.
	 * @see #setOpaque(OpaqueDeviceConfiguration)
	 * @see io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package#getDeviceClassConfiguration_Opaque()
	 * @generated
	 */
	OpaqueDeviceConfiguration getOpaque();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta2.DeviceClassConfiguration#getOpaque <em>Opaque</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opaque</em>' containment reference.
	 * @see #getOpaque()
	 * @generated
	 */
	void setOpaque(OpaqueDeviceConfiguration value);

} // DeviceClassConfiguration
