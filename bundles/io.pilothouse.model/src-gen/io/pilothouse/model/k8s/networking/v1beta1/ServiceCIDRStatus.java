/**
 */
package io.pilothouse.model.k8s.networking.v1beta1;

import io.pilothouse.model.k8s.meta.v1.Condition;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service CIDR Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1beta1.ServiceCIDRStatus#getConditions <em>Conditions</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.networking.v1beta1.NetworkingV1beta1Package#getServiceCIDRStatus()
 * @generated
 */
public interface ServiceCIDRStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.meta.v1.Condition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.networking.v1beta1.NetworkingV1beta1Package#getServiceCIDRStatus_Conditions()
	 * @generated
	 */
	EList<Condition> getConditions();

} // ServiceCIDRStatus
