/**
 */
package io.pilothouse.model.k8s.apps.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stateful Set Ordinals</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.StatefulSetOrdinals#getStart <em>Start</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetOrdinals()
 * @generated
 */
public interface StatefulSetOrdinals extends EObject {
	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getStatefulSetOrdinals_Start()
	 * @generated
	 */
	Integer getStart();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.StatefulSetOrdinals#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(Integer value);

} // StatefulSetOrdinals
