/**
 */
package io.pilothouse.model.k8s.resource.v1beta2.impl;

import io.pilothouse.model.k8s.resource.v1beta2.CapacityRequestPolicy;
import io.pilothouse.model.k8s.resource.v1beta2.DeviceCapacity;
import io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Device Capacity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.impl.DeviceCapacityImpl#getRequestPolicy <em>Request Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.impl.DeviceCapacityImpl#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceCapacityImpl extends MinimalEObjectImpl.Container implements DeviceCapacity {
	/**
	 * The cached value of the '{@link #getRequestPolicy() <em>Request Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestPolicy()
	 * @generated
	 * @ordered
	 */
	protected CapacityRequestPolicy requestPolicy;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final Quantity VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected Quantity value = VALUE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviceCapacityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1beta2Package.Literals.DEVICE_CAPACITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CapacityRequestPolicy getRequestPolicy() {
		return requestPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRequestPolicy(CapacityRequestPolicy newRequestPolicy, NotificationChain msgs) {
		CapacityRequestPolicy oldRequestPolicy = requestPolicy;
		requestPolicy = newRequestPolicy;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ResourceV1beta2Package.DEVICE_CAPACITY__REQUEST_POLICY, oldRequestPolicy, newRequestPolicy);
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
	public void setRequestPolicy(CapacityRequestPolicy newRequestPolicy) {
		if (newRequestPolicy != requestPolicy) {
			NotificationChain msgs = null;
			if (requestPolicy != null)
				msgs = ((InternalEObject)requestPolicy).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ResourceV1beta2Package.DEVICE_CAPACITY__REQUEST_POLICY, null, msgs);
			if (newRequestPolicy != null)
				msgs = ((InternalEObject)newRequestPolicy).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ResourceV1beta2Package.DEVICE_CAPACITY__REQUEST_POLICY, null, msgs);
			msgs = basicSetRequestPolicy(newRequestPolicy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta2Package.DEVICE_CAPACITY__REQUEST_POLICY, newRequestPolicy, newRequestPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(Quantity newValue) {
		Quantity oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta2Package.DEVICE_CAPACITY__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResourceV1beta2Package.DEVICE_CAPACITY__REQUEST_POLICY:
				return basicSetRequestPolicy(null, msgs);
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
			case ResourceV1beta2Package.DEVICE_CAPACITY__REQUEST_POLICY:
				return getRequestPolicy();
			case ResourceV1beta2Package.DEVICE_CAPACITY__VALUE:
				return getValue();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ResourceV1beta2Package.DEVICE_CAPACITY__REQUEST_POLICY:
				setRequestPolicy((CapacityRequestPolicy)newValue);
				return;
			case ResourceV1beta2Package.DEVICE_CAPACITY__VALUE:
				setValue((Quantity)newValue);
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
			case ResourceV1beta2Package.DEVICE_CAPACITY__REQUEST_POLICY:
				setRequestPolicy((CapacityRequestPolicy)null);
				return;
			case ResourceV1beta2Package.DEVICE_CAPACITY__VALUE:
				setValue(VALUE_EDEFAULT);
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
			case ResourceV1beta2Package.DEVICE_CAPACITY__REQUEST_POLICY:
				return requestPolicy != null;
			case ResourceV1beta2Package.DEVICE_CAPACITY__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
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
		result.append(" (value: ");
		result.append(value);
		result.append(')');
		return result.toString();
	}

} //DeviceCapacityImpl
