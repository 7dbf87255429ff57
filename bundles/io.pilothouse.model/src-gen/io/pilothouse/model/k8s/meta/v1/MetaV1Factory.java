/**
 */
package io.pilothouse.model.k8s.meta.v1;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package
 * @generated
 */
public interface MetaV1Factory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MetaV1Factory eINSTANCE = io.pilothouse.model.k8s.meta.v1.impl.MetaV1FactoryImpl.init();

	/**
	 * Returns a new object of class '<em>API Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>API Group</em>'.
	 * @generated
	 */
	APIGroup createAPIGroup();

	/**
	 * Returns a new object of class '<em>API Group List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>API Group List</em>'.
	 * @generated
	 */
	APIGroupList createAPIGroupList();

	/**
	 * Returns a new object of class '<em>API Resource</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>API Resource</em>'.
	 * @generated
	 */
	APIResource createAPIResource();

	/**
	 * Returns a new object of class '<em>API Resource List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>API Resource List</em>'.
	 * @generated
	 */
	APIResourceList createAPIResourceList();

	/**
	 * Returns a new object of class '<em>API Versions</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>API Versions</em>'.
	 * @generated
	 */
	APIVersions createAPIVersions();

	/**
	 * Returns a new object of class '<em>Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Condition</em>'.
	 * @generated
	 */
	Condition createCondition();

	/**
	 * Returns a new object of class '<em>Delete Options</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Delete Options</em>'.
	 * @generated
	 */
	DeleteOptions createDeleteOptions();

	/**
	 * Returns a new object of class '<em>Field Selector Requirement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Field Selector Requirement</em>'.
	 * @generated
	 */
	FieldSelectorRequirement createFieldSelectorRequirement();

	/**
	 * Returns a new object of class '<em>Group Resource</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Group Resource</em>'.
	 * @generated
	 */
	GroupResource createGroupResource();

	/**
	 * Returns a new object of class '<em>Group Version For Discovery</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Group Version For Discovery</em>'.
	 * @generated
	 */
	GroupVersionForDiscovery createGroupVersionForDiscovery();

	/**
	 * Returns a new object of class '<em>Label Selector</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Label Selector</em>'.
	 * @generated
	 */
	LabelSelector createLabelSelector();

	/**
	 * Returns a new object of class '<em>Label Selector Requirement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Label Selector Requirement</em>'.
	 * @generated
	 */
	LabelSelectorRequirement createLabelSelectorRequirement();

	/**
	 * Returns a new object of class '<em>List Meta</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>List Meta</em>'.
	 * @generated
	 */
	ListMeta createListMeta();

	/**
	 * Returns a new object of class '<em>Managed Fields Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Managed Fields Entry</em>'.
	 * @generated
	 */
	ManagedFieldsEntry createManagedFieldsEntry();

	/**
	 * Returns a new object of class '<em>Object Meta</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Object Meta</em>'.
	 * @generated
	 */
	ObjectMeta createObjectMeta();

	/**
	 * Returns a new object of class '<em>Owner Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Owner Reference</em>'.
	 * @generated
	 */
	OwnerReference createOwnerReference();

	/**
	 * Returns a new object of class '<em>Preconditions</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Preconditions</em>'.
	 * @generated
	 */
	Preconditions createPreconditions();

	/**
	 * Returns a new object of class '<em>Server Address By Client CIDR</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Server Address By Client CIDR</em>'.
	 * @generated
	 */
	ServerAddressByClientCIDR createServerAddressByClientCIDR();

	/**
	 * Returns a new object of class '<em>Shard Info</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Shard Info</em>'.
	 * @generated
	 */
	ShardInfo createShardInfo();

	/**
	 * Returns a new object of class '<em>Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Status</em>'.
	 * @generated
	 */
	Status createStatus();

	/**
	 * Returns a new object of class '<em>Status Cause</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Status Cause</em>'.
	 * @generated
	 */
	StatusCause createStatusCause();

	/**
	 * Returns a new object of class '<em>Status Details</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Status Details</em>'.
	 * @generated
	 */
	StatusDetails createStatusDetails();

	/**
	 * Returns a new object of class '<em>Watch Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Watch Event</em>'.
	 * @generated
	 */
	WatchEvent createWatchEvent();

	/**
	 * Returns a new object of class '<em>Info</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Info</em>'.
	 * @generated
	 */
	Info createInfo();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	MetaV1Package getMetaV1Package();

} //MetaV1Factory
