/**
 */
package io.pilothouse.model.k8s.storage.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>CSI Node Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.CSINodeSpec#getDrivers <em>Drivers</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSINodeSpec()
 * @generated
 */
public interface CSINodeSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Drivers</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.storage.v1.CSINodeDriver}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Drivers</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSINodeSpec_Drivers()
	 * @generated
	 */
	EList<CSINodeDriver> getDrivers();

} // CSINodeSpec
