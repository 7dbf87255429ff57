/**
 */
package io.pilothouse.model.k8s.resource.v1.impl;

import io.pilothouse.model.k8s.resource.v1.DeviceRequest;
import io.pilothouse.model.k8s.resource.v1.DeviceSubRequest;
import io.pilothouse.model.k8s.resource.v1.ExactDeviceRequest;
import io.pilothouse.model.k8s.resource.v1.ResourceV1Package;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Device Request</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceRequestImpl#getExactly <em>Exactly</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceRequestImpl#getFirstAvailable <em>First Available</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceRequestImpl#getName <em>Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceRequestImpl extends MinimalEObjectImpl.Container implements DeviceRequest {
	/**
	 * The cached value of the '{@link #getExactly() <em>Exactly</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExactly()
	 * @generated
	 * @ordered
	 */
	protected ExactDeviceRequest exactly;

	/**
	 * The cached value of the '{@link #getFirstAvailable() <em>First Available</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstAvailable()
	 * @generated
	 * @ordered
	 */
	protected EList<DeviceSubRequest> firstAvailable;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviceRequestImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1Package.Literals.DEVICE_REQUEST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExactDeviceRequest getExactly() {
		return exactly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExactly(ExactDeviceRequest newExactly, NotificationChain msgs) {
		ExactDeviceRequest oldExactly = exactly;
		exactly = newExactly;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ResourceV1Package.DEVICE_REQUEST__EXACTLY, oldExactly, newExactly);
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
	public void setExactly(ExactDeviceRequest newExactly) {
		if (newExactly != exactly) {
			NotificationChain msgs = null;
			if (exactly != null)
				msgs = ((InternalEObject)exactly).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ResourceV1Package.DEVICE_REQUEST__EXACTLY, null, msgs);
			if (newExactly != null)
				msgs = ((InternalEObject)newExactly).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ResourceV1Package.DEVICE_REQUEST__EXACTLY, null, msgs);
			msgs = basicSetExactly(newExactly, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.DEVICE_REQUEST__EXACTLY, newExactly, newExactly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeviceSubRequest> getFirstAvailable() {
		if (firstAvailable == null) {
			firstAvailable = new EObjectContainmentEList<DeviceSubRequest>(DeviceSubRequest.class, this, ResourceV1Package.DEVICE_REQUEST__FIRST_AVAILABLE);
		}
		return firstAvailable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.DEVICE_REQUEST__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResourceV1Package.DEVICE_REQUEST__EXACTLY:
				return basicSetExactly(null, msgs);
			case ResourceV1Package.DEVICE_REQUEST__FIRST_AVAILABLE:
				return ((InternalEList<?>)getFirstAvailable()).basicRemove(otherEnd, msgs);
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
			case ResourceV1Package.DEVICE_REQUEST__EXACTLY:
				return getExactly();
			case ResourceV1Package.DEVICE_REQUEST__FIRST_AVAILABLE:
				return getFirstAvailable();
			case ResourceV1Package.DEVICE_REQUEST__NAME:
				return getName();
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
			case ResourceV1Package.DEVICE_REQUEST__EXACTLY:
				setExactly((ExactDeviceRequest)newValue);
				return;
			case ResourceV1Package.DEVICE_REQUEST__FIRST_AVAILABLE:
				getFirstAvailable().clear();
				getFirstAvailable().addAll((Collection<? extends DeviceSubRequest>)newValue);
				return;
			case ResourceV1Package.DEVICE_REQUEST__NAME:
				setName((String)newValue);
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
			case ResourceV1Package.DEVICE_REQUEST__EXACTLY:
				setExactly((ExactDeviceRequest)null);
				return;
			case ResourceV1Package.DEVICE_REQUEST__FIRST_AVAILABLE:
				getFirstAvailable().clear();
				return;
			case ResourceV1Package.DEVICE_REQUEST__NAME:
				setName(NAME_EDEFAULT);
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
			case ResourceV1Package.DEVICE_REQUEST__EXACTLY:
				return exactly != null;
			case ResourceV1Package.DEVICE_REQUEST__FIRST_AVAILABLE:
				return firstAvailable != null && !firstAvailable.isEmpty();
			case ResourceV1Package.DEVICE_REQUEST__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
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
		result.append(" (name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //DeviceRequestImpl
