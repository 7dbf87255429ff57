/**
 */
package io.pilothouse.model.k8s.meta.v1;

import io.pilothouse.model.types.Time;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Object Meta</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getCreationTimestamp <em>Creation Timestamp</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getDeletionGracePeriodSeconds <em>Deletion Grace Period Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getDeletionTimestamp <em>Deletion Timestamp</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getFinalizers <em>Finalizers</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getGenerateName <em>Generate Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getGeneration <em>Generation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getLabels <em>Labels</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getManagedFields <em>Managed Fields</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getNamespace <em>Namespace</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getOwnerReferences <em>Owner References</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getResourceVersion <em>Resource Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getSelfLink <em>Self Link</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getUid <em>Uid</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getObjectMeta()
 * @generated
 */
public interface ObjectMeta extends EObject {
	/**
	 * Returns the value of the '<em><b>Annotations</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotations</em>' map.
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getObjectMeta_Annotations()
	 * @generated
	 */
	EMap<String, String> getAnnotations();

	/**
	 * Returns the value of the '<em><b>Creation Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Creation Timestamp</em>' attribute.
	 * @see #setCreationTimestamp(Time)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getObjectMeta_CreationTimestamp()
	 * @generated
	 */
	Time getCreationTimestamp();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getCreationTimestamp <em>Creation Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Creation Timestamp</em>' attribute.
	 * @see #getCreationTimestamp()
	 * @generated
	 */
	void setCreationTimestamp(Time value);

	/**
	 * Returns the value of the '<em><b>Deletion Grace Period Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deletion Grace Period Seconds</em>' attribute.
	 * @see #setDeletionGracePeriodSeconds(Long)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getObjectMeta_DeletionGracePeriodSeconds()
	 * @generated
	 */
	Long getDeletionGracePeriodSeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getDeletionGracePeriodSeconds <em>Deletion Grace Period Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deletion Grace Period Seconds</em>' attribute.
	 * @see #getDeletionGracePeriodSeconds()
	 * @generated
	 */
	void setDeletionGracePeriodSeconds(Long value);

	/**
	 * Returns the value of the '<em><b>Deletion Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deletion Timestamp</em>' attribute.
	 * @see #setDeletionTimestamp(Time)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getObjectMeta_DeletionTimestamp()
	 * @generated
	 */
	Time getDeletionTimestamp();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getDeletionTimestamp <em>Deletion Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deletion Timestamp</em>' attribute.
	 * @see #getDeletionTimestamp()
	 * @generated
	 */
	void setDeletionTimestamp(Time value);

	/**
	 * Returns the value of the '<em><b>Finalizers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Finalizers</em>' attribute list.
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getObjectMeta_Finalizers()
	 * @generated
	 */
	EList<String> getFinalizers();

	/**
	 * Returns the value of the '<em><b>Generate Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Generate Name</em>' attribute.
	 * @see #setGenerateName(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getObjectMeta_GenerateName()
	 * @generated
	 */
	String getGenerateName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getGenerateName <em>Generate Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Generate Name</em>' attribute.
	 * @see #getGenerateName()
	 * @generated
	 */
	void setGenerateName(String value);

	/**
	 * Returns the value of the '<em><b>Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Generation</em>' attribute.
	 * @see #setGeneration(Long)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getObjectMeta_Generation()
	 * @generated
	 */
	Long getGeneration();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getGeneration <em>Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Generation</em>' attribute.
	 * @see #getGeneration()
	 * @generated
	 */
	void setGeneration(Long value);

	/**
	 * Returns the value of the '<em><b>Labels</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Labels</em>' map.
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getObjectMeta_Labels()
	 * @generated
	 */
	EMap<String, String> getLabels();

	/**
	 * Returns the value of the '<em><b>Managed Fields</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Managed Fields</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getObjectMeta_ManagedFields()
	 * @generated
	 */
	EList<ManagedFieldsEntry> getManagedFields();

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getObjectMeta_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Namespace</em>' attribute.
	 * @see #setNamespace(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getObjectMeta_Namespace()
	 * @generated
	 */
	String getNamespace();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getNamespace <em>Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Namespace</em>' attribute.
	 * @see #getNamespace()
	 * @generated
	 */
	void setNamespace(String value);

	/**
	 * Returns the value of the '<em><b>Owner References</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.meta.v1.OwnerReference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner References</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getObjectMeta_OwnerReferences()
	 * @generated
	 */
	EList<OwnerReference> getOwnerReferences();

	/**
	 * Returns the value of the '<em><b>Resource Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Version</em>' attribute.
	 * @see #setResourceVersion(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getObjectMeta_ResourceVersion()
	 * @generated
	 */
	String getResourceVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getResourceVersion <em>Resource Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Version</em>' attribute.
	 * @see #getResourceVersion()
	 * @generated
	 */
	void setResourceVersion(String value);

	/**
	 * Returns the value of the '<em><b>Self Link</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Self Link</em>' attribute.
	 * @see #setSelfLink(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getObjectMeta_SelfLink()
	 * @generated
	 */
	String getSelfLink();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getSelfLink <em>Self Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Self Link</em>' attribute.
	 * @see #getSelfLink()
	 * @generated
	 */
	void setSelfLink(String value);

	/**
	 * Returns the value of the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uid</em>' attribute.
	 * @see #setUid(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getObjectMeta_Uid()
	 * @generated
	 */
	String getUid();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.ObjectMeta#getUid <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uid</em>' attribute.
	 * @see #getUid()
	 * @generated
	 */
	void setUid(String value);

} // ObjectMeta
