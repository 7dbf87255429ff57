/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.types.Time;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container State Terminated</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerStateTerminated#getContainerID <em>Container ID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerStateTerminated#getExitCode <em>Exit Code</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerStateTerminated#getFinishedAt <em>Finished At</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerStateTerminated#getMessage <em>Message</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerStateTerminated#getReason <em>Reason</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerStateTerminated#getSignal <em>Signal</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerStateTerminated#getStartedAt <em>Started At</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStateTerminated()
 * @generated
 */
public interface ContainerStateTerminated extends EObject {
	/**
	 * Returns the value of the '<em><b>Container ID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Container ID</em>' attribute.
	 * @see #setContainerID(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStateTerminated_ContainerID()
	 * @generated
	 */
	String getContainerID();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerStateTerminated#getContainerID <em>Container ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Container ID</em>' attribute.
	 * @see #getContainerID()
	 * @generated
	 */
	void setContainerID(String value);

	/**
	 * Returns the value of the '<em><b>Exit Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exit Code</em>' attribute.
	 * @see #setExitCode(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStateTerminated_ExitCode()
	 * @generated
	 */
	Integer getExitCode();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerStateTerminated#getExitCode <em>Exit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exit Code</em>' attribute.
	 * @see #getExitCode()
	 * @generated
	 */
	void setExitCode(Integer value);

	/**
	 * Returns the value of the '<em><b>Finished At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Finished At</em>' attribute.
	 * @see #setFinishedAt(Time)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStateTerminated_FinishedAt()
	 * @generated
	 */
	Time getFinishedAt();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerStateTerminated#getFinishedAt <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finished At</em>' attribute.
	 * @see #getFinishedAt()
	 * @generated
	 */
	void setFinishedAt(Time value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStateTerminated_Message()
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerStateTerminated#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStateTerminated_Reason()
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerStateTerminated#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Signal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signal</em>' attribute.
	 * @see #setSignal(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStateTerminated_Signal()
	 * @generated
	 */
	Integer getSignal();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerStateTerminated#getSignal <em>Signal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signal</em>' attribute.
	 * @see #getSignal()
	 * @generated
	 */
	void setSignal(Integer value);

	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(Time)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStateTerminated_StartedAt()
	 * @generated
	 */
	Time getStartedAt();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerStateTerminated#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(Time value);

} // ContainerStateTerminated
