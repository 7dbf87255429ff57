/**
 */
package io.pilothouse.model.k8s.resource.v1alpha3;

import io.pilothouse.model.k8s.meta.v1.Condition;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device Taint Rule Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.DeviceTaintRuleStatus#getConditions <em>Conditions</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package#getDeviceTaintRuleStatus()
 * @generated
 */
public interface DeviceTaintRuleStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.meta.v1.Condition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package#getDeviceTaintRuleStatus_Conditions()
	 * @generated
	 */
	EList<Condition> getConditions();

} // DeviceTaintRuleStatus
