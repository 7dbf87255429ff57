/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Capabilities</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Capabilities#getAdd <em>Add</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Capabilities#getDrop <em>Drop</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getCapabilities()
 * @generated
 */
public interface Capabilities extends EObject {
	/**
	 * Returns the value of the '<em><b>Add</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Add</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getCapabilities_Add()
	 * @generated
	 */
	EList<String> getAdd();

	/**
	 * Returns the value of the '<em><b>Drop</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Drop</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getCapabilities_Drop()
	 * @generated
	 */
	EList<String> getDrop();

} // Capabilities
