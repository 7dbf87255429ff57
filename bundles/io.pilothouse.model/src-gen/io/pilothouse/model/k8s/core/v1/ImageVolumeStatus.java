/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Image Volume Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ImageVolumeStatus#getImageRef <em>Image Ref</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getImageVolumeStatus()
 * @generated
 */
public interface ImageVolumeStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Image Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image Ref</em>' attribute.
	 * @see #setImageRef(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getImageVolumeStatus_ImageRef()
	 * @generated
	 */
	String getImageRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ImageVolumeStatus#getImageRef <em>Image Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image Ref</em>' attribute.
	 * @see #getImageRef()
	 * @generated
	 */
	void setImageRef(String value);

} // ImageVolumeStatus
