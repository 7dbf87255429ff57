/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pod Extended Resource Claim Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodExtendedResourceClaimStatus#getRequestMappings <em>Request Mappings</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodExtendedResourceClaimStatus#getResourceClaimName <em>Resource Claim Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodExtendedResourceClaimStatus()
 * @generated
 */
public interface PodExtendedResourceClaimStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Request Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.ContainerExtendedResourceRequest}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Request Mappings</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodExtendedResourceClaimStatus_RequestMappings()
	 * @generated
	 */
	EList<ContainerExtendedResourceRequest> getRequestMappings();

	/**
	 * Returns the value of the '<em><b>Resource Claim Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Claim Name</em>' attribute.
	 * @see #setResourceClaimName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodExtendedResourceClaimStatus_ResourceClaimName()
	 * @generated
	 */
	String getResourceClaimName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodExtendedResourceClaimStatus#getResourceClaimName <em>Resource Claim Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Claim Name</em>' attribute.
	 * @see #getResourceClaimName()
	 * @generated
	 */
	void setResourceClaimName(String value);

} // PodExtendedResourceClaimStatus
