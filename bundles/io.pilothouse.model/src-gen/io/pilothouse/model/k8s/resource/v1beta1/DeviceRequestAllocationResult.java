/**
 */
package io.pilothouse.model.k8s.resource.v1beta1;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device Request Allocation Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getAdminAccess <em>Admin Access</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getBindingConditions <em>Binding Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getBindingFailureConditions <em>Binding Failure Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getConsumedCapacity <em>Consumed Capacity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getDevice <em>Device</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getDriver <em>Driver</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getPool <em>Pool</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getRequest <em>Request</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getShareID <em>Share ID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getTolerations <em>Tolerations</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceRequestAllocationResult()
 * @generated
 */
public interface DeviceRequestAllocationResult extends EObject {
	/**
	 * Returns the value of the '<em><b>Admin Access</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Admin Access</em>' attribute.
	 * @see #setAdminAccess(Boolean)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceRequestAllocationResult_AdminAccess()
	 * @generated
	 */
	Boolean getAdminAccess();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getAdminAccess <em>Admin Access</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Admin Access</em>' attribute.
	 * @see #getAdminAccess()
	 * @generated
	 */
	void setAdminAccess(Boolean value);

	/**
	 * Returns the value of the '<em><b>Binding Conditions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Binding Conditions</em>' attribute list.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceRequestAllocationResult_BindingConditions()
	 * @generated
	 */
	EList<String> getBindingConditions();

	/**
	 * Returns the value of the '<em><b>Binding Failure Conditions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Binding Failure Conditions</em>' attribute list.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceRequestAllocationResult_BindingFailureConditions()
	 * @generated
	 */
	EList<String> getBindingFailureConditions();

	/**
	 * Returns the value of the '<em><b>Consumed Capacity</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.types.Quantity},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consumed Capacity</em>' map.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceRequestAllocationResult_ConsumedCapacity()
	 * @generated
	 */
	EMap<String, Quantity> getConsumedCapacity();

	/**
	 * Returns the value of the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' attribute.
	 * @see #setDevice(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceRequestAllocationResult_Device()
	 * @generated
	 */
	String getDevice();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getDevice <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' attribute.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(String value);

	/**
	 * Returns the value of the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver</em>' attribute.
	 * @see #setDriver(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceRequestAllocationResult_Driver()
	 * @generated
	 */
	String getDriver();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getDriver <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver</em>' attribute.
	 * @see #getDriver()
	 * @generated
	 */
	void setDriver(String value);

	/**
	 * Returns the value of the '<em><b>Pool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pool</em>' attribute.
	 * @see #setPool(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceRequestAllocationResult_Pool()
	 * @generated
	 */
	String getPool();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getPool <em>Pool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pool</em>' attribute.
	 * @see #getPool()
	 * @generated
	 */
	void setPool(String value);

	/**
	 * Returns the value of the '<em><b>Request</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Request</em>' attribute.
	 * @see #setRequest(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceRequestAllocationResult_Request()
	 * @generated
	 */
	String getRequest();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getRequest <em>Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Request</em>' attribute.
	 * @see #getRequest()
	 * @generated
	 */
	void setRequest(String value);

	/**
	 * Returns the value of the '<em><b>Share ID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Share ID</em>' attribute.
	 * @see #setShareID(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceRequestAllocationResult_ShareID()
	 * @generated
	 */
	String getShareID();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult#getShareID <em>Share ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Share ID</em>' attribute.
	 * @see #getShareID()
	 * @generated
	 */
	void setShareID(String value);

	/**
	 * Returns the value of the '<em><b>Tolerations</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.resource.v1beta1.DeviceToleration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tolerations</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceRequestAllocationResult_Tolerations()
	 * @generated
	 */
	EList<DeviceToleration> getTolerations();

} // DeviceRequestAllocationResult
