/**
 */
package io.pilothouse.model.k8s.storage.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Volume Node Resources</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.VolumeNodeResources#getCount <em>Count</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getVolumeNodeResources()
 * @generated
 */
public interface VolumeNodeResources extends EObject {
	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(Integer)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getVolumeNodeResources_Count()
	 * @generated
	 */
	Integer getCount();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.VolumeNodeResources#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(Integer value);

} // VolumeNodeResources
