/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Projected Volume Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ProjectedVolumeSource#getDefaultMode <em>Default Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ProjectedVolumeSource#getSources <em>Sources</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getProjectedVolumeSource()
 * @generated
 */
public interface ProjectedVolumeSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Default Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Default Mode</em>' attribute.
	 * @see #setDefaultMode(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getProjectedVolumeSource_DefaultMode()
	 * @generated
	 */
	Integer getDefaultMode();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ProjectedVolumeSource#getDefaultMode <em>Default Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Mode</em>' attribute.
	 * @see #getDefaultMode()
	 * @generated
	 */
	void setDefaultMode(Integer value);

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.VolumeProjection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getProjectedVolumeSource_Sources()
	 * @generated
	 */
	EList<VolumeProjection> getSources();

} // ProjectedVolumeSource
