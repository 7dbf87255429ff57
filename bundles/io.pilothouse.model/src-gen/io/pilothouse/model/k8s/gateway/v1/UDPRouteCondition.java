/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import io.pilothouse.model.types.Time;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>UDP Route Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.UDPRouteCondition#getLastTransitionTime <em>Last Transition Time</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.UDPRouteCondition#getMessage <em>Message</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.UDPRouteCondition#getObservedGeneration <em>Observed Generation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.UDPRouteCondition#getReason <em>Reason</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.UDPRouteCondition#getStatus <em>Status</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.UDPRouteCondition#getType <em>Type</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getUDPRouteCondition()
 * @generated
 */
public interface UDPRouteCondition extends EObject {
	/**
	 * Returns the value of the '<em><b>Last Transition Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Transition Time</em>' attribute.
	 * @see #setLastTransitionTime(Time)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getUDPRouteCondition_LastTransitionTime()
	 * @generated
	 */
	Time getLastTransitionTime();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.UDPRouteCondition#getLastTransitionTime <em>Last Transition Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Transition Time</em>' attribute.
	 * @see #getLastTransitionTime()
	 * @generated
	 */
	void setLastTransitionTime(Time value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getUDPRouteCondition_Message()
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.UDPRouteCondition#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observed Generation</em>' attribute.
	 * @see #setObservedGeneration(Long)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getUDPRouteCondition_ObservedGeneration()
	 * @generated
	 */
	Long getObservedGeneration();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.UDPRouteCondition#getObservedGeneration <em>Observed Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observed Generation</em>' attribute.
	 * @see #getObservedGeneration()
	 * @generated
	 */
	void setObservedGeneration(Long value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getUDPRouteCondition_Reason()
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.UDPRouteCondition#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see #setStatus(String)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getUDPRouteCondition_Status()
	 * @generated
	 */
	String getStatus();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.UDPRouteCondition#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getUDPRouteCondition_Type()
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.UDPRouteCondition#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

} // UDPRouteCondition
