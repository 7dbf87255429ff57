/**
 */
package io.pilothouse.model.k8s.apps.v1;

import io.pilothouse.model.types.IntOrString;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rolling Update Deployment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.RollingUpdateDeployment#getMaxSurge <em>Max Surge</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.RollingUpdateDeployment#getMaxUnavailable <em>Max Unavailable</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getRollingUpdateDeployment()
 * @generated
 */
public interface RollingUpdateDeployment extends EObject {
	/**
	 * Returns the value of the '<em><b>Max Surge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Surge</em>' attribute.
	 * @see #setMaxSurge(IntOrString)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getRollingUpdateDeployment_MaxSurge()
	 * @generated
	 */
	IntOrString getMaxSurge();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.RollingUpdateDeployment#getMaxSurge <em>Max Surge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Surge</em>' attribute.
	 * @see #getMaxSurge()
	 * @generated
	 */
	void setMaxSurge(IntOrString value);

	/**
	 * Returns the value of the '<em><b>Max Unavailable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Unavailable</em>' attribute.
	 * @see #setMaxUnavailable(IntOrString)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getRollingUpdateDeployment_MaxUnavailable()
	 * @generated
	 */
	IntOrString getMaxUnavailable();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.RollingUpdateDeployment#getMaxUnavailable <em>Max Unavailable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Unavailable</em>' attribute.
	 * @see #getMaxUnavailable()
	 * @generated
	 */
	void setMaxUnavailable(IntOrString value);

} // RollingUpdateDeployment
