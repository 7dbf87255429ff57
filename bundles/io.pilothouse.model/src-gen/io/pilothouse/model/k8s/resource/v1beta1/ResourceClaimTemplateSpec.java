/**
 */
package io.pilothouse.model.k8s.resource.v1beta1;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resource Claim Template Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplateSpec#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplateSpec#getSpec <em>Spec</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getResourceClaimTemplateSpec()
 * @generated
 */
public interface ResourceClaimTemplateSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metadata</em>' containment reference.
	 * @see #setMetadata(ObjectMeta)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getResourceClaimTemplateSpec_Metadata()
	 * @generated
	 */
	ObjectMeta getMetadata();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplateSpec#getMetadata <em>Metadata</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metadata</em>' containment reference.
	 * @see #getMetadata()
	 * @generated
	 */
	void setMetadata(ObjectMeta value);

	/**
	 * Returns the value of the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Spec</em>' containment reference.
	 * @see #setSpec(ResourceClaimSpec)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getResourceClaimTemplateSpec_Spec()
	 * @generated
	 */
	ResourceClaimSpec getSpec();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourceClaimTemplateSpec#getSpec <em>Spec</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spec</em>' containment reference.
	 * @see #getSpec()
	 * @generated
	 */
	void setSpec(ResourceClaimSpec value);

} // ResourceClaimTemplateSpec
