/**
 */
package io.pilothouse.model.k8s.resource.v1alpha3;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pool Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getAllocatedDevices <em>Allocated Devices</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getAvailableDevices <em>Available Devices</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getDriver <em>Driver</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getGeneration <em>Generation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getNodeName <em>Node Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getPoolName <em>Pool Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getResourceSliceCount <em>Resource Slice Count</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getTotalDevices <em>Total Devices</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getUnavailableDevices <em>Unavailable Devices</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getValidationError <em>Validation Error</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package#getPoolStatus()
 * @generated
 */
public interface PoolStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Allocated Devices</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allocated Devices</em>' attribute.
	 * @see #setAllocatedDevices(Integer)
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package#getPoolStatus_AllocatedDevices()
	 * @generated
	 */
	Integer getAllocatedDevices();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getAllocatedDevices <em>Allocated Devices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allocated Devices</em>' attribute.
	 * @see #getAllocatedDevices()
	 * @generated
	 */
	void setAllocatedDevices(Integer value);

	/**
	 * Returns the value of the '<em><b>Available Devices</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Available Devices</em>' attribute.
	 * @see #setAvailableDevices(Integer)
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package#getPoolStatus_AvailableDevices()
	 * @generated
	 */
	Integer getAvailableDevices();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getAvailableDevices <em>Available Devices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Available Devices</em>' attribute.
	 * @see #getAvailableDevices()
	 * @generated
	 */
	void setAvailableDevices(Integer value);

	/**
	 * Returns the value of the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver</em>' attribute.
	 * @see #setDriver(String)
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package#getPoolStatus_Driver()
	 * @generated
	 */
	String getDriver();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getDriver <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver</em>' attribute.
	 * @see #getDriver()
	 * @generated
	 */
	void setDriver(String value);

	/**
	 * Returns the value of the '<em><b>Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Generation</em>' attribute.
	 * @see #setGeneration(Long)
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package#getPoolStatus_Generation()
	 * @generated
	 */
	Long getGeneration();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getGeneration <em>Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Generation</em>' attribute.
	 * @see #getGeneration()
	 * @generated
	 */
	void setGeneration(Long value);

	/**
	 * Returns the value of the '<em><b>Node Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Name</em>' attribute.
	 * @see #setNodeName(String)
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package#getPoolStatus_NodeName()
	 * @generated
	 */
	String getNodeName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getNodeName <em>Node Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Name</em>' attribute.
	 * @see #getNodeName()
	 * @generated
	 */
	void setNodeName(String value);

	/**
	 * Returns the value of the '<em><b>Pool Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pool Name</em>' attribute.
	 * @see #setPoolName(String)
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package#getPoolStatus_PoolName()
	 * @generated
	 */
	String getPoolName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getPoolName <em>Pool Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pool Name</em>' attribute.
	 * @see #getPoolName()
	 * @generated
	 */
	void setPoolName(String value);

	/**
	 * Returns the value of the '<em><b>Resource Slice Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Slice Count</em>' attribute.
	 * @see #setResourceSliceCount(Integer)
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package#getPoolStatus_ResourceSliceCount()
	 * @generated
	 */
	Integer getResourceSliceCount();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getResourceSliceCount <em>Resource Slice Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Slice Count</em>' attribute.
	 * @see #getResourceSliceCount()
	 * @generated
	 */
	void setResourceSliceCount(Integer value);

	/**
	 * Returns the value of the '<em><b>Total Devices</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Total Devices</em>' attribute.
	 * @see #setTotalDevices(Integer)
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package#getPoolStatus_TotalDevices()
	 * @generated
	 */
	Integer getTotalDevices();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getTotalDevices <em>Total Devices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total Devices</em>' attribute.
	 * @see #getTotalDevices()
	 * @generated
	 */
	void setTotalDevices(Integer value);

	/**
	 * Returns the value of the '<em><b>Unavailable Devices</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unavailable Devices</em>' attribute.
	 * @see #setUnavailableDevices(Integer)
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package#getPoolStatus_UnavailableDevices()
	 * @generated
	 */
	Integer getUnavailableDevices();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getUnavailableDevices <em>Unavailable Devices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unavailable Devices</em>' attribute.
	 * @see #getUnavailableDevices()
	 * @generated
	 */
	void setUnavailableDevices(Integer value);

	/**
	 * Returns the value of the '<em><b>Validation Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Validation Error</em>' attribute.
	 * @see #setValidationError(String)
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package#getPoolStatus_ValidationError()
	 * @generated
	 */
	String getValidationError();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus#getValidationError <em>Validation Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Validation Error</em>' attribute.
	 * @see #getValidationError()
	 * @generated
	 */
	void setValidationError(String value);

} // PoolStatus
