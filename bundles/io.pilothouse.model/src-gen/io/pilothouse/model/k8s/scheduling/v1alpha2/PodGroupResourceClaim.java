/**
 */
package io.pilothouse.model.k8s.scheduling.v1alpha2;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pod Group Resource Claim</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupResourceClaim#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupResourceClaim#getResourceClaimName <em>Resource Claim Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupResourceClaim#getResourceClaimTemplateName <em>Resource Claim Template Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getPodGroupResourceClaim()
 * @generated
 */
public interface PodGroupResourceClaim extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getPodGroupResourceClaim_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupResourceClaim#getName <em>Name</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getPodGroupResourceClaim_ResourceClaimName()
	 * @generated
	 */
	String getResourceClaimName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupResourceClaim#getResourceClaimName <em>Resource Claim Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Claim Name</em>' attribute.
	 * @see #getResourceClaimName()
	 * @generated
	 */
	void setResourceClaimName(String value);

	/**
	 * Returns the value of the '<em><b>Resource Claim Template Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Claim Template Name</em>' attribute.
	 * @see #setResourceClaimTemplateName(String)
	 * @see io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package#getPodGroupResourceClaim_ResourceClaimTemplateName()
	 * @generated
	 */
	String getResourceClaimTemplateName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupResourceClaim#getResourceClaimTemplateName <em>Resource Claim Template Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Claim Template Name</em>' attribute.
	 * @see #getResourceClaimTemplateName()
	 * @generated
	 */
	void setResourceClaimTemplateName(String value);

} // PodGroupResourceClaim
