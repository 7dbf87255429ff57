/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Seccomp Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.SeccompProfile#getLocalhostProfile <em>Localhost Profile</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.SeccompProfile#getType <em>Type</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSeccompProfile()
 * @generated
 */
public interface SeccompProfile extends EObject {
	/**
	 * Returns the value of the '<em><b>Localhost Profile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Localhost Profile</em>' attribute.
	 * @see #setLocalhostProfile(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSeccompProfile_LocalhostProfile()
	 * @generated
	 */
	String getLocalhostProfile();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.SeccompProfile#getLocalhostProfile <em>Localhost Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Localhost Profile</em>' attribute.
	 * @see #getLocalhostProfile()
	 * @generated
	 */
	void setLocalhostProfile(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getSeccompProfile_Type()
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.SeccompProfile#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

} // SeccompProfile
