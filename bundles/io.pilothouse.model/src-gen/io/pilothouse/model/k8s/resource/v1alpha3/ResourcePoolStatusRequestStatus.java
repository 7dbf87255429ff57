/**
 */
package io.pilothouse.model.k8s.resource.v1alpha3;

import io.pilothouse.model.k8s.meta.v1.Condition;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resource Pool Status Request Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestStatus#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestStatus#getPoolCount <em>Pool Count</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestStatus#getPools <em>Pools</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package#getResourcePoolStatusRequestStatus()
 * @generated
 */
public interface ResourcePoolStatusRequestStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.meta.v1.Condition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package#getResourcePoolStatusRequestStatus_Conditions()
	 * @generated
	 */
	EList<Condition> getConditions();

	/**
	 * Returns the value of the '<em><b>Pool Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pool Count</em>' attribute.
	 * @see #setPoolCount(Integer)
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package#getResourcePoolStatusRequestStatus_PoolCount()
	 * @generated
	 */
	Integer getPoolCount();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestStatus#getPoolCount <em>Pool Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pool Count</em>' attribute.
	 * @see #getPoolCount()
	 * @generated
	 */
	void setPoolCount(Integer value);

	/**
	 * Returns the value of the '<em><b>Pools</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pools</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package#getResourcePoolStatusRequestStatus_Pools()
	 * @generated
	 */
	EList<PoolStatus> getPools();

} // ResourcePoolStatusRequestStatus
