/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Env From Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.EnvFromSource#getConfigMapRef <em>Config Map Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.EnvFromSource#getPrefix <em>Prefix</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.EnvFromSource#getSecretRef <em>Secret Ref</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEnvFromSource()
 * @generated
 */
public interface EnvFromSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Config Map Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Config Map Ref</em>' containment reference.
	 * @see #setConfigMapRef(ConfigMapEnvSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEnvFromSource_ConfigMapRef()
	 * @generated
	 */
	ConfigMapEnvSource getConfigMapRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.EnvFromSource#getConfigMapRef <em>Config Map Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Config Map Ref</em>' containment reference.
	 * @see #getConfigMapRef()
	 * @generated
	 */
	void setConfigMapRef(ConfigMapEnvSource value);

	/**
	 * Returns the value of the '<em><b>Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prefix</em>' attribute.
	 * @see #setPrefix(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEnvFromSource_Prefix()
	 * @generated
	 */
	String getPrefix();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.EnvFromSource#getPrefix <em>Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prefix</em>' attribute.
	 * @see #getPrefix()
	 * @generated
	 */
	void setPrefix(String value);

	/**
	 * Returns the value of the '<em><b>Secret Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Secret Ref</em>' containment reference.
	 * @see #setSecretRef(SecretEnvSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEnvFromSource_SecretRef()
	 * @generated
	 */
	SecretEnvSource getSecretRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.EnvFromSource#getSecretRef <em>Secret Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secret Ref</em>' containment reference.
	 * @see #getSecretRef()
	 * @generated
	 */
	void setSecretRef(SecretEnvSource value);

} // EnvFromSource
