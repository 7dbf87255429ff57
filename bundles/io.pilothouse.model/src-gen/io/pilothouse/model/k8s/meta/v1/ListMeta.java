/**
 */
package io.pilothouse.model.k8s.meta.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>List Meta</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ListMeta#getContinue <em>Continue</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ListMeta#getRemainingItemCount <em>Remaining Item Count</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ListMeta#getResourceVersion <em>Resource Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ListMeta#getSelfLink <em>Self Link</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ListMeta#getShardInfo <em>Shard Info</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getListMeta()
 * @generated
 */
public interface ListMeta extends EObject {
	/**
	 * Returns the value of the '<em><b>Continue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Continue</em>' attribute.
	 * @see #setContinue(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getListMeta_Continue()
	 * @generated
	 */
	String getContinue();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.ListMeta#getContinue <em>Continue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Continue</em>' attribute.
	 * @see #getContinue()
	 * @generated
	 */
	void setContinue(String value);

	/**
	 * Returns the value of the '<em><b>Remaining Item Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remaining Item Count</em>' attribute.
	 * @see #setRemainingItemCount(Long)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getListMeta_RemainingItemCount()
	 * @generated
	 */
	Long getRemainingItemCount();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.ListMeta#getRemainingItemCount <em>Remaining Item Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remaining Item Count</em>' attribute.
	 * @see #getRemainingItemCount()
	 * @generated
	 */
	void setRemainingItemCount(Long value);

	/**
	 * Returns the value of the '<em><b>Resource Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Version</em>' attribute.
	 * @see #setResourceVersion(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getListMeta_ResourceVersion()
	 * @generated
	 */
	String getResourceVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.ListMeta#getResourceVersion <em>Resource Version</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getListMeta_SelfLink()
	 * @generated
	 */
	String getSelfLink();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.ListMeta#getSelfLink <em>Self Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Self Link</em>' attribute.
	 * @see #getSelfLink()
	 * @generated
	 */
	void setSelfLink(String value);

	/**
	 * Returns the value of the '<em><b>Shard Info</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shard Info</em>' containment reference.
	 * @see #setShardInfo(ShardInfo)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getListMeta_ShardInfo()
	 * @generated
	 */
	ShardInfo getShardInfo();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.ListMeta#getShardInfo <em>Shard Info</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shard Info</em>' containment reference.
	 * @see #getShardInfo()
	 * @generated
	 */
	void setShardInfo(ShardInfo value);

} // ListMeta
