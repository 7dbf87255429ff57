/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Host Alias</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.HostAlias#getHostnames <em>Hostnames</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.HostAlias#getIp <em>Ip</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getHostAlias()
 * @generated
 */
public interface HostAlias extends EObject {
	/**
	 * Returns the value of the '<em><b>Hostnames</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hostnames</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getHostAlias_Hostnames()
	 * @generated
	 */
	EList<String> getHostnames();

	/**
	 * Returns the value of the '<em><b>Ip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ip</em>' attribute.
	 * @see #setIp(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getHostAlias_Ip()
	 * @generated
	 */
	String getIp();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.HostAlias#getIp <em>Ip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ip</em>' attribute.
	 * @see #getIp()
	 * @generated
	 */
	void setIp(String value);

} // HostAlias
