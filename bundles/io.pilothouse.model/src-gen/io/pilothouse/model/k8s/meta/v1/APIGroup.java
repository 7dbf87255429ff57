/**
 */
package io.pilothouse.model.k8s.meta.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>API Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.APIGroup#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.APIGroup#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.APIGroup#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.APIGroup#getPreferredVersion <em>Preferred Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.APIGroup#getServerAddressByClientCIDRs <em>Server Address By Client CID Rs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.APIGroup#getVersions <em>Versions</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getAPIGroup()
 * @generated
 */
public interface APIGroup extends EObject {
	/**
	 * Returns the value of the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Api Version</em>' attribute.
	 * @see #setApiVersion(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getAPIGroup_ApiVersion()
	 * @generated
	 */
	String getApiVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.APIGroup#getApiVersion <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Api Version</em>' attribute.
	 * @see #getApiVersion()
	 * @generated
	 */
	void setApiVersion(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getAPIGroup_Kind()
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.APIGroup#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getAPIGroup_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.APIGroup#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Preferred Version</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preferred Version</em>' containment reference.
	 * @see #setPreferredVersion(GroupVersionForDiscovery)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getAPIGroup_PreferredVersion()
	 * @generated
	 */
	GroupVersionForDiscovery getPreferredVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.APIGroup#getPreferredVersion <em>Preferred Version</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preferred Version</em>' containment reference.
	 * @see #getPreferredVersion()
	 * @generated
	 */
	void setPreferredVersion(GroupVersionForDiscovery value);

	/**
	 * Returns the value of the '<em><b>Server Address By Client CID Rs</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.meta.v1.ServerAddressByClientCIDR}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Server Address By Client CID Rs</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getAPIGroup_ServerAddressByClientCIDRs()
	 * @generated
	 */
	EList<ServerAddressByClientCIDR> getServerAddressByClientCIDRs();

	/**
	 * Returns the value of the '<em><b>Versions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.meta.v1.GroupVersionForDiscovery}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Versions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getAPIGroup_Versions()
	 * @generated
	 */
	EList<GroupVersionForDiscovery> getVersions();

} // APIGroup
