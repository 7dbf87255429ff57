/**
 */
package io.pilothouse.model.k8s.apiextensions.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Custom Resource Subresource Scale</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceSubresourceScale#getLabelSelectorPath <em>Label Selector Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceSubresourceScale#getSpecReplicasPath <em>Spec Replicas Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceSubresourceScale#getStatusReplicasPath <em>Status Replicas Path</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceSubresourceScale()
 * @generated
 */
public interface CustomResourceSubresourceScale extends EObject {
	/**
	 * Returns the value of the '<em><b>Label Selector Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Selector Path</em>' attribute.
	 * @see #setLabelSelectorPath(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceSubresourceScale_LabelSelectorPath()
	 * @generated
	 */
	String getLabelSelectorPath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceSubresourceScale#getLabelSelectorPath <em>Label Selector Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Selector Path</em>' attribute.
	 * @see #getLabelSelectorPath()
	 * @generated
	 */
	void setLabelSelectorPath(String value);

	/**
	 * Returns the value of the '<em><b>Spec Replicas Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Spec Replicas Path</em>' attribute.
	 * @see #setSpecReplicasPath(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceSubresourceScale_SpecReplicasPath()
	 * @generated
	 */
	String getSpecReplicasPath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceSubresourceScale#getSpecReplicasPath <em>Spec Replicas Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spec Replicas Path</em>' attribute.
	 * @see #getSpecReplicasPath()
	 * @generated
	 */
	void setSpecReplicasPath(String value);

	/**
	 * Returns the value of the '<em><b>Status Replicas Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status Replicas Path</em>' attribute.
	 * @see #setStatusReplicasPath(String)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceSubresourceScale_StatusReplicasPath()
	 * @generated
	 */
	String getStatusReplicasPath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceSubresourceScale#getStatusReplicasPath <em>Status Replicas Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status Replicas Path</em>' attribute.
	 * @see #getStatusReplicasPath()
	 * @generated
	 */
	void setStatusReplicasPath(String value);

} // CustomResourceSubresourceScale
