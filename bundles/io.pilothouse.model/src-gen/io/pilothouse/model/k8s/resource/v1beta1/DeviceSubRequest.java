/**
 */
package io.pilothouse.model.k8s.resource.v1beta1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device Sub Request</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest#getAllocationMode <em>Allocation Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest#getCount <em>Count</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest#getDeviceClassName <em>Device Class Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest#getSelectors <em>Selectors</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest#getTolerations <em>Tolerations</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceSubRequest()
 * @generated
 */
public interface DeviceSubRequest extends EObject {
	/**
	 * Returns the value of the '<em><b>Allocation Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allocation Mode</em>' attribute.
	 * @see #setAllocationMode(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceSubRequest_AllocationMode()
	 * @generated
	 */
	String getAllocationMode();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest#getAllocationMode <em>Allocation Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allocation Mode</em>' attribute.
	 * @see #getAllocationMode()
	 * @generated
	 */
	void setAllocationMode(String value);

	/**
	 * Returns the value of the '<em><b>Capacity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capacity</em>' containment reference.
	 * @see #setCapacity(CapacityRequirements)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceSubRequest_Capacity()
	 * @generated
	 */
	CapacityRequirements getCapacity();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest#getCapacity <em>Capacity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity</em>' containment reference.
	 * @see #getCapacity()
	 * @generated
	 */
	void setCapacity(CapacityRequirements value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(Long)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceSubRequest_Count()
	 * @generated
	 */
	Long getCount();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(Long value);

	/**
	 * Returns the value of the '<em><b>Device Class Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device Class Name</em>' attribute.
	 * @see #setDeviceClassName(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceSubRequest_DeviceClassName()
	 * @generated
	 */
	String getDeviceClassName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest#getDeviceClassName <em>Device Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Class Name</em>' attribute.
	 * @see #getDeviceClassName()
	 * @generated
	 */
	void setDeviceClassName(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceSubRequest_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceSubRequest#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Selectors</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.resource.v1beta1.DeviceSelector}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Selectors</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceSubRequest_Selectors()
	 * @generated
	 */
	EList<DeviceSelector> getSelectors();

	/**
	 * Returns the value of the '<em><b>Tolerations</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.resource.v1beta1.DeviceToleration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tolerations</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceSubRequest_Tolerations()
	 * @generated
	 */
	EList<DeviceToleration> getTolerations();

} // DeviceSubRequest
