/**
 */
package io.pilothouse.model.k8s.networking.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service CIDR Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.ServiceCIDRSpec#getCidrs <em>Cidrs</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getServiceCIDRSpec()
 * @generated
 */
public interface ServiceCIDRSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Cidrs</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cidrs</em>' attribute list.
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getServiceCIDRSpec_Cidrs()
	 * @generated
	 */
	EList<String> getCidrs();

} // ServiceCIDRSpec
