/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Client IP Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ClientIPConfig#getTimeoutSeconds <em>Timeout Seconds</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getClientIPConfig()
 * @generated
 */
public interface ClientIPConfig extends EObject {
	/**
	 * Returns the value of the '<em><b>Timeout Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timeout Seconds</em>' attribute.
	 * @see #setTimeoutSeconds(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getClientIPConfig_TimeoutSeconds()
	 * @generated
	 */
	Integer getTimeoutSeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ClientIPConfig#getTimeoutSeconds <em>Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timeout Seconds</em>' attribute.
	 * @see #getTimeoutSeconds()
	 * @generated
	 */
	void setTimeoutSeconds(Integer value);

} // ClientIPConfig
