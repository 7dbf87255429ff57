/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resource Quota Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ResourceQuotaSpec#getHard <em>Hard</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ResourceQuotaSpec#getScopeSelector <em>Scope Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ResourceQuotaSpec#getScopes <em>Scopes</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getResourceQuotaSpec()
 * @generated
 */
public interface ResourceQuotaSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Hard</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.types.Quantity},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hard</em>' map.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getResourceQuotaSpec_Hard()
	 * @generated
	 */
	EMap<String, Quantity> getHard();

	/**
	 * Returns the value of the '<em><b>Scope Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope Selector</em>' containment reference.
	 * @see #setScopeSelector(ScopeSelector)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getResourceQuotaSpec_ScopeSelector()
	 * @generated
	 */
	ScopeSelector getScopeSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ResourceQuotaSpec#getScopeSelector <em>Scope Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope Selector</em>' containment reference.
	 * @see #getScopeSelector()
	 * @generated
	 */
	void setScopeSelector(ScopeSelector value);

	/**
	 * Returns the value of the '<em><b>Scopes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scopes</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getResourceQuotaSpec_Scopes()
	 * @generated
	 */
	EList<String> getScopes();

} // ResourceQuotaSpec
