/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Volume Resource Requirements</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.VolumeResourceRequirements#getLimits <em>Limits</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.VolumeResourceRequirements#getRequests <em>Requests</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeResourceRequirements()
 * @generated
 */
public interface VolumeResourceRequirements extends EObject {
	/**
	 * Returns the value of the '<em><b>Limits</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.types.Quantity},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Limits</em>' map.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeResourceRequirements_Limits()
	 * @generated
	 */
	EMap<String, Quantity> getLimits();

	/**
	 * Returns the value of the '<em><b>Requests</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.types.Quantity},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Requests</em>' map.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeResourceRequirements_Requests()
	 * @generated
	 */
	EMap<String, Quantity> getRequests();

} // VolumeResourceRequirements
