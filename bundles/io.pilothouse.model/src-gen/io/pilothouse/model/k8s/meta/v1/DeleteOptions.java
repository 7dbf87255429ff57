/**
 */
package io.pilothouse.model.k8s.meta.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Delete Options</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.DeleteOptions#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.DeleteOptions#getDryRun <em>Dry Run</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.DeleteOptions#getGracePeriodSeconds <em>Grace Period Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.DeleteOptions#getIgnoreStoreReadErrorWithClusterBreakingPotential <em>Ignore Store Read Error With Cluster Breaking Potential</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.DeleteOptions#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.DeleteOptions#getOrphanDependents <em>Orphan Dependents</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.DeleteOptions#getPreconditions <em>Preconditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.DeleteOptions#getPropagationPolicy <em>Propagation Policy</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getDeleteOptions()
 * @generated
 */
public interface DeleteOptions extends EObject {
	/**
	 * Returns the value of the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Api Version</em>' attribute.
	 * @see #setApiVersion(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getDeleteOptions_ApiVersion()
	 * @generated
	 */
	String getApiVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.DeleteOptions#getApiVersion <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Api Version</em>' attribute.
	 * @see #getApiVersion()
	 * @generated
	 */
	void setApiVersion(String value);

	/**
	 * Returns the value of the '<em><b>Dry Run</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dry Run</em>' attribute list.
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getDeleteOptions_DryRun()
	 * @generated
	 */
	EList<String> getDryRun();

	/**
	 * Returns the value of the '<em><b>Grace Period Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Grace Period Seconds</em>' attribute.
	 * @see #setGracePeriodSeconds(Long)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getDeleteOptions_GracePeriodSeconds()
	 * @generated
	 */
	Long getGracePeriodSeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.DeleteOptions#getGracePeriodSeconds <em>Grace Period Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grace Period Seconds</em>' attribute.
	 * @see #getGracePeriodSeconds()
	 * @generated
	 */
	void setGracePeriodSeconds(Long value);

	/**
	 * Returns the value of the '<em><b>Ignore Store Read Error With Cluster Breaking Potential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ignore Store Read Error With Cluster Breaking Potential</em>' attribute.
	 * @see #setIgnoreStoreReadErrorWithClusterBreakingPotential(Boolean)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getDeleteOptions_IgnoreStoreReadErrorWithClusterBreakingPotential()
	 * @generated
	 */
	Boolean getIgnoreStoreReadErrorWithClusterBreakingPotential();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.DeleteOptions#getIgnoreStoreReadErrorWithClusterBreakingPotential <em>Ignore Store Read Error With Cluster Breaking Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ignore Store Read Error With Cluster Breaking Potential</em>' attribute.
	 * @see #getIgnoreStoreReadErrorWithClusterBreakingPotential()
	 * @generated
	 */
	void setIgnoreStoreReadErrorWithClusterBreakingPotential(Boolean value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getDeleteOptions_Kind()
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.DeleteOptions#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Orphan Dependents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Orphan Dependents</em>' attribute.
	 * @see #setOrphanDependents(Boolean)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getDeleteOptions_OrphanDependents()
	 * @generated
	 */
	Boolean getOrphanDependents();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.DeleteOptions#getOrphanDependents <em>Orphan Dependents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Orphan Dependents</em>' attribute.
	 * @see #getOrphanDependents()
	 * @generated
	 */
	void setOrphanDependents(Boolean value);

	/**
	 * Returns the value of the '<em><b>Preconditions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preconditions</em>' containment reference.
	 * @see #setPreconditions(Preconditions)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getDeleteOptions_Preconditions()
	 * @generated
	 */
	Preconditions getPreconditions();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.DeleteOptions#getPreconditions <em>Preconditions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preconditions</em>' containment reference.
	 * @see #getPreconditions()
	 * @generated
	 */
	void setPreconditions(Preconditions value);

	/**
	 * Returns the value of the '<em><b>Propagation Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Propagation Policy</em>' attribute.
	 * @see #setPropagationPolicy(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getDeleteOptions_PropagationPolicy()
	 * @generated
	 */
	String getPropagationPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.DeleteOptions#getPropagationPolicy <em>Propagation Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Propagation Policy</em>' attribute.
	 * @see #getPropagationPolicy()
	 * @generated
	 */
	void setPropagationPolicy(String value);

} // DeleteOptions
