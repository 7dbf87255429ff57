/**
 */
package io.pilothouse.model.k8s.resource.v1beta1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device Constraint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceConstraint#getDistinctAttribute <em>Distinct Attribute</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceConstraint#getMatchAttribute <em>Match Attribute</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceConstraint#getRequests <em>Requests</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceConstraint()
 * @generated
 */
public interface DeviceConstraint extends EObject {
	/**
	 * Returns the value of the '<em><b>Distinct Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Distinct Attribute</em>' attribute.
	 * @see #setDistinctAttribute(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceConstraint_DistinctAttribute()
	 * @generated
	 */
	String getDistinctAttribute();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceConstraint#getDistinctAttribute <em>Distinct Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Distinct Attribute</em>' attribute.
	 * @see #getDistinctAttribute()
	 * @generated
	 */
	void setDistinctAttribute(String value);

	/**
	 * Returns the value of the '<em><b>Match Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Match Attribute</em>' attribute.
	 * @see #setMatchAttribute(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceConstraint_MatchAttribute()
	 * @generated
	 */
	String getMatchAttribute();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceConstraint#getMatchAttribute <em>Match Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Match Attribute</em>' attribute.
	 * @see #getMatchAttribute()
	 * @generated
	 */
	void setMatchAttribute(String value);

	/**
	 * Returns the value of the '<em><b>Requests</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Requests</em>' attribute list.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceConstraint_Requests()
	 * @generated
	 */
	EList<String> getRequests();

} // DeviceConstraint
