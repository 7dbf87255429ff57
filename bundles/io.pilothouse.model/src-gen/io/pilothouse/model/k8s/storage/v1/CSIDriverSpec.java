/**
 */
package io.pilothouse.model.k8s.storage.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>CSI Driver Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getAttachRequired <em>Attach Required</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getFsGroupPolicy <em>Fs Group Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getNodeAllocatableUpdatePeriodSeconds <em>Node Allocatable Update Period Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getPodInfoOnMount <em>Pod Info On Mount</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getPreventPodSchedulingIfMissing <em>Prevent Pod Scheduling If Missing</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getRequiresRepublish <em>Requires Republish</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getSeLinuxMount <em>Se Linux Mount</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getServiceAccountTokenInSecrets <em>Service Account Token In Secrets</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getStorageCapacity <em>Storage Capacity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getTokenRequests <em>Token Requests</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getVolumeLifecycleModes <em>Volume Lifecycle Modes</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSIDriverSpec()
 * @generated
 */
public interface CSIDriverSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Attach Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attach Required</em>' attribute.
	 * @see #setAttachRequired(Boolean)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSIDriverSpec_AttachRequired()
	 * @generated
	 */
	Boolean getAttachRequired();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getAttachRequired <em>Attach Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attach Required</em>' attribute.
	 * @see #getAttachRequired()
	 * @generated
	 */
	void setAttachRequired(Boolean value);

	/**
	 * Returns the value of the '<em><b>Fs Group Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fs Group Policy</em>' attribute.
	 * @see #setFsGroupPolicy(String)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSIDriverSpec_FsGroupPolicy()
	 * @generated
	 */
	String getFsGroupPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getFsGroupPolicy <em>Fs Group Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fs Group Policy</em>' attribute.
	 * @see #getFsGroupPolicy()
	 * @generated
	 */
	void setFsGroupPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Node Allocatable Update Period Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Allocatable Update Period Seconds</em>' attribute.
	 * @see #setNodeAllocatableUpdatePeriodSeconds(Long)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSIDriverSpec_NodeAllocatableUpdatePeriodSeconds()
	 * @generated
	 */
	Long getNodeAllocatableUpdatePeriodSeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getNodeAllocatableUpdatePeriodSeconds <em>Node Allocatable Update Period Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Allocatable Update Period Seconds</em>' attribute.
	 * @see #getNodeAllocatableUpdatePeriodSeconds()
	 * @generated
	 */
	void setNodeAllocatableUpdatePeriodSeconds(Long value);

	/**
	 * Returns the value of the '<em><b>Pod Info On Mount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pod Info On Mount</em>' attribute.
	 * @see #setPodInfoOnMount(Boolean)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSIDriverSpec_PodInfoOnMount()
	 * @generated
	 */
	Boolean getPodInfoOnMount();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getPodInfoOnMount <em>Pod Info On Mount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pod Info On Mount</em>' attribute.
	 * @see #getPodInfoOnMount()
	 * @generated
	 */
	void setPodInfoOnMount(Boolean value);

	/**
	 * Returns the value of the '<em><b>Prevent Pod Scheduling If Missing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prevent Pod Scheduling If Missing</em>' attribute.
	 * @see #setPreventPodSchedulingIfMissing(Boolean)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSIDriverSpec_PreventPodSchedulingIfMissing()
	 * @generated
	 */
	Boolean getPreventPodSchedulingIfMissing();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getPreventPodSchedulingIfMissing <em>Prevent Pod Scheduling If Missing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prevent Pod Scheduling If Missing</em>' attribute.
	 * @see #getPreventPodSchedulingIfMissing()
	 * @generated
	 */
	void setPreventPodSchedulingIfMissing(Boolean value);

	/**
	 * Returns the value of the '<em><b>Requires Republish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Requires Republish</em>' attribute.
	 * @see #setRequiresRepublish(Boolean)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSIDriverSpec_RequiresRepublish()
	 * @generated
	 */
	Boolean getRequiresRepublish();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getRequiresRepublish <em>Requires Republish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Requires Republish</em>' attribute.
	 * @see #getRequiresRepublish()
	 * @generated
	 */
	void setRequiresRepublish(Boolean value);

	/**
	 * Returns the value of the '<em><b>Se Linux Mount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Se Linux Mount</em>' attribute.
	 * @see #setSeLinuxMount(Boolean)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSIDriverSpec_SeLinuxMount()
	 * @generated
	 */
	Boolean getSeLinuxMount();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getSeLinuxMount <em>Se Linux Mount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Se Linux Mount</em>' attribute.
	 * @see #getSeLinuxMount()
	 * @generated
	 */
	void setSeLinuxMount(Boolean value);

	/**
	 * Returns the value of the '<em><b>Service Account Token In Secrets</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service Account Token In Secrets</em>' attribute.
	 * @see #setServiceAccountTokenInSecrets(Boolean)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSIDriverSpec_ServiceAccountTokenInSecrets()
	 * @generated
	 */
	Boolean getServiceAccountTokenInSecrets();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getServiceAccountTokenInSecrets <em>Service Account Token In Secrets</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Account Token In Secrets</em>' attribute.
	 * @see #getServiceAccountTokenInSecrets()
	 * @generated
	 */
	void setServiceAccountTokenInSecrets(Boolean value);

	/**
	 * Returns the value of the '<em><b>Storage Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Storage Capacity</em>' attribute.
	 * @see #setStorageCapacity(Boolean)
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSIDriverSpec_StorageCapacity()
	 * @generated
	 */
	Boolean getStorageCapacity();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.storage.v1.CSIDriverSpec#getStorageCapacity <em>Storage Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Storage Capacity</em>' attribute.
	 * @see #getStorageCapacity()
	 * @generated
	 */
	void setStorageCapacity(Boolean value);

	/**
	 * Returns the value of the '<em><b>Token Requests</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.storage.v1.TokenRequest}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Token Requests</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSIDriverSpec_TokenRequests()
	 * @generated
	 */
	EList<TokenRequest> getTokenRequests();

	/**
	 * Returns the value of the '<em><b>Volume Lifecycle Modes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Lifecycle Modes</em>' attribute list.
	 * @see io.pilothouse.model.k8s.storage.v1.StorageV1Package#getCSIDriverSpec_VolumeLifecycleModes()
	 * @generated
	 */
	EList<String> getVolumeLifecycleModes();

} // CSIDriverSpec
