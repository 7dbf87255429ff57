/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Image Volume Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ImageVolumeSource#getPullPolicy <em>Pull Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ImageVolumeSource#getReference <em>Reference</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getImageVolumeSource()
 * @generated
 */
public interface ImageVolumeSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Pull Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pull Policy</em>' attribute.
	 * @see #setPullPolicy(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getImageVolumeSource_PullPolicy()
	 * @generated
	 */
	String getPullPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ImageVolumeSource#getPullPolicy <em>Pull Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pull Policy</em>' attribute.
	 * @see #getPullPolicy()
	 * @generated
	 */
	void setPullPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getImageVolumeSource_Reference()
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ImageVolumeSource#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

} // ImageVolumeSource
