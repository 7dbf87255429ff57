/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.types.MicroTime;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Event Series</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.EventSeries#getCount <em>Count</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.EventSeries#getLastObservedTime <em>Last Observed Time</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEventSeries()
 * @generated
 */
public interface EventSeries extends EObject {
	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEventSeries_Count()
	 * @generated
	 */
	Integer getCount();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.EventSeries#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(Integer value);

	/**
	 * Returns the value of the '<em><b>Last Observed Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Observed Time</em>' attribute.
	 * @see #setLastObservedTime(MicroTime)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEventSeries_LastObservedTime()
	 * @generated
	 */
	MicroTime getLastObservedTime();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.EventSeries#getLastObservedTime <em>Last Observed Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Observed Time</em>' attribute.
	 * @see #getLastObservedTime()
	 * @generated
	 */
	void setLastObservedTime(MicroTime value);

} // EventSeries
