/**
 */
package io.pilothouse.model.k8s.resource.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resource Claim Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.ResourceClaimSpec#getDevices <em>Devices</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getResourceClaimSpec()
 * @generated
 */
public interface ResourceClaimSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Devices</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Devices</em>' containment reference.
	 * @see #setDevices(DeviceClaim)
	 * @see io.pilothouse.model.k8s.resource.v1.ResourceV1Package#getResourceClaimSpec_Devices()
	 * @generated
	 */
	DeviceClaim getDevices();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1.ResourceClaimSpec#getDevices <em>Devices</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Devices</em>' containment reference.
	 * @see #getDevices()
	 * @generated
	 */
	void setDevices(DeviceClaim value);

} // ResourceClaimSpec
