/**
 */
package io.pilothouse.model.k8s.apps.v1;

import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.core.v1.PodTemplateSpec;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stateful Set Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getMinReadySeconds <em>Min Ready Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getOrdinals <em>Ordinals</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getPersistentVolumeClaimRetentionPolicy <em>Persistent Volume Claim Retention Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getPodManagementPolicy <em>Pod Management Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getReplicas <em>Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getRevisionHistoryLimit <em>Revision History Limit</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getSelector <em>Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getServiceName <em>Service Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getTemplate <em>Template</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getUpdateStrategy <em>Update Strategy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getVolumeClaimTemplates <em>Volume Claim Templates</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetSpec()
 * @generated
 */
public interface StatefulSetSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Min Ready Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Ready Seconds</em>' attribute.
	 * @see #setMinReadySeconds(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetSpec_MinReadySeconds()
	 * @generated
	 */
	Integer getMinReadySeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getMinReadySeconds <em>Min Ready Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Ready Seconds</em>' attribute.
	 * @see #getMinReadySeconds()
	 * @generated
	 */
	void setMinReadySeconds(Integer value);

	/**
	 * Returns the value of the '<em><b>Ordinals</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ordinals</em>' containment reference.
	 * @see #setOrdinals(StatefulSetOrdinals)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetSpec_Ordinals()
	 * @generated
	 */
	StatefulSetOrdinals getOrdinals();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getOrdinals <em>Ordinals</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ordinals</em>' containment reference.
	 * @see #getOrdinals()
	 * @generated
	 */
	void setOrdinals(StatefulSetOrdinals value);

	/**
	 * Returns the value of the '<em><b>Persistent Volume Claim Retention Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Persistent Volume Claim Retention Policy</em>' containment reference.
	 * @see #setPersistentVolumeClaimRetentionPolicy(StatefulSetPersistentVolumeClaimRetentionPolicy)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetSpec_PersistentVolumeClaimRetentionPolicy()
	 * @generated
	 */
	StatefulSetPersistentVolumeClaimRetentionPolicy getPersistentVolumeClaimRetentionPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getPersistentVolumeClaimRetentionPolicy <em>Persistent Volume Claim Retention Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Persistent Volume Claim Retention Policy</em>' containment reference.
	 * @see #getPersistentVolumeClaimRetentionPolicy()
	 * @generated
	 */
	void setPersistentVolumeClaimRetentionPolicy(StatefulSetPersistentVolumeClaimRetentionPolicy value);

	/**
	 * Returns the value of the '<em><b>Pod Management Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pod Management Policy</em>' attribute.
	 * @see #setPodManagementPolicy(String)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetSpec_PodManagementPolicy()
	 * @generated
	 */
	String getPodManagementPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getPodManagementPolicy <em>Pod Management Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pod Management Policy</em>' attribute.
	 * @see #getPodManagementPolicy()
	 * @generated
	 */
	void setPodManagementPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Replicas</em>' attribute.
	 * @see #setReplicas(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetSpec_Replicas()
	 * @generated
	 */
	Integer getReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getReplicas <em>Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replicas</em>' attribute.
	 * @see #getReplicas()
	 * @generated
	 */
	void setReplicas(Integer value);

	/**
	 * Returns the value of the '<em><b>Revision History Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revision History Limit</em>' attribute.
	 * @see #setRevisionHistoryLimit(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetSpec_RevisionHistoryLimit()
	 * @generated
	 */
	Integer getRevisionHistoryLimit();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getRevisionHistoryLimit <em>Revision History Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revision History Limit</em>' attribute.
	 * @see #getRevisionHistoryLimit()
	 * @generated
	 */
	void setRevisionHistoryLimit(Integer value);

	/**
	 * Returns the value of the '<em><b>Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Selector</em>' containment reference.
	 * @see #setSelector(LabelSelector)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetSpec_Selector()
	 * @generated
	 */
	LabelSelector getSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getSelector <em>Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Selector</em>' containment reference.
	 * @see #getSelector()
	 * @generated
	 */
	void setSelector(LabelSelector value);

	/**
	 * Returns the value of the '<em><b>Service Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service Name</em>' attribute.
	 * @see #setServiceName(String)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetSpec_ServiceName()
	 * @generated
	 */
	String getServiceName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getServiceName <em>Service Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Name</em>' attribute.
	 * @see #getServiceName()
	 * @generated
	 */
	void setServiceName(String value);

	/**
	 * Returns the value of the '<em><b>Template</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template</em>' containment reference.
	 * @see #setTemplate(PodTemplateSpec)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetSpec_Template()
	 * @generated
	 */
	PodTemplateSpec getTemplate();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getTemplate <em>Template</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' containment reference.
	 * @see #getTemplate()
	 * @generated
	 */
	void setTemplate(PodTemplateSpec value);

	/**
	 * Returns the value of the '<em><b>Update Strategy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Update Strategy</em>' containment reference.
	 * @see #setUpdateStrategy(StatefulSetUpdateStrategy)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetSpec_UpdateStrategy()
	 * @generated
	 */
	StatefulSetUpdateStrategy getUpdateStrategy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetSpec#getUpdateStrategy <em>Update Strategy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Update Strategy</em>' containment reference.
	 * @see #getUpdateStrategy()
	 * @generated
	 */
	void setUpdateStrategy(StatefulSetUpdateStrategy value);

	/**
	 * Returns the value of the '<em><b>Volume Claim Templates</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Claim Templates</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetSpec_VolumeClaimTemplates()
	 * @generated
	 */
	EList<PersistentVolumeClaim> getVolumeClaimTemplates();

} // StatefulSetSpec
