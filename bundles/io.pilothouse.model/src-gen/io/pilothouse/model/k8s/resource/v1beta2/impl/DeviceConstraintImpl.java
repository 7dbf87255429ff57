/**
 */
package io.pilothouse.model.k8s.resource.v1beta2.impl;

import io.pilothouse.model.k8s.resource.v1beta2.DeviceConstraint;
import io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Device Constraint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.impl.DeviceConstraintImpl#getDistinctAttribute <em>Distinct Attribute</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.impl.DeviceConstraintImpl#getMatchAttribute <em>Match Attribute</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.impl.DeviceConstraintImpl#getRequests <em>Requests</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceConstraintImpl extends MinimalEObjectImpl.Container implements DeviceConstraint {
	/**
	 * The default value of the '{@link #getDistinctAttribute() <em>Distinct Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDistinctAttribute()
	 * @generated
	 * @ordered
	 */
	protected static final String DISTINCT_ATTRIBUTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDistinctAttribute() <em>Distinct Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDistinctAttribute()
	 * @generated
	 * @ordered
	 */
	protected String distinctAttribute = DISTINCT_ATTRIBUTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMatchAttribute() <em>Match Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatchAttribute()
	 * @generated
	 * @ordered
	 */
	protected static final String MATCH_ATTRIBUTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMatchAttribute() <em>Match Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatchAttribute()
	 * @generated
	 * @ordered
	 */
	protected String matchAttribute = MATCH_ATTRIBUTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRequests() <em>Requests</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequests()
	 * @generated
	 * @ordered
	 */
	protected EList<String> requests;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviceConstraintImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1beta2Package.Literals.DEVICE_CONSTRAINT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDistinctAttribute() {
		return distinctAttribute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDistinctAttribute(String newDistinctAttribute) {
		String oldDistinctAttribute = distinctAttribute;
		distinctAttribute = newDistinctAttribute;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta2Package.DEVICE_CONSTRAINT__DISTINCT_ATTRIBUTE, oldDistinctAttribute, distinctAttribute));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMatchAttribute() {
		return matchAttribute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMatchAttribute(String newMatchAttribute) {
		String oldMatchAttribute = matchAttribute;
		matchAttribute = newMatchAttribute;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta2Package.DEVICE_CONSTRAINT__MATCH_ATTRIBUTE, oldMatchAttribute, matchAttribute));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRequests() {
		if (requests == null) {
			requests = new EDataTypeUniqueEList<String>(String.class, this, ResourceV1beta2Package.DEVICE_CONSTRAINT__REQUESTS);
		}
		return requests;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ResourceV1beta2Package.DEVICE_CONSTRAINT__DISTINCT_ATTRIBUTE:
				return getDistinctAttribute();
			case ResourceV1beta2Package.DEVICE_CONSTRAINT__MATCH_ATTRIBUTE:
				return getMatchAttribute();
			case ResourceV1beta2Package.DEVICE_CONSTRAINT__REQUESTS:
				return getRequests();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ResourceV1beta2Package.DEVICE_CONSTRAINT__DISTINCT_ATTRIBUTE:
				setDistinctAttribute((String)newValue);
				return;
			case ResourceV1beta2Package.DEVICE_CONSTRAINT__MATCH_ATTRIBUTE:
				setMatchAttribute((String)newValue);
				return;
			case ResourceV1beta2Package.DEVICE_CONSTRAINT__REQUESTS:
				getRequests().clear();
				getRequests().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ResourceV1beta2Package.DEVICE_CONSTRAINT__DISTINCT_ATTRIBUTE:
				setDistinctAttribute(DISTINCT_ATTRIBUTE_EDEFAULT);
				return;
			case ResourceV1beta2Package.DEVICE_CONSTRAINT__MATCH_ATTRIBUTE:
				setMatchAttribute(MATCH_ATTRIBUTE_EDEFAULT);
				return;
			case ResourceV1beta2Package.DEVICE_CONSTRAINT__REQUESTS:
				getRequests().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ResourceV1beta2Package.DEVICE_CONSTRAINT__DISTINCT_ATTRIBUTE:
				return DISTINCT_ATTRIBUTE_EDEFAULT == null ? distinctAttribute != null : !DISTINCT_ATTRIBUTE_EDEFAULT.equals(distinctAttribute);
			case ResourceV1beta2Package.DEVICE_CONSTRAINT__MATCH_ATTRIBUTE:
				return MATCH_ATTRIBUTE_EDEFAULT == null ? matchAttribute != null : !MATCH_ATTRIBUTE_EDEFAULT.equals(matchAttribute);
			case ResourceV1beta2Package.DEVICE_CONSTRAINT__REQUESTS:
				return requests != null && !requests.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (distinctAttribute: ");
		result.append(distinctAttribute);
		result.append(", matchAttribute: ");
		result.append(matchAttribute);
		result.append(", requests: ");
		result.append(requests);
		result.append(')');
		return result.toString();
	}

} //DeviceConstraintImpl
