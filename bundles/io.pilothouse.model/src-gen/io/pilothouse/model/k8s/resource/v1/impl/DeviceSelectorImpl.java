/**
 */
package io.pilothouse.model.k8s.resource.v1.impl;

import io.pilothouse.model.k8s.resource.v1.CELDeviceSelector;
import io.pilothouse.model.k8s.resource.v1.DeviceSelector;
import io.pilothouse.model.k8s.resource.v1.ResourceV1Package;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Device Selector</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceSelectorImpl#getCel <em>Cel</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceSelectorImpl extends MinimalEObjectImpl.Container implements DeviceSelector {
	/**
	 * The cached value of the '{@link #getCel() <em>Cel</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCel()
	 * @generated
	 * @ordered
	 */
	protected CELDeviceSelector cel;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviceSelectorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1Package.Literals.DEVICE_SELECTOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CELDeviceSelector getCel() {
		return cel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCel(CELDeviceSelector newCel, NotificationChain msgs) {
		CELDeviceSelector oldCel = cel;
		cel = newCel;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ResourceV1Package.DEVICE_SELECTOR__CEL, oldCel, newCel);
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
	public void setCel(CELDeviceSelector newCel) {
		if (newCel != cel) {
			NotificationChain msgs = null;
			if (cel != null)
				msgs = ((InternalEObject)cel).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ResourceV1Package.DEVICE_SELECTOR__CEL, null, msgs);
			if (newCel != null)
				msgs = ((InternalEObject)newCel).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ResourceV1Package.DEVICE_SELECTOR__CEL, null, msgs);
			msgs = basicSetCel(newCel, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.DEVICE_SELECTOR__CEL, newCel, newCel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResourceV1Package.DEVICE_SELECTOR__CEL:
				return basicSetCel(null, msgs);
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
			case ResourceV1Package.DEVICE_SELECTOR__CEL:
				return getCel();
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
			case ResourceV1Package.DEVICE_SELECTOR__CEL:
				setCel((CELDeviceSelector)newValue);
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
			case ResourceV1Package.DEVICE_SELECTOR__CEL:
				setCel((CELDeviceSelector)null);
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
			case ResourceV1Package.DEVICE_SELECTOR__CEL:
				return cel != null;
		}
		return super.eIsSet(featureID);
	}

} //DeviceSelectorImpl
