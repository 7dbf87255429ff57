/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Volume Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.VolumeStatus#getImage <em>Image</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeStatus()
 * @generated
 */
public interface VolumeStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Image</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image</em>' containment reference.
	 * @see #setImage(ImageVolumeStatus)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getVolumeStatus_Image()
	 * @generated
	 */
	ImageVolumeStatus getImage();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.VolumeStatus#getImage <em>Image</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image</em>' containment reference.
	 * @see #getImage()
	 * @generated
	 */
	void setImage(ImageVolumeStatus value);

} // VolumeStatus
