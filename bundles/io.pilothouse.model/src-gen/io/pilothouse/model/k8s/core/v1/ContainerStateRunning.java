/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.types.Time;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container State Running</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerStateRunning#getStartedAt <em>Started At</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStateRunning()
 * @generated
 */
public interface ContainerStateRunning extends EObject {
	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(Time)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerStateRunning_StartedAt()
	 * @generated
	 */
	Time getStartedAt();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerStateRunning#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(Time value);

} // ContainerStateRunning
