/**
 */
package io.pilothouse.model.k8s.resource.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device Allocation Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.DeviceAllocationResult#getConfig <em>Config</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.DeviceAllocationResult#getResults <em>Results</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDeviceAllocationResult()
 * @generated
 */
public interface DeviceAllocationResult extends EObject {
	/**
	 * Returns the value of the '<em><b>Config</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.resource.v1.DeviceAllocationConfiguration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Config</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDeviceAllocationResult_Config()
	 * @generated
	 */
	EList<DeviceAllocationConfiguration> getConfig();

	/**
	 * Returns the value of the '<em><b>Results</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.resource.v1.DeviceRequestAllocationResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Results</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getDeviceAllocationResult_Results()
	 * @generated
	 */
	EList<DeviceRequestAllocationResult> getResults();

} // DeviceAllocationResult
