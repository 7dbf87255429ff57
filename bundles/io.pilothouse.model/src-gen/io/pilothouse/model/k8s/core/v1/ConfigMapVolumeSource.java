/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Config Map Volume Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ConfigMapVolumeSource#getDefaultMode <em>Default Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ConfigMapVolumeSource#getItems <em>Items</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ConfigMapVolumeSource#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ConfigMapVolumeSource#getOptional <em>Optional</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getConfigMapVolumeSource()
 * @generated
 */
public interface ConfigMapVolumeSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Default Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Default Mode</em>' attribute.
	 * @see #setDefaultMode(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getConfigMapVolumeSource_DefaultMode()
	 * @generated
	 */
	Integer getDefaultMode();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ConfigMapVolumeSource#getDefaultMode <em>Default Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Mode</em>' attribute.
	 * @see #getDefaultMode()
	 * @generated
	 */
	void setDefaultMode(Integer value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.KeyToPath}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getConfigMapVolumeSource_Items()
	 * @generated
	 */
	EList<KeyToPath> getItems();

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getConfigMapVolumeSource_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ConfigMapVolumeSource#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Optional</em>' attribute.
	 * @see #setOptional(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getConfigMapVolumeSource_Optional()
	 * @generated
	 */
	Boolean getOptional();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ConfigMapVolumeSource#getOptional <em>Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optional</em>' attribute.
	 * @see #getOptional()
	 * @generated
	 */
	void setOptional(Boolean value);

} // ConfigMapVolumeSource
