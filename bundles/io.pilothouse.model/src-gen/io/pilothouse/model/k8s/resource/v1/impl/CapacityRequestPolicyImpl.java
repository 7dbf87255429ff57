/**
 */
package io.pilothouse.model.k8s.resource.v1.impl;

import io.pilothouse.model.k8s.resource.v1.CapacityRequestPolicy;
import io.pilothouse.model.k8s.resource.v1.CapacityRequestPolicyRange;
import io.pilothouse.model.k8s.resource.v1.ResourceV1Package;

import io.pilothouse.model.types.Quantity;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Capacity Request Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.CapacityRequestPolicyImpl#getDefault <em>Default</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.CapacityRequestPolicyImpl#getValidRange <em>Valid Range</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.CapacityRequestPolicyImpl#getValidValues <em>Valid Values</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CapacityRequestPolicyImpl extends MinimalEObjectImpl.Container implements CapacityRequestPolicy {
	/**
	 * The default value of the '{@link #getDefault() <em>Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefault()
	 * @generated
	 * @ordered
	 */
	protected static final Quantity DEFAULT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefault() <em>Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefault()
	 * @generated
	 * @ordered
	 */
	protected Quantity default_ = DEFAULT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getValidRange() <em>Valid Range</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidRange()
	 * @generated
	 * @ordered
	 */
	protected CapacityRequestPolicyRange validRange;

	/**
	 * The cached value of the '{@link #getValidValues() <em>Valid Values</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidValues()
	 * @generated
	 * @ordered
	 */
	protected EList<Quantity> validValues;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CapacityRequestPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1Package.Literals.CAPACITY_REQUEST_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity getDefault() {
		return default_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefault(Quantity newDefault) {
		Quantity oldDefault = default_;
		default_ = newDefault;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.CAPACITY_REQUEST_POLICY__DEFAULT, oldDefault, default_));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CapacityRequestPolicyRange getValidRange() {
		return validRange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetValidRange(CapacityRequestPolicyRange newValidRange, NotificationChain msgs) {
		CapacityRequestPolicyRange oldValidRange = validRange;
		validRange = newValidRange;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ResourceV1Package.CAPACITY_REQUEST_POLICY__VALID_RANGE, oldValidRange, newValidRange);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidRange(CapacityRequestPolicyRange newValidRange) {
		if (newValidRange != validRange) {
			NotificationChain msgs = null;
			if (validRange != null)
				msgs = ((InternalEObject)validRange).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ResourceV1Package.CAPACITY_REQUEST_POLICY__VALID_RANGE, null, msgs);
			if (newValidRange != null)
				msgs = ((InternalEObject)newValidRange).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ResourceV1Package.CAPACITY_REQUEST_POLICY__VALID_RANGE, null, msgs);
			msgs = basicSetValidRange(newValidRange, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.CAPACITY_REQUEST_POLICY__VALID_RANGE, newValidRange, newValidRange));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Quantity> getValidValues() {
		if (validValues == null) {
			validValues = new EDataTypeUniqueEList<Quantity>(Quantity.class, this, ResourceV1Package.CAPACITY_REQUEST_POLICY__VALID_VALUES);
		}
		return validValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResourceV1Package.CAPACITY_REQUEST_POLICY__VALID_RANGE:
				return basicSetValidRange(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ResourceV1Package.CAPACITY_REQUEST_POLICY__DEFAULT:
				return getDefault();
			case ResourceV1Package.CAPACITY_REQUEST_POLICY__VALID_RANGE:
				return getValidRange();
			case ResourceV1Package.CAPACITY_REQUEST_POLICY__VALID_VALUES:
				return getValidValues();
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
			case ResourceV1Package.CAPACITY_REQUEST_POLICY__DEFAULT:
				setDefault((Quantity)newValue);
				return;
			case ResourceV1Package.CAPACITY_REQUEST_POLICY__VALID_RANGE:
				setValidRange((CapacityRequestPolicyRange)newValue);
				return;
			case ResourceV1Package.CAPACITY_REQUEST_POLICY__VALID_VALUES:
				getValidValues().clear();
				getValidValues().addAll((Collection<? extends Quantity>)newValue);
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
			case ResourceV1Package.CAPACITY_REQUEST_POLICY__DEFAULT:
				setDefault(DEFAULT_EDEFAULT);
				return;
			case ResourceV1Package.CAPACITY_REQUEST_POLICY__VALID_RANGE:
				setValidRange((CapacityRequestPolicyRange)null);
				return;
			case ResourceV1Package.CAPACITY_REQUEST_POLICY__VALID_VALUES:
				getValidValues().clear();
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
			case ResourceV1Package.CAPACITY_REQUEST_POLICY__DEFAULT:
				return DEFAULT_EDEFAULT == null ? default_ != null : !DEFAULT_EDEFAULT.equals(default_);
			case ResourceV1Package.CAPACITY_REQUEST_POLICY__VALID_RANGE:
				return validRange != null;
			case ResourceV1Package.CAPACITY_REQUEST_POLICY__VALID_VALUES:
				return validValues != null && !validValues.isEmpty();
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
		result.append(" (default: ");
		result.append(default_);
		result.append(", validValues: ");
		result.append(validValues);
		result.append(')');
		return result.toString();
	}

} //CapacityRequestPolicyImpl
