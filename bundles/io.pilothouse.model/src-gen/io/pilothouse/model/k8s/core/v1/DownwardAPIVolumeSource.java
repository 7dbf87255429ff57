/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Downward API Volume Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.DownwardAPIVolumeSource#getDefaultMode <em>Default Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.DownwardAPIVolumeSource#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getDownwardAPIVolumeSource()
 * @generated
 */
public interface DownwardAPIVolumeSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Default Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Default Mode</em>' attribute.
	 * @see #setDefaultMode(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getDownwardAPIVolumeSource_DefaultMode()
	 * @generated
	 */
	Integer getDefaultMode();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.DownwardAPIVolumeSource#getDefaultMode <em>Default Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Mode</em>' attribute.
	 * @see #getDefaultMode()
	 * @generated
	 */
	void setDefaultMode(Integer value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.DownwardAPIVolumeFile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getDownwardAPIVolumeSource_Items()
	 * @generated
	 */
	EList<DownwardAPIVolumeFile> getItems();

} // DownwardAPIVolumeSource
