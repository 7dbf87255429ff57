/**
 */
package io.pilothouse.model.k8s.resource.v1beta2.impl;

import io.pilothouse.model.k8s.resource.v1beta2.DeviceClassConfiguration;
import io.pilothouse.model.k8s.resource.v1beta2.DeviceClassSpec;
import io.pilothouse.model.k8s.resource.v1beta2.DeviceSelector;
import io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package;

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
 * An implementation of the model object '<em><b>Device Class Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.impl.DeviceClassSpecImpl#getConfig <em>Config</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.impl.DeviceClassSpecImpl#getExtendedResourceName <em>Extended Resource Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.impl.DeviceClassSpecImpl#getSelectors <em>Selectors</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceClassSpecImpl extends MinimalEObjectImpl.Container implements DeviceClassSpec {
	/**
	 * The cached value of the '{@link #getConfig() <em>Config</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfig()
	 * @generated
	 * @ordered
	 */
	protected EList<DeviceClassConfiguration> config;

	/**
	 * The default value of the '{@link #getExtendedResourceName() <em>Extended Resource Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtendedResourceName()
	 * @generated
	 * @ordered
	 */
	protected static final String EXTENDED_RESOURCE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExtendedResourceName() <em>Extended Resource Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtendedResourceName()
	 * @generated
	 * @ordered
	 */
	protected String extendedResourceName = EXTENDED_RESOURCE_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSelectors() <em>Selectors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelectors()
	 * @generated
	 * @ordered
	 */
	protected EList<DeviceSelector> selectors;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviceClassSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1beta2Package.Literals.DEVICE_CLASS_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeviceClassConfiguration> getConfig() {
		if (config == null) {
			config = new EObjectContainmentEList<DeviceClassConfiguration>(DeviceClassConfiguration.class, this, ResourceV1beta2Package.DEVICE_CLASS_SPEC__CONFIG);
		}
		return config;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExtendedResourceName() {
		return extendedResourceName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtendedResourceName(String newExtendedResourceName) {
		String oldExtendedResourceName = extendedResourceName;
		extendedResourceName = newExtendedResourceName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta2Package.DEVICE_CLASS_SPEC__EXTENDED_RESOURCE_NAME, oldExtendedResourceName, extendedResourceName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeviceSelector> getSelectors() {
		if (selectors == null) {
			selectors = new EObjectContainmentEList<DeviceSelector>(DeviceSelector.class, this, ResourceV1beta2Package.DEVICE_CLASS_SPEC__SELECTORS);
		}
		return selectors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResourceV1beta2Package.DEVICE_CLASS_SPEC__CONFIG:
				return ((InternalEList<?>)getConfig()).basicRemove(otherEnd, msgs);
			case ResourceV1beta2Package.DEVICE_CLASS_SPEC__SELECTORS:
				return ((InternalEList<?>)getSelectors()).basicRemove(otherEnd, msgs);
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
			case ResourceV1beta2Package.DEVICE_CLASS_SPEC__CONFIG:
				return getConfig();
			case ResourceV1beta2Package.DEVICE_CLASS_SPEC__EXTENDED_RESOURCE_NAME:
				return getExtendedResourceName();
			case ResourceV1beta2Package.DEVICE_CLASS_SPEC__SELECTORS:
				return getSelectors();
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
			case ResourceV1beta2Package.DEVICE_CLASS_SPEC__CONFIG:
				getConfig().clear();
				getConfig().addAll((Collection<? extends DeviceClassConfiguration>)newValue);
				return;
			case ResourceV1beta2Package.DEVICE_CLASS_SPEC__EXTENDED_RESOURCE_NAME:
				setExtendedResourceName((String)newValue);
				return;
			case ResourceV1beta2Package.DEVICE_CLASS_SPEC__SELECTORS:
				getSelectors().clear();
				getSelectors().addAll((Collection<? extends DeviceSelector>)newValue);
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
			case ResourceV1beta2Package.DEVICE_CLASS_SPEC__CONFIG:
				getConfig().clear();
				return;
			case ResourceV1beta2Package.DEVICE_CLASS_SPEC__EXTENDED_RESOURCE_NAME:
				setExtendedResourceName(EXTENDED_RESOURCE_NAME_EDEFAULT);
				return;
			case ResourceV1beta2Package.DEVICE_CLASS_SPEC__SELECTORS:
				getSelectors().clear();
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
			case ResourceV1beta2Package.DEVICE_CLASS_SPEC__CONFIG:
				return config != null && !config.isEmpty();
			case ResourceV1beta2Package.DEVICE_CLASS_SPEC__EXTENDED_RESOURCE_NAME:
				return EXTENDED_RESOURCE_NAME_EDEFAULT == null ? extendedResourceName != null : !EXTENDED_RESOURCE_NAME_EDEFAULT.equals(extendedResourceName);
			case ResourceV1beta2Package.DEVICE_CLASS_SPEC__SELECTORS:
				return selectors != null && !selectors.isEmpty();
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
		result.append(" (extendedResourceName: ");
		result.append(extendedResourceName);
		result.append(')');
		return result.toString();
	}

} //DeviceClassSpecImpl
