/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Session Affinity Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.SessionAffinityConfig#getClientIP <em>Client IP</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSessionAffinityConfig()
 * @generated
 */
public interface SessionAffinityConfig extends EObject {
	/**
	 * Returns the value of the '<em><b>Client IP</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Client IP</em>' containment reference.
	 * @see #setClientIP(ClientIPConfig)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSessionAffinityConfig_ClientIP()
	 * @generated
	 */
	ClientIPConfig getClientIP();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.SessionAffinityConfig#getClientIP <em>Client IP</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client IP</em>' containment reference.
	 * @see #getClientIP()
	 * @generated
	 */
	void setClientIP(ClientIPConfig value);

} // SessionAffinityConfig
