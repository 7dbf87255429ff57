/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Env Var Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.EnvVarSource#getConfigMapKeyRef <em>Config Map Key Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.EnvVarSource#getFieldRef <em>Field Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.EnvVarSource#getFileKeyRef <em>File Key Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.EnvVarSource#getResourceFieldRef <em>Resource Field Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.EnvVarSource#getSecretKeyRef <em>Secret Key Ref</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEnvVarSource()
 * @generated
 */
public interface EnvVarSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Config Map Key Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Config Map Key Ref</em>' containment reference.
	 * @see #setConfigMapKeyRef(ConfigMapKeySelector)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEnvVarSource_ConfigMapKeyRef()
	 * @generated
	 */
	ConfigMapKeySelector getConfigMapKeyRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.EnvVarSource#getConfigMapKeyRef <em>Config Map Key Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Config Map Key Ref</em>' containment reference.
	 * @see #getConfigMapKeyRef()
	 * @generated
	 */
	void setConfigMapKeyRef(ConfigMapKeySelector value);

	/**
	 * Returns the value of the '<em><b>Field Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field Ref</em>' containment reference.
	 * @see #setFieldRef(ObjectFieldSelector)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEnvVarSource_FieldRef()
	 * @generated
	 */
	ObjectFieldSelector getFieldRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.EnvVarSource#getFieldRef <em>Field Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field Ref</em>' containment reference.
	 * @see #getFieldRef()
	 * @generated
	 */
	void setFieldRef(ObjectFieldSelector value);

	/**
	 * Returns the value of the '<em><b>File Key Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File Key Ref</em>' containment reference.
	 * @see #setFileKeyRef(FileKeySelector)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEnvVarSource_FileKeyRef()
	 * @generated
	 */
	FileKeySelector getFileKeyRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.EnvVarSource#getFileKeyRef <em>File Key Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Key Ref</em>' containment reference.
	 * @see #getFileKeyRef()
	 * @generated
	 */
	void setFileKeyRef(FileKeySelector value);

	/**
	 * Returns the value of the '<em><b>Resource Field Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Field Ref</em>' containment reference.
	 * @see #setResourceFieldRef(ResourceFieldSelector)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEnvVarSource_ResourceFieldRef()
	 * @generated
	 */
	ResourceFieldSelector getResourceFieldRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.EnvVarSource#getResourceFieldRef <em>Resource Field Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Field Ref</em>' containment reference.
	 * @see #getResourceFieldRef()
	 * @generated
	 */
	void setResourceFieldRef(ResourceFieldSelector value);

	/**
	 * Returns the value of the '<em><b>Secret Key Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Secret Key Ref</em>' containment reference.
	 * @see #setSecretKeyRef(SecretKeySelector)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEnvVarSource_SecretKeyRef()
	 * @generated
	 */
	SecretKeySelector getSecretKeyRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.EnvVarSource#getSecretKeyRef <em>Secret Key Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secret Key Ref</em>' containment reference.
	 * @see #getSecretKeyRef()
	 * @generated
	 */
	void setSecretKeyRef(SecretKeySelector value);

} // EnvVarSource
