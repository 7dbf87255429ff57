/**
 */
package io.pilothouse.model.k8s.apps.v1;

import io.pilothouse.model.types.IntOrString;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rolling Update Stateful Set Strategy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.RollingUpdateStatefulSetStrategy#getMaxUnavailable <em>Max Unavailable</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.RollingUpdateStatefulSetStrategy#getPartition <em>Partition</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getRollingUpdateStatefulSetStrategy()
 * @generated
 */
public interface RollingUpdateStatefulSetStrategy extends EObject {
	/**
	 * Returns the value of the '<em><b>Max Unavailable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Unavailable</em>' attribute.
	 * @see #setMaxUnavailable(IntOrString)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getRollingUpdateStatefulSetStrategy_MaxUnavailable()
	 * @generated
	 */
	IntOrString getMaxUnavailable();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.RollingUpdateStatefulSetStrategy#getMaxUnavailable <em>Max Unavailable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Unavailable</em>' attribute.
	 * @see #getMaxUnavailable()
	 * @generated
	 */
	void setMaxUnavailable(IntOrString value);

	/**
	 * Returns the value of the '<em><b>Partition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partition</em>' attribute.
	 * @see #setPartition(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getRollingUpdateStatefulSetStrategy_Partition()
	 * @generated
	 */
	Integer getPartition();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.RollingUpdateStatefulSetStrategy#getPartition <em>Partition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partition</em>' attribute.
	 * @see #getPartition()
	 * @generated
	 */
	void setPartition(Integer value);

} // RollingUpdateStatefulSetStrategy
