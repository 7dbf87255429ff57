/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerState#getRunning <em>Running</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerState#getTerminated <em>Terminated</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerState#getWaiting <em>Waiting</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerState()
 * @generated
 */
public interface ContainerState extends EObject {
	/**
	 * Returns the value of the '<em><b>Running</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Running</em>' containment reference.
	 * @see #setRunning(ContainerStateRunning)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerState_Running()
	 * @generated
	 */
	ContainerStateRunning getRunning();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerState#getRunning <em>Running</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Running</em>' containment reference.
	 * @see #getRunning()
	 * @generated
	 */
	void setRunning(ContainerStateRunning value);

	/**
	 * Returns the value of the '<em><b>Terminated</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Terminated</em>' containment reference.
	 * @see #setTerminated(ContainerStateTerminated)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerState_Terminated()
	 * @generated
	 */
	ContainerStateTerminated getTerminated();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerState#getTerminated <em>Terminated</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Terminated</em>' containment reference.
	 * @see #getTerminated()
	 * @generated
	 */
	void setTerminated(ContainerStateTerminated value);

	/**
	 * Returns the value of the '<em><b>Waiting</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Waiting</em>' containment reference.
	 * @see #setWaiting(ContainerStateWaiting)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerState_Waiting()
	 * @generated
	 */
	ContainerStateWaiting getWaiting();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerState#getWaiting <em>Waiting</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Waiting</em>' containment reference.
	 * @see #getWaiting()
	 * @generated
	 */
	void setWaiting(ContainerStateWaiting value);

} // ContainerState
