/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scoped Resource Selector Requirement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ScopedResourceSelectorRequirement#getOperator <em>Operator</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ScopedResourceSelectorRequirement#getScopeName <em>Scope Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ScopedResourceSelectorRequirement#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getScopedResourceSelectorRequirement()
 * @generated
 */
public interface ScopedResourceSelectorRequirement extends EObject {
	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see #setOperator(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getScopedResourceSelectorRequirement_Operator()
	 * @generated
	 */
	String getOperator();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ScopedResourceSelectorRequirement#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(String value);

	/**
	 * Returns the value of the '<em><b>Scope Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope Name</em>' attribute.
	 * @see #setScopeName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getScopedResourceSelectorRequirement_ScopeName()
	 * @generated
	 */
	String getScopeName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ScopedResourceSelectorRequirement#getScopeName <em>Scope Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope Name</em>' attribute.
	 * @see #getScopeName()
	 * @generated
	 */
	void setScopeName(String value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getScopedResourceSelectorRequirement_Values()
	 * @generated
	 */
	EList<String> getValues();

} // ScopedResourceSelectorRequirement
