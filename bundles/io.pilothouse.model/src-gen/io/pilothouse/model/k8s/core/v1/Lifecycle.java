/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lifecycle</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Lifecycle#getPostStart <em>Post Start</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Lifecycle#getPreStop <em>Pre Stop</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Lifecycle#getStopSignal <em>Stop Signal</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLifecycle()
 * @generated
 */
public interface Lifecycle extends EObject {
	/**
	 * Returns the value of the '<em><b>Post Start</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Post Start</em>' containment reference.
	 * @see #setPostStart(LifecycleHandler)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLifecycle_PostStart()
	 * @generated
	 */
	LifecycleHandler getPostStart();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Lifecycle#getPostStart <em>Post Start</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Post Start</em>' containment reference.
	 * @see #getPostStart()
	 * @generated
	 */
	void setPostStart(LifecycleHandler value);

	/**
	 * Returns the value of the '<em><b>Pre Stop</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pre Stop</em>' containment reference.
	 * @see #setPreStop(LifecycleHandler)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLifecycle_PreStop()
	 * @generated
	 */
	LifecycleHandler getPreStop();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Lifecycle#getPreStop <em>Pre Stop</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pre Stop</em>' containment reference.
	 * @see #getPreStop()
	 * @generated
	 */
	void setPreStop(LifecycleHandler value);

	/**
	 * Returns the value of the '<em><b>Stop Signal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stop Signal</em>' attribute.
	 * @see #setStopSignal(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLifecycle_StopSignal()
	 * @generated
	 */
	String getStopSignal();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Lifecycle#getStopSignal <em>Stop Signal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stop Signal</em>' attribute.
	 * @see #getStopSignal()
	 * @generated
	 */
	void setStopSignal(String value);

} // Lifecycle
