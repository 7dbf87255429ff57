/**
 */
package io.pilothouse.model.k8s.resource.v1beta2;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device Selector</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.DeviceSelector#getCel <em>Cel</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package#getDeviceSelector()
 * @generated
 */
public interface DeviceSelector extends EObject {
	/**
	 * Returns the value of the '<em><b>Cel</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cel</em>' containment reference.
	 * @see #setCel(CELDeviceSelector)
	 * @see io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package#getDeviceSelector_Cel()
	 * @generated
	 */
	CELDeviceSelector getCel();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta2.DeviceSelector#getCel <em>Cel</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cel</em>' containment reference.
	 * @see #getCel()
	 * @generated
	 */
	void setCel(CELDeviceSelector value);

} // DeviceSelector
