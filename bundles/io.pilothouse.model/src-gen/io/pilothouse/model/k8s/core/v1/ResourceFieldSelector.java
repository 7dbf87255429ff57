/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resource Field Selector</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ResourceFieldSelector#getContainerName <em>Container Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ResourceFieldSelector#getDivisor <em>Divisor</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ResourceFieldSelector#getResource <em>Resource</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getResourceFieldSelector()
 * @generated
 */
public interface ResourceFieldSelector extends EObject {
	/**
	 * Returns the value of the '<em><b>Container Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Container Name</em>' attribute.
	 * @see #setContainerName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getResourceFieldSelector_ContainerName()
	 * @generated
	 */
	String getContainerName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ResourceFieldSelector#getContainerName <em>Container Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Container Name</em>' attribute.
	 * @see #getContainerName()
	 * @generated
	 */
	void setContainerName(String value);

	/**
	 * Returns the value of the '<em><b>Divisor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Divisor</em>' attribute.
	 * @see #setDivisor(Quantity)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getResourceFieldSelector_Divisor()
	 * @generated
	 */
	Quantity getDivisor();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ResourceFieldSelector#getDivisor <em>Divisor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Divisor</em>' attribute.
	 * @see #getDivisor()
	 * @generated
	 */
	void setDivisor(Quantity value);

	/**
	 * Returns the value of the '<em><b>Resource</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource</em>' attribute.
	 * @see #setResource(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getResourceFieldSelector_Resource()
	 * @generated
	 */
	String getResource();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ResourceFieldSelector#getResource <em>Resource</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource</em>' attribute.
	 * @see #getResource()
	 * @generated
	 */
	void setResource(String value);

} // ResourceFieldSelector
