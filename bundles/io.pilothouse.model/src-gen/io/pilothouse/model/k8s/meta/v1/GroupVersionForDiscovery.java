/**
 */
package io.pilothouse.model.k8s.meta.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Group Version For Discovery</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.GroupVersionForDiscovery#getGroupVersion <em>Group Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.GroupVersionForDiscovery#getVersion <em>Version</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getGroupVersionForDiscovery()
 * @generated
 */
public interface GroupVersionForDiscovery extends EObject {
	/**
	 * Returns the value of the '<em><b>Group Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group Version</em>' attribute.
	 * @see #setGroupVersion(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getGroupVersionForDiscovery_GroupVersion()
	 * @generated
	 */
	String getGroupVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.GroupVersionForDiscovery#getGroupVersion <em>Group Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group Version</em>' attribute.
	 * @see #getGroupVersion()
	 * @generated
	 */
	void setGroupVersion(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getGroupVersionForDiscovery_Version()
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.GroupVersionForDiscovery#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

} // GroupVersionForDiscovery
