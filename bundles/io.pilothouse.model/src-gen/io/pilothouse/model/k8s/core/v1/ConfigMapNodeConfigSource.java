/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Config Map Node Config Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ConfigMapNodeConfigSource#getKubeletConfigKey <em>Kubelet Config Key</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ConfigMapNodeConfigSource#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ConfigMapNodeConfigSource#getNamespace <em>Namespace</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ConfigMapNodeConfigSource#getResourceVersion <em>Resource Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ConfigMapNodeConfigSource#getUid <em>Uid</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getConfigMapNodeConfigSource()
 * @generated
 */
public interface ConfigMapNodeConfigSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Kubelet Config Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kubelet Config Key</em>' attribute.
	 * @see #setKubeletConfigKey(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getConfigMapNodeConfigSource_KubeletConfigKey()
	 * @generated
	 */
	String getKubeletConfigKey();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ConfigMapNodeConfigSource#getKubeletConfigKey <em>Kubelet Config Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kubelet Config Key</em>' attribute.
	 * @see #getKubeletConfigKey()
	 * @generated
	 */
	void setKubeletConfigKey(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getConfigMapNodeConfigSource_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ConfigMapNodeConfigSource#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Namespace</em>' attribute.
	 * @see #setNamespace(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getConfigMapNodeConfigSource_Namespace()
	 * @generated
	 */
	String getNamespace();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ConfigMapNodeConfigSource#getNamespace <em>Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Namespace</em>' attribute.
	 * @see #getNamespace()
	 * @generated
	 */
	void setNamespace(String value);

	/**
	 * Returns the value of the '<em><b>Resource Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Version</em>' attribute.
	 * @see #setResourceVersion(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getConfigMapNodeConfigSource_ResourceVersion()
	 * @generated
	 */
	String getResourceVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ConfigMapNodeConfigSource#getResourceVersion <em>Resource Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Version</em>' attribute.
	 * @see #getResourceVersion()
	 * @generated
	 */
	void setResourceVersion(String value);

	/**
	 * Returns the value of the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uid</em>' attribute.
	 * @see #setUid(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getConfigMapNodeConfigSource_Uid()
	 * @generated
	 */
	String getUid();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ConfigMapNodeConfigSource#getUid <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uid</em>' attribute.
	 * @see #getUid()
	 * @generated
	 */
	void setUid(String value);

} // ConfigMapNodeConfigSource
