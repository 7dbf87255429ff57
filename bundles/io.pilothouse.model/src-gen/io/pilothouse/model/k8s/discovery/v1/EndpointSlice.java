/**
 */
package io.pilothouse.model.k8s.discovery.v1;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Endpoint Slice</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.EndpointSlice#getAddressType <em>Address Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.EndpointSlice#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.EndpointSlice#getEndpoints <em>Endpoints</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.EndpointSlice#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.EndpointSlice#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.EndpointSlice#getPorts <em>Ports</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpointSlice()
 * @generated
 */
public interface EndpointSlice extends EObject {
	/**
	 * Returns the value of the '<em><b>Address Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address Type</em>' attribute.
	 * @see #setAddressType(String)
	 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpointSlice_AddressType()
	 * @generated
	 */
	String getAddressType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.discovery.v1.EndpointSlice#getAddressType <em>Address Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address Type</em>' attribute.
	 * @see #getAddressType()
	 * @generated
	 */
	void setAddressType(String value);

	/**
	 * Returns the value of the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Api Version</em>' attribute.
	 * @see #setApiVersion(String)
	 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpointSlice_ApiVersion()
	 * @generated
	 */
	String getApiVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.discovery.v1.EndpointSlice#getApiVersion <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Api Version</em>' attribute.
	 * @see #getApiVersion()
	 * @generated
	 */
	void setApiVersion(String value);

	/**
	 * Returns the value of the '<em><b>Endpoints</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.discovery.v1.Endpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Endpoints</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpointSlice_Endpoints()
	 * @generated
	 */
	EList<Endpoint> getEndpoints();

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpointSlice_Kind()
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.discovery.v1.EndpointSlice#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metadata</em>' containment reference.
	 * @see #setMetadata(ObjectMeta)
	 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpointSlice_Metadata()
	 * @generated
	 */
	ObjectMeta getMetadata();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.discovery.v1.EndpointSlice#getMetadata <em>Metadata</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metadata</em>' containment reference.
	 * @see #getMetadata()
	 * @generated
	 */
	void setMetadata(ObjectMeta value);

	/**
	 * Returns the value of the '<em><b>Ports</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.discovery.v1.EndpointPort}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ports</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package#getEndpointSlice_Ports()
	 * @generated
	 */
	EList<EndpointPort> getPorts();

} // EndpointSlice
