/**
 */
package io.pilothouse.model.k8s.resource.v1alpha3;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resource Pool Status Request Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestSpec#getDriver <em>Driver</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestSpec#getLimit <em>Limit</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestSpec#getPoolName <em>Pool Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package#getResourcePoolStatusRequestSpec()
 * @generated
 */
public interface ResourcePoolStatusRequestSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver</em>' attribute.
	 * @see #setDriver(String)
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package#getResourcePoolStatusRequestSpec_Driver()
	 * @generated
	 */
	String getDriver();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestSpec#getDriver <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver</em>' attribute.
	 * @see #getDriver()
	 * @generated
	 */
	void setDriver(String value);

	/**
	 * Returns the value of the '<em><b>Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Limit</em>' attribute.
	 * @see #setLimit(Integer)
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package#getResourcePoolStatusRequestSpec_Limit()
	 * @generated
	 */
	Integer getLimit();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestSpec#getLimit <em>Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Limit</em>' attribute.
	 * @see #getLimit()
	 * @generated
	 */
	void setLimit(Integer value);

	/**
	 * Returns the value of the '<em><b>Pool Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pool Name</em>' attribute.
	 * @see #setPoolName(String)
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package#getResourcePoolStatusRequestSpec_PoolName()
	 * @generated
	 */
	String getPoolName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestSpec#getPoolName <em>Pool Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pool Name</em>' attribute.
	 * @see #getPoolName()
	 * @generated
	 */
	void setPoolName(String value);

} // ResourcePoolStatusRequestSpec
