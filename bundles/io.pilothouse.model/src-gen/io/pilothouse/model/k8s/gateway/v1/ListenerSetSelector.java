/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Listener Set Selector</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetSelector#getMatchExpressions <em>Match Expressions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetSelector#getMatchLabels <em>Match Labels</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getListenerSetSelector()
 * @generated
 */
public interface ListenerSetSelector extends EObject {
	/**
	 * Returns the value of the '<em><b>Match Expressions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.ListenerSetMatchExpression}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Match Expressions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getListenerSetSelector_MatchExpressions()
	 * @generated
	 */
	EList<ListenerSetMatchExpression> getMatchExpressions();

	/**
	 * Returns the value of the '<em><b>Match Labels</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Match Labels</em>' map.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getListenerSetSelector_MatchLabels()
	 * @generated
	 */
	EMap<String, String> getMatchLabels();

} // ListenerSetSelector
