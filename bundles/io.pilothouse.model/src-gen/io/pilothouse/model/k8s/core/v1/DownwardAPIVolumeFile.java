/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Downward API Volume File</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.DownwardAPIVolumeFile#getFieldRef <em>Field Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.DownwardAPIVolumeFile#getMode <em>Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.DownwardAPIVolumeFile#getPath <em>Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.DownwardAPIVolumeFile#getResourceFieldRef <em>Resource Field Ref</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getDownwardAPIVolumeFile()
 * @generated
 */
public interface DownwardAPIVolumeFile extends EObject {
	/**
	 * Returns the value of the '<em><b>Field Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field Ref</em>' containment reference.
	 * @see #setFieldRef(ObjectFieldSelector)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getDownwardAPIVolumeFile_FieldRef()
	 * @generated
	 */
	ObjectFieldSelector getFieldRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.DownwardAPIVolumeFile#getFieldRef <em>Field Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field Ref</em>' containment reference.
	 * @see #getFieldRef()
	 * @generated
	 */
	void setFieldRef(ObjectFieldSelector value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see #setMode(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getDownwardAPIVolumeFile_Mode()
	 * @generated
	 */
	Integer getMode();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.DownwardAPIVolumeFile#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see #getMode()
	 * @generated
	 */
	void setMode(Integer value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getDownwardAPIVolumeFile_Path()
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.DownwardAPIVolumeFile#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Resource Field Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Field Ref</em>' containment reference.
	 * @see #setResourceFieldRef(ResourceFieldSelector)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getDownwardAPIVolumeFile_ResourceFieldRef()
	 * @generated
	 */
	ResourceFieldSelector getResourceFieldRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.DownwardAPIVolumeFile#getResourceFieldRef <em>Resource Field Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Field Ref</em>' containment reference.
	 * @see #getResourceFieldRef()
	 * @generated
	 */
	void setResourceFieldRef(ResourceFieldSelector value);

} // DownwardAPIVolumeFile
