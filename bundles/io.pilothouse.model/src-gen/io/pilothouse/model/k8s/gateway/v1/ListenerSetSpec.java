/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Listener Set Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetSpec#getListeners <em>Listeners</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetSpec#getParentRef <em>Parent Ref</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getListenerSetSpec()
 * @generated
 */
public interface ListenerSetSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Listeners</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.gateway.v1.ListenerSetSpecListener}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Listeners</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getListenerSetSpec_Listeners()
	 * @generated
	 */
	EList<ListenerSetSpecListener> getListeners();

	/**
	 * Returns the value of the '<em><b>Parent Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent Ref</em>' containment reference.
	 * @see #setParentRef(ListenerSetParentRef)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getListenerSetSpec_ParentRef()
	 * @generated
	 */
	ListenerSetParentRef getParentRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.ListenerSetSpec#getParentRef <em>Parent Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent Ref</em>' containment reference.
	 * @see #getParentRef()
	 * @generated
	 */
	void setParentRef(ListenerSetParentRef value);

} // ListenerSetSpec
