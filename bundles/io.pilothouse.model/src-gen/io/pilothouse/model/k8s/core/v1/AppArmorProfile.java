/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>App Armor Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.AppArmorProfile#getLocalhostProfile <em>Localhost Profile</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.AppArmorProfile#getType <em>Type</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getAppArmorProfile()
 * @generated
 */
public interface AppArmorProfile extends EObject {
	/**
	 * Returns the value of the '<em><b>Localhost Profile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Localhost Profile</em>' attribute.
	 * @see #setLocalhostProfile(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getAppArmorProfile_LocalhostProfile()
	 * @generated
	 */
	String getLocalhostProfile();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.AppArmorProfile#getLocalhostProfile <em>Localhost Profile</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getAppArmorProfile_Type()
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.AppArmorProfile#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

} // AppArmorProfile
