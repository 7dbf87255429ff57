/**
 */
package io.pilothouse.model.k8s.apps.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Deployment Strategy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DeploymentStrategy#getRollingUpdate <em>Rolling Update</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DeploymentStrategy#getType <em>Type</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentStrategy()
 * @generated
 */
public interface DeploymentStrategy extends EObject {
	/**
	 * Returns the value of the '<em><b>Rolling Update</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rolling Update</em>' containment reference.
	 * @see #setRollingUpdate(RollingUpdateDeployment)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentStrategy_RollingUpdate()
	 * @generated
	 */
	RollingUpdateDeployment getRollingUpdate();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DeploymentStrategy#getRollingUpdate <em>Rolling Update</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rolling Update</em>' containment reference.
	 * @see #getRollingUpdate()
	 * @generated
	 */
	void setRollingUpdate(RollingUpdateDeployment value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentStrategy_Type()
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DeploymentStrategy#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

} // DeploymentStrategy
