/**
 */
package io.pilothouse.model.k8s.resource.v1beta2;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device Counter Consumption</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.DeviceCounterConsumption#getCounterSet <em>Counter Set</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.DeviceCounterConsumption#getCounters <em>Counters</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package#getDeviceCounterConsumption()
 * @generated
 */
public interface DeviceCounterConsumption extends EObject {
	/**
	 * Returns the value of the '<em><b>Counter Set</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Counter Set</em>' attribute.
	 * @see #setCounterSet(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package#getDeviceCounterConsumption_CounterSet()
	 * @generated
	 */
	String getCounterSet();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta2.DeviceCounterConsumption#getCounterSet <em>Counter Set</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Counter Set</em>' attribute.
	 * @see #getCounterSet()
	 * @generated
	 */
	void setCounterSet(String value);

	/**
	 * Returns the value of the '<em><b>Counters</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.k8s.resource.v1beta2.Counter},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Counters</em>' map.
	 * @see io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package#getDeviceCounterConsumption_Counters()
	 * @generated
	 */
	EMap<String, Counter> getCounters();

} // DeviceCounterConsumption
