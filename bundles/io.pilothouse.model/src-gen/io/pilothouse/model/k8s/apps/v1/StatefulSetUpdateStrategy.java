/**
 */
package io.pilothouse.model.k8s.apps.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stateful Set Update Strategy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.StatefulSetUpdateStrategy#getRollingUpdate <em>Rolling Update</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.StatefulSetUpdateStrategy#getType <em>Type</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetUpdateStrategy()
 * @generated
 */
public interface StatefulSetUpdateStrategy extends EObject {
	/**
	 * Returns the value of the '<em><b>Rolling Update</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rolling Update</em>' containment reference.
	 * @see #setRollingUpdate(RollingUpdateStatefulSetStrategy)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetUpdateStrategy_RollingUpdate()
	 * @generated
	 */
	RollingUpdateStatefulSetStrategy getRollingUpdate();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetUpdateStrategy#getRollingUpdate <em>Rolling Update</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rolling Update</em>' containment reference.
	 * @see #getRollingUpdate()
	 * @generated
	 */
	void setRollingUpdate(RollingUpdateStatefulSetStrategy value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetUpdateStrategy_Type()
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetUpdateStrategy#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

} // StatefulSetUpdateStrategy
