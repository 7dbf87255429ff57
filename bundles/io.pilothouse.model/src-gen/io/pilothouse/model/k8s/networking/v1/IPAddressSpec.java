/**
 */
package io.pilothouse.model.k8s.networking.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>IP Address Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.IPAddressSpec#getParentRef <em>Parent Ref</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIPAddressSpec()
 * @generated
 */
public interface IPAddressSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Parent Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent Ref</em>' containment reference.
	 * @see #setParentRef(ParentReference)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIPAddressSpec_ParentRef()
	 * @generated
	 */
	ParentReference getParentRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.IPAddressSpec#getParentRef <em>Parent Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent Ref</em>' containment reference.
	 * @see #getParentRef()
	 * @generated
	 */
	void setParentRef(ParentReference value);

} // IPAddressSpec
