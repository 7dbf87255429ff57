/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resource Quota Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ResourceQuotaStatus#getHard <em>Hard</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ResourceQuotaStatus#getUsed <em>Used</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getResourceQuotaStatus()
 * @generated
 */
public interface ResourceQuotaStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Hard</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.types.Quantity},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hard</em>' map.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getResourceQuotaStatus_Hard()
	 * @generated
	 */
	EMap<String, Quantity> getHard();

	/**
	 * Returns the value of the '<em><b>Used</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.types.Quantity},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Used</em>' map.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getResourceQuotaStatus_Used()
	 * @generated
	 */
	EMap<String, Quantity> getUsed();

} // ResourceQuotaStatus
