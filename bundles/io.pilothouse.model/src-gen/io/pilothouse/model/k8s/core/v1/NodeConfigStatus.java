/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Config Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeConfigStatus#getActive <em>Active</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeConfigStatus#getAssigned <em>Assigned</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeConfigStatus#getError <em>Error</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeConfigStatus#getLastKnownGood <em>Last Known Good</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeConfigStatus()
 * @generated
 */
public interface NodeConfigStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Active</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active</em>' containment reference.
	 * @see #setActive(NodeConfigSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeConfigStatus_Active()
	 * @generated
	 */
	NodeConfigSource getActive();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeConfigStatus#getActive <em>Active</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active</em>' containment reference.
	 * @see #getActive()
	 * @generated
	 */
	void setActive(NodeConfigSource value);

	/**
	 * Returns the value of the '<em><b>Assigned</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assigned</em>' containment reference.
	 * @see #setAssigned(NodeConfigSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeConfigStatus_Assigned()
	 * @generated
	 */
	NodeConfigSource getAssigned();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeConfigStatus#getAssigned <em>Assigned</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assigned</em>' containment reference.
	 * @see #getAssigned()
	 * @generated
	 */
	void setAssigned(NodeConfigSource value);

	/**
	 * Returns the value of the '<em><b>Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Error</em>' attribute.
	 * @see #setError(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeConfigStatus_Error()
	 * @generated
	 */
	String getError();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeConfigStatus#getError <em>Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error</em>' attribute.
	 * @see #getError()
	 * @generated
	 */
	void setError(String value);

	/**
	 * Returns the value of the '<em><b>Last Known Good</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Known Good</em>' containment reference.
	 * @see #setLastKnownGood(NodeConfigSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeConfigStatus_LastKnownGood()
	 * @generated
	 */
	NodeConfigSource getLastKnownGood();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeConfigStatus#getLastKnownGood <em>Last Known Good</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Known Good</em>' containment reference.
	 * @see #getLastKnownGood()
	 * @generated
	 */
	void setLastKnownGood(NodeConfigSource value);

} // NodeConfigStatus
