/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attached Volume</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.AttachedVolume#getDevicePath <em>Device Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.AttachedVolume#getName <em>Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getAttachedVolume()
 * @generated
 */
public interface AttachedVolume extends EObject {
	/**
	 * Returns the value of the '<em><b>Device Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device Path</em>' attribute.
	 * @see #setDevicePath(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getAttachedVolume_DevicePath()
	 * @generated
	 */
	String getDevicePath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.AttachedVolume#getDevicePath <em>Device Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Path</em>' attribute.
	 * @see #getDevicePath()
	 * @generated
	 */
	void setDevicePath(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getAttachedVolume_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.AttachedVolume#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

} // AttachedVolume
