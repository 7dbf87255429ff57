/**
 */
package io.pilothouse.model.k8s.apiserverinternal.v1alpha1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Server Storage Version</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ServerStorageVersion#getApiServerID <em>Api Server ID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ServerStorageVersion#getDecodableVersions <em>Decodable Versions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ServerStorageVersion#getEncodingVersion <em>Encoding Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ServerStorageVersion#getServedVersions <em>Served Versions</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ApiserverinternalV1alpha1Package#getServerStorageVersion()
 * @generated
 */
public interface ServerStorageVersion extends EObject {
	/**
	 * Returns the value of the '<em><b>Api Server ID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Api Server ID</em>' attribute.
	 * @see #setApiServerID(String)
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ApiserverinternalV1alpha1Package#getServerStorageVersion_ApiServerID()
	 * @generated
	 */
	String getApiServerID();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ServerStorageVersion#getApiServerID <em>Api Server ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Api Server ID</em>' attribute.
	 * @see #getApiServerID()
	 * @generated
	 */
	void setApiServerID(String value);

	/**
	 * Returns the value of the '<em><b>Decodable Versions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decodable Versions</em>' attribute list.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ApiserverinternalV1alpha1Package#getServerStorageVersion_DecodableVersions()
	 * @generated
	 */
	EList<String> getDecodableVersions();

	/**
	 * Returns the value of the '<em><b>Encoding Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Encoding Version</em>' attribute.
	 * @see #setEncodingVersion(String)
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ApiserverinternalV1alpha1Package#getServerStorageVersion_EncodingVersion()
	 * @generated
	 */
	String getEncodingVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ServerStorageVersion#getEncodingVersion <em>Encoding Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encoding Version</em>' attribute.
	 * @see #getEncodingVersion()
	 * @generated
	 */
	void setEncodingVersion(String value);

	/**
	 * Returns the value of the '<em><b>Served Versions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Served Versions</em>' attribute list.
	 * @see io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ApiserverinternalV1alpha1Package#getServerStorageVersion_ServedVersions()
	 * @generated
	 */
	EList<String> getServedVersions();

} // ServerStorageVersion
