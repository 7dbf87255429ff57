/**
 */
package io.pilothouse.model.k8s.resource.v1beta1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resource Pool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.ResourcePool#getGeneration <em>Generation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.ResourcePool#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.ResourcePool#getResourceSliceCount <em>Resource Slice Count</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getResourcePool()
 * @generated
 */
public interface ResourcePool extends EObject {
	/**
	 * Returns the value of the '<em><b>Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Generation</em>' attribute.
	 * @see #setGeneration(Long)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getResourcePool_Generation()
	 * @generated
	 */
	Long getGeneration();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourcePool#getGeneration <em>Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Generation</em>' attribute.
	 * @see #getGeneration()
	 * @generated
	 */
	void setGeneration(Long value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getResourcePool_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourcePool#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Resource Slice Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Slice Count</em>' attribute.
	 * @see #setResourceSliceCount(Long)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getResourcePool_ResourceSliceCount()
	 * @generated
	 */
	Long getResourceSliceCount();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.ResourcePool#getResourceSliceCount <em>Resource Slice Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Slice Count</em>' attribute.
	 * @see #getResourceSliceCount()
	 * @generated
	 */
	void setResourceSliceCount(Long value);

} // ResourcePool
