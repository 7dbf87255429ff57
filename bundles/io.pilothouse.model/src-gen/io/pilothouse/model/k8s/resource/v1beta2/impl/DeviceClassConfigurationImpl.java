/**
 */
package io.pilothouse.model.k8s.resource.v1beta2.impl;

import io.pilothouse.model.k8s.resource.v1beta2.DeviceClassConfiguration;
import io.pilothouse.model.k8s.resource.v1beta2.OpaqueDeviceConfiguration;
import io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Device Class Configuration</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.impl.DeviceClassConfigurationImpl#getOpaque <em>Opaque</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceClassConfigurationImpl extends MinimalEObjectImpl.Container implements DeviceClassConfiguration {
	/**
	 * The cached value of the '{@link #getOpaque() <em>Opaque</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpaque()
	 * @generated
	 * @ordered
	 */
	protected OpaqueDeviceConfiguration opaque;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviceClassConfigurationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1beta2Package.Literals.DEVICE_CLASS_CONFIGURATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OpaqueDeviceConfiguration getOpaque() {
		return opaque;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOpaque(OpaqueDeviceConfiguration newOpaque, NotificationChain msgs) {
		OpaqueDeviceConfiguration oldOpaque = opaque;
		opaque = newOpaque;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ResourceV1beta2Package.DEVICE_CLASS_CONFIGURATION__OPAQUE, oldOpaque, newOpaque);
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
	public void setOpaque(OpaqueDeviceConfiguration newOpaque) {
		if (newOpaque != opaque) {
			NotificationChain msgs = null;
			if (opaque != null)
				msgs = ((InternalEObject)opaque).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ResourceV1beta2Package.DEVICE_CLASS_CONFIGURATION__OPAQUE, null, msgs);
			if (newOpaque != null)
				msgs = ((InternalEObject)newOpaque).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ResourceV1beta2Package.DEVICE_CLASS_CONFIGURATION__OPAQUE, null, msgs);
			msgs = basicSetOpaque(newOpaque, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta2Package.DEVICE_CLASS_CONFIGURATION__OPAQUE, newOpaque, newOpaque));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResourceV1beta2Package.DEVICE_CLASS_CONFIGURATION__OPAQUE:
				return basicSetOpaque(null, msgs);
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
			case ResourceV1beta2Package.DEVICE_CLASS_CONFIGURATION__OPAQUE:
				return getOpaque();
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
			case ResourceV1beta2Package.DEVICE_CLASS_CONFIGURATION__OPAQUE:
				setOpaque((OpaqueDeviceConfiguration)newValue);
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
			case ResourceV1beta2Package.DEVICE_CLASS_CONFIGURATION__OPAQUE:
				setOpaque((OpaqueDeviceConfiguration)null);
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
			case ResourceV1beta2Package.DEVICE_CLASS_CONFIGURATION__OPAQUE:
				return opaque != null;
		}
		return super.eIsSet(featureID);
	}

} //DeviceClassConfigurationImpl
