/**
 */
package io.pilothouse.model.k8s.resource.v1beta1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resource Claim Consumer Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimConsumerReference#getApiGroup <em>Api Group</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimConsumerReference#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimConsumerReference#getResource <em>Resource</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimConsumerReference#getUid <em>Uid</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getResourceClaimConsumerReference()
 * @generated
 */
public interface ResourceClaimConsumerReference extends EObject {
	/**
	 * Returns the value of the '<em><b>Api Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Api Group</em>' attribute.
	 * @see #setApiGroup(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getResourceClaimConsumerReference_ApiGroup()
	 * @generated
	 */
	String getApiGroup();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimConsumerReference#getApiGroup <em>Api Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Api Group</em>' attribute.
	 * @see #getApiGroup()
	 * @generated
	 */
	void setApiGroup(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getResourceClaimConsumerReference_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimConsumerReference#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Resource</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource</em>' attribute.
	 * @see #setResource(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getResourceClaimConsumerReference_Resource()
	 * @generated
	 */
	String getResource();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimConsumerReference#getResource <em>Resource</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource</em>' attribute.
	 * @see #getResource()
	 * @generated
	 */
	void setResource(String value);

	/**
	 * Returns the value of the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uid</em>' attribute.
	 * @see #setUid(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getResourceClaimConsumerReference_Uid()
	 * @generated
	 */
	String getUid();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimConsumerReference#getUid <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uid</em>' attribute.
	 * @see #getUid()
	 * @generated
	 */
	void setUid(String value);

} // ResourceClaimConsumerReference
