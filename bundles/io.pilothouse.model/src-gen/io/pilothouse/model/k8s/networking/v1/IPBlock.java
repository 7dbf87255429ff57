/**
 */
package io.pilothouse.model.k8s.networking.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>IP Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.IPBlock#getCidr <em>Cidr</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.IPBlock#getExcept <em>Except</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIPBlock()
 * @generated
 */
public interface IPBlock extends EObject {
	/**
	 * Returns the value of the '<em><b>Cidr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cidr</em>' attribute.
	 * @see #setCidr(String)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIPBlock_Cidr()
	 * @generated
	 */
	String getCidr();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.IPBlock#getCidr <em>Cidr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cidr</em>' attribute.
	 * @see #getCidr()
	 * @generated
	 */
	void setCidr(String value);

	/**
	 * Returns the value of the '<em><b>Except</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Except</em>' attribute list.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIPBlock_Except()
	 * @generated
	 */
	EList<String> getExcept();

} // IPBlock
