/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Empty Dir Volume Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.EmptyDirVolumeSource#getMedium <em>Medium</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.EmptyDirVolumeSource#getSizeLimit <em>Size Limit</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEmptyDirVolumeSource()
 * @generated
 */
public interface EmptyDirVolumeSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Medium</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Medium</em>' attribute.
	 * @see #setMedium(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEmptyDirVolumeSource_Medium()
	 * @generated
	 */
	String getMedium();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.EmptyDirVolumeSource#getMedium <em>Medium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Medium</em>' attribute.
	 * @see #getMedium()
	 * @generated
	 */
	void setMedium(String value);

	/**
	 * Returns the value of the '<em><b>Size Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size Limit</em>' attribute.
	 * @see #setSizeLimit(Quantity)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEmptyDirVolumeSource_SizeLimit()
	 * @generated
	 */
	Quantity getSizeLimit();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.EmptyDirVolumeSource#getSizeLimit <em>Size Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size Limit</em>' attribute.
	 * @see #getSizeLimit()
	 * @generated
	 */
	void setSizeLimit(Quantity value);

} // EmptyDirVolumeSource
