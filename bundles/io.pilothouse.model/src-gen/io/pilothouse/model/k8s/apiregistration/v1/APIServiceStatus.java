/**
 */
package io.pilothouse.model.k8s.apiregistration.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>API Service Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceStatus#getConditions <em>Conditions</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apiregistration.v1.ApiregistrationV1Package#getAPIServiceStatus()
 * @generated
 */
public interface APIServiceStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.ApiregistrationV1Package#getAPIServiceStatus_Conditions()
	 * @generated
	 */
	EList<APIServiceCondition> getConditions();

} // APIServiceStatus
