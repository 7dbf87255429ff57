/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flocker Volume Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.FlockerVolumeSource#getDatasetName <em>Dataset Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.FlockerVolumeSource#getDatasetUUID <em>Dataset UUID</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getFlockerVolumeSource()
 * @generated
 */
public interface FlockerVolumeSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Dataset Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dataset Name</em>' attribute.
	 * @see #setDatasetName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getFlockerVolumeSource_DatasetName()
	 * @generated
	 */
	String getDatasetName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.FlockerVolumeSource#getDatasetName <em>Dataset Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dataset Name</em>' attribute.
	 * @see #getDatasetName()
	 * @generated
	 */
	void setDatasetName(String value);

	/**
	 * Returns the value of the '<em><b>Dataset UUID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dataset UUID</em>' attribute.
	 * @see #setDatasetUUID(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getFlockerVolumeSource_DatasetUUID()
	 * @generated
	 */
	String getDatasetUUID();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.FlockerVolumeSource#getDatasetUUID <em>Dataset UUID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dataset UUID</em>' attribute.
	 * @see #getDatasetUUID()
	 * @generated
	 */
	void setDatasetUUID(String value);

} // FlockerVolumeSource
