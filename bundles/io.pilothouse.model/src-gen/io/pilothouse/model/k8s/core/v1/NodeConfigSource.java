/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Config Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeConfigSource#getConfigMap <em>Config Map</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeConfigSource()
 * @generated
 */
public interface NodeConfigSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Config Map</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Config Map</em>' containment reference.
	 * @see #setConfigMap(ConfigMapNodeConfigSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeConfigSource_ConfigMap()
	 * @generated
	 */
	ConfigMapNodeConfigSource getConfigMap();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeConfigSource#getConfigMap <em>Config Map</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Config Map</em>' containment reference.
	 * @see #getConfigMap()
	 * @generated
	 */
	void setConfigMap(ConfigMapNodeConfigSource value);

} // NodeConfigSource
