/**
 */
package io.pilothouse.model.k8s.resource.v1beta1;

import com.fasterxml.jackson.databind.JsonNode;

import io.pilothouse.model.k8s.meta.v1.Condition;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Allocated Device Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getData <em>Data</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getDevice <em>Device</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getDriver <em>Driver</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getNetworkData <em>Network Data</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getPool <em>Pool</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getShareID <em>Share ID</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getAllocatedDeviceStatus()
 * @generated
 */
public interface AllocatedDeviceStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.meta.v1.Condition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getAllocatedDeviceStatus_Conditions()
	 * @generated
	 */
	EList<Condition> getConditions();

	/**
	 * Returns the value of the '<em><b>Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data</em>' attribute.
	 * @see #setData(JsonNode)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getAllocatedDeviceStatus_Data()
	 * @generated
	 */
	JsonNode getData();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getData <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data</em>' attribute.
	 * @see #getData()
	 * @generated
	 */
	void setData(JsonNode value);

	/**
	 * Returns the value of the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' attribute.
	 * @see #setDevice(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getAllocatedDeviceStatus_Device()
	 * @generated
	 */
	String getDevice();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getDevice <em>Device</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getAllocatedDeviceStatus_Driver()
	 * @generated
	 */
	String getDriver();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getDriver <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver</em>' attribute.
	 * @see #getDriver()
	 * @generated
	 */
	void setDriver(String value);

	/**
	 * Returns the value of the '<em><b>Network Data</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Network Data</em>' containment reference.
	 * @see #setNetworkData(NetworkDeviceData)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getAllocatedDeviceStatus_NetworkData()
	 * @generated
	 */
	NetworkDeviceData getNetworkData();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getNetworkData <em>Network Data</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network Data</em>' containment reference.
	 * @see #getNetworkData()
	 * @generated
	 */
	void setNetworkData(NetworkDeviceData value);

	/**
	 * Returns the value of the '<em><b>Pool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pool</em>' attribute.
	 * @see #setPool(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getAllocatedDeviceStatus_Pool()
	 * @generated
	 */
	String getPool();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getPool <em>Pool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pool</em>' attribute.
	 * @see #getPool()
	 * @generated
	 */
	void setPool(String value);

	/**
	 * Returns the value of the '<em><b>Share ID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Share ID</em>' attribute.
	 * @see #setShareID(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getAllocatedDeviceStatus_ShareID()
	 * @generated
	 */
	String getShareID();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.AllocatedDeviceStatus#getShareID <em>Share ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Share ID</em>' attribute.
	 * @see #getShareID()
	 * @generated
	 */
	void setShareID(String value);

} // AllocatedDeviceStatus
