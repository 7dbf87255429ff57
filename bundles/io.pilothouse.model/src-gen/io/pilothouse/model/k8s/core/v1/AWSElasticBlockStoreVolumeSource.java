/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>AWS Elastic Block Store Volume Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.AWSElasticBlockStoreVolumeSource#getFsType <em>Fs Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.AWSElasticBlockStoreVolumeSource#getPartition <em>Partition</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.AWSElasticBlockStoreVolumeSource#getReadOnly <em>Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.AWSElasticBlockStoreVolumeSource#getVolumeID <em>Volume ID</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getAWSElasticBlockStoreVolumeSource()
 * @generated
 */
public interface AWSElasticBlockStoreVolumeSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Fs Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fs Type</em>' attribute.
	 * @see #setFsType(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getAWSElasticBlockStoreVolumeSource_FsType()
	 * @generated
	 */
	String getFsType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.AWSElasticBlockStoreVolumeSource#getFsType <em>Fs Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fs Type</em>' attribute.
	 * @see #getFsType()
	 * @generated
	 */
	void setFsType(String value);

	/**
	 * Returns the value of the '<em><b>Partition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partition</em>' attribute.
	 * @see #setPartition(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getAWSElasticBlockStoreVolumeSource_Partition()
	 * @generated
	 */
	Integer getPartition();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.AWSElasticBlockStoreVolumeSource#getPartition <em>Partition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partition</em>' attribute.
	 * @see #getPartition()
	 * @generated
	 */
	void setPartition(Integer value);

	/**
	 * Returns the value of the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Read Only</em>' attribute.
	 * @see #setReadOnly(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getAWSElasticBlockStoreVolumeSource_ReadOnly()
	 * @generated
	 */
	Boolean getReadOnly();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.AWSElasticBlockStoreVolumeSource#getReadOnly <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Only</em>' attribute.
	 * @see #getReadOnly()
	 * @generated
	 */
	void setReadOnly(Boolean value);

	/**
	 * Returns the value of the '<em><b>Volume ID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume ID</em>' attribute.
	 * @see #setVolumeID(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getAWSElasticBlockStoreVolumeSource_VolumeID()
	 * @generated
	 */
	String getVolumeID();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.AWSElasticBlockStoreVolumeSource#getVolumeID <em>Volume ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume ID</em>' attribute.
	 * @see #getVolumeID()
	 * @generated
	 */
	void setVolumeID(String value);

} // AWSElasticBlockStoreVolumeSource
