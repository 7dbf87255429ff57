/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Allocatable Resource Claim Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeAllocatableResourceClaimStatus#getContainers <em>Containers</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeAllocatableResourceClaimStatus#getResourceClaimName <em>Resource Claim Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeAllocatableResourceClaimStatus#getResources <em>Resources</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeAllocatableResourceClaimStatus()
 * @generated
 */
public interface NodeAllocatableResourceClaimStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Containers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Containers</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeAllocatableResourceClaimStatus_Containers()
	 * @generated
	 */
	EList<String> getContainers();

	/**
	 * Returns the value of the '<em><b>Resource Claim Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Claim Name</em>' attribute.
	 * @see #setResourceClaimName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeAllocatableResourceClaimStatus_ResourceClaimName()
	 * @generated
	 */
	String getResourceClaimName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeAllocatableResourceClaimStatus#getResourceClaimName <em>Resource Claim Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Claim Name</em>' attribute.
	 * @see #getResourceClaimName()
	 * @generated
	 */
	void setResourceClaimName(String value);

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.types.Quantity},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resources</em>' map.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeAllocatableResourceClaimStatus_Resources()
	 * @generated
	 */
	EMap<String, Quantity> getResources();

} // NodeAllocatableResourceClaimStatus
