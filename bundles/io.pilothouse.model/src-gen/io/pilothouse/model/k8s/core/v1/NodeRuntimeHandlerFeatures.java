/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Runtime Handler Features</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeRuntimeHandlerFeatures#getRecursiveReadOnlyMounts <em>Recursive Read Only Mounts</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeRuntimeHandlerFeatures#getUserNamespaces <em>User Namespaces</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeRuntimeHandlerFeatures()
 * @generated
 */
public interface NodeRuntimeHandlerFeatures extends EObject {
	/**
	 * Returns the value of the '<em><b>Recursive Read Only Mounts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recursive Read Only Mounts</em>' attribute.
	 * @see #setRecursiveReadOnlyMounts(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeRuntimeHandlerFeatures_RecursiveReadOnlyMounts()
	 * @generated
	 */
	Boolean getRecursiveReadOnlyMounts();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeRuntimeHandlerFeatures#getRecursiveReadOnlyMounts <em>Recursive Read Only Mounts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recursive Read Only Mounts</em>' attribute.
	 * @see #getRecursiveReadOnlyMounts()
	 * @generated
	 */
	void setRecursiveReadOnlyMounts(Boolean value);

	/**
	 * Returns the value of the '<em><b>User Namespaces</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User Namespaces</em>' attribute.
	 * @see #setUserNamespaces(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeRuntimeHandlerFeatures_UserNamespaces()
	 * @generated
	 */
	Boolean getUserNamespaces();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeRuntimeHandlerFeatures#getUserNamespaces <em>User Namespaces</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Namespaces</em>' attribute.
	 * @see #getUserNamespaces()
	 * @generated
	 */
	void setUserNamespaces(Boolean value);

} // NodeRuntimeHandlerFeatures
