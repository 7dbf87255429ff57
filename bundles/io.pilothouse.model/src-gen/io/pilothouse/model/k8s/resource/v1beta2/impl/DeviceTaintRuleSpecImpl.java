/**
 */
package io.pilothouse.model.k8s.resource.v1beta2.impl;

import io.pilothouse.model.k8s.resource.v1beta2.DeviceTaint;
import io.pilothouse.model.k8s.resource.v1beta2.DeviceTaintRuleSpec;
import io.pilothouse.model.k8s.resource.v1beta2.DeviceTaintSelector;
import io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Device Taint Rule Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.impl.DeviceTaintRuleSpecImpl#getDeviceSelector <em>Device Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.impl.DeviceTaintRuleSpecImpl#getTaint <em>Taint</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceTaintRuleSpecImpl extends MinimalEObjectImpl.Container implements DeviceTaintRuleSpec {
	/**
	 * The cached value of the '{@link #getDeviceSelector() <em>Device Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceSelector()
	 * @generated
	 * @ordered
	 */
	protected DeviceTaintSelector deviceSelector;

	/**
	 * The cached value of the '{@link #getTaint() <em>Taint</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaint()
	 * @generated
	 * @ordered
	 */
	protected DeviceTaint taint;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviceTaintRuleSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1beta2Package.Literals.DEVICE_TAINT_RULE_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceTaintSelector getDeviceSelector() {
		return deviceSelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDeviceSelector(DeviceTaintSelector newDeviceSelector, NotificationChain msgs) {
		DeviceTaintSelector oldDeviceSelector = deviceSelector;
		deviceSelector = newDeviceSelector;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ResourceV1beta2Package.DEVICE_TAINT_RULE_SPEC__DEVICE_SELECTOR, oldDeviceSelector, newDeviceSelector);
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
	public void setDeviceSelector(DeviceTaintSelector newDeviceSelector) {
		if (newDeviceSelector != deviceSelector) {
			NotificationChain msgs = null;
			if (deviceSelector != null)
				msgs = ((InternalEObject)deviceSelector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ResourceV1beta2Package.DEVICE_TAINT_RULE_SPEC__DEVICE_SELECTOR, null, msgs);
			if (newDeviceSelector != null)
				msgs = ((InternalEObject)newDeviceSelector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ResourceV1beta2Package.DEVICE_TAINT_RULE_SPEC__DEVICE_SELECTOR, null, msgs);
			msgs = basicSetDeviceSelector(newDeviceSelector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta2Package.DEVICE_TAINT_RULE_SPEC__DEVICE_SELECTOR, newDeviceSelector, newDeviceSelector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceTaint getTaint() {
		return taint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTaint(DeviceTaint newTaint, NotificationChain msgs) {
		DeviceTaint oldTaint = taint;
		taint = newTaint;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ResourceV1beta2Package.DEVICE_TAINT_RULE_SPEC__TAINT, oldTaint, newTaint);
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
	public void setTaint(DeviceTaint newTaint) {
		if (newTaint != taint) {
			NotificationChain msgs = null;
			if (taint != null)
				msgs = ((InternalEObject)taint).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ResourceV1beta2Package.DEVICE_TAINT_RULE_SPEC__TAINT, null, msgs);
			if (newTaint != null)
				msgs = ((InternalEObject)newTaint).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ResourceV1beta2Package.DEVICE_TAINT_RULE_SPEC__TAINT, null, msgs);
			msgs = basicSetTaint(newTaint, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta2Package.DEVICE_TAINT_RULE_SPEC__TAINT, newTaint, newTaint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResourceV1beta2Package.DEVICE_TAINT_RULE_SPEC__DEVICE_SELECTOR:
				return basicSetDeviceSelector(null, msgs);
			case ResourceV1beta2Package.DEVICE_TAINT_RULE_SPEC__TAINT:
				return basicSetTaint(null, msgs);
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
			case ResourceV1beta2Package.DEVICE_TAINT_RULE_SPEC__DEVICE_SELECTOR:
				return getDeviceSelector();
			case ResourceV1beta2Package.DEVICE_TAINT_RULE_SPEC__TAINT:
				return getTaint();
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
			case ResourceV1beta2Package.DEVICE_TAINT_RULE_SPEC__DEVICE_SELECTOR:
				setDeviceSelector((DeviceTaintSelector)newValue);
				return;
			case ResourceV1beta2Package.DEVICE_TAINT_RULE_SPEC__TAINT:
				setTaint((DeviceTaint)newValue);
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
			case ResourceV1beta2Package.DEVICE_TAINT_RULE_SPEC__DEVICE_SELECTOR:
				setDeviceSelector((DeviceTaintSelector)null);
				return;
			case ResourceV1beta2Package.DEVICE_TAINT_RULE_SPEC__TAINT:
				setTaint((DeviceTaint)null);
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
			case ResourceV1beta2Package.DEVICE_TAINT_RULE_SPEC__DEVICE_SELECTOR:
				return deviceSelector != null;
			case ResourceV1beta2Package.DEVICE_TAINT_RULE_SPEC__TAINT:
				return taint != null;
		}
		return super.eIsSet(featureID);
	}

} //DeviceTaintRuleSpecImpl
