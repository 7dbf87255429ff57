/**
 */
package io.pilothouse.model.k8s.apiserverinternal.v1alpha1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Storage Version Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionStatus#getCommonEncodingVersion <em>Common Encoding Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionStatus#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionStatus#getStorageVersions <em>Storage Versions</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ApiserverinternalV1alpha1Package#getStorageVersionStatus()
 * @generated
 */
public interface StorageVersionStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Common Encoding Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Common Encoding Version</em>' attribute.
	 * @see #setCommonEncodingVersion(String)
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ApiserverinternalV1alpha1Package#getStorageVersionStatus_CommonEncodingVersion()
	 * @generated
	 */
	String getCommonEncodingVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionStatus#getCommonEncodingVersion <em>Common Encoding Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Common Encoding Version</em>' attribute.
	 * @see #getCommonEncodingVersion()
	 * @generated
	 */
	void setCommonEncodingVersion(String value);

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ApiserverinternalV1alpha1Package#getStorageVersionStatus_Conditions()
	 * @generated
	 */
	EList<StorageVersionCondition> getConditions();

	/**
	 * Returns the value of the '<em><b>Storage Versions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ServerStorageVersion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Storage Versions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ApiserverinternalV1alpha1Package#getStorageVersionStatus_StorageVersions()
	 * @generated
	 */
	EList<ServerStorageVersion> getStorageVersions();

} // StorageVersionStatus
