/**
 */
package io.pilothouse.model.k8s.resource.v1beta2;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Counter Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.CounterSet#getCounters <em>Counters</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.CounterSet#getName <em>Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package#getCounterSet()
 * @generated
 */
public interface CounterSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Counters</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.k8s.resource.v1beta2.Counter},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Counters</em>' map.
	 * @see io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package#getCounterSet_Counters()
	 * @generated
	 */
	EMap<String, Counter> getCounters();

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package#getCounterSet_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta2.CounterSet#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

} // CounterSet
