/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Namespace Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NamespaceSpec#getFinalizers <em>Finalizers</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNamespaceSpec()
 * @generated
 */
public interface NamespaceSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Finalizers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Finalizers</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNamespaceSpec_Finalizers()
	 * @generated
	 */
	EList<String> getFinalizers();

} // NamespaceSpec
