/**
 */
package io.pilothouse.model.k8s.meta.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Preconditions</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.Preconditions#getResourceVersion <em>Resource Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.Preconditions#getUid <em>Uid</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getPreconditions()
 * @generated
 */
public interface Preconditions extends EObject {
	/**
	 * Returns the value of the '<em><b>Resource Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Version</em>' attribute.
	 * @see #setResourceVersion(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getPreconditions_ResourceVersion()
	 * @generated
	 */
	String getResourceVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.Preconditions#getResourceVersion <em>Resource Version</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getPreconditions_Uid()
	 * @generated
	 */
	String getUid();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.Preconditions#getUid <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uid</em>' attribute.
	 * @see #getUid()
	 * @generated
	 */
	void setUid(String value);

} // Preconditions
