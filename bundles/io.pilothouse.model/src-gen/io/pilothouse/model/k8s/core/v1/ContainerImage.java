/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container Image</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerImage#getNames <em>Names</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ContainerImage#getSizeBytes <em>Size Bytes</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerImage()
 * @generated
 */
public interface ContainerImage extends EObject {
	/**
	 * Returns the value of the '<em><b>Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Names</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerImage_Names()
	 * @generated
	 */
	EList<String> getNames();

	/**
	 * Returns the value of the '<em><b>Size Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size Bytes</em>' attribute.
	 * @see #setSizeBytes(Long)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainerImage_SizeBytes()
	 * @generated
	 */
	Long getSizeBytes();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ContainerImage#getSizeBytes <em>Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size Bytes</em>' attribute.
	 * @see #getSizeBytes()
	 * @generated
	 */
	void setSizeBytes(Long value);

} // ContainerImage
