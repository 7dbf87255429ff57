/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pod Resource Claim Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodResourceClaimStatus#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodResourceClaimStatus#getResourceClaimName <em>Resource Claim Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodResourceClaimStatus()
 * @generated
 */
public interface PodResourceClaimStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodResourceClaimStatus_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodResourceClaimStatus#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Resource Claim Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Claim Name</em>' attribute.
	 * @see #setResourceClaimName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodResourceClaimStatus_ResourceClaimName()
	 * @generated
	 */
	String getResourceClaimName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodResourceClaimStatus#getResourceClaimName <em>Resource Claim Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Claim Name</em>' attribute.
	 * @see #getResourceClaimName()
	 * @generated
	 */
	void setResourceClaimName(String value);

} // PodResourceClaimStatus
