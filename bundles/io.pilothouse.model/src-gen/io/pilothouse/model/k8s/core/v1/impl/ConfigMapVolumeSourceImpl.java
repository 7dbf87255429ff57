/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.ConfigMapVolumeSource;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.KeyToPath;

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
 * An implementation of the model object '<em><b>Config Map Volume Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ConfigMapVolumeSourceImpl#getDefaultMode <em>Default Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ConfigMapVolumeSourceImpl#getItems <em>Items</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ConfigMapVolumeSourceImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ConfigMapVolumeSourceImpl#getOptional <em>Optional</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConfigMapVolumeSourceImpl extends MinimalEObjectImpl.Container implements ConfigMapVolumeSource {
	/**
	 * The default value of the '{@link #getDefaultMode() <em>Default Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultMode()
	 * @generated
	 * @ordered
	 */
	protected static final Integer DEFAULT_MODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefaultMode() <em>Default Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultMode()
	 * @generated
	 * @ordered
	 */
	protected Integer defaultMode = DEFAULT_MODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<KeyToPath> items;

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
	 * The default value of the '{@link #getOptional() <em>Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptional()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean OPTIONAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOptional() <em>Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptional()
	 * @generated
	 * @ordered
	 */
	protected Boolean optional = OPTIONAL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConfigMapVolumeSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.CONFIG_MAP_VOLUME_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getDefaultMode() {
		return defaultMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultMode(Integer newDefaultMode) {
		Integer oldDefaultMode = defaultMode;
		defaultMode = newDefaultMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONFIG_MAP_VOLUME_SOURCE__DEFAULT_MODE, oldDefaultMode, defaultMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KeyToPath> getItems() {
		if (items == null) {
			items = new EObjectContainmentEList<KeyToPath>(KeyToPath.class, this, CoreV1Package.CONFIG_MAP_VOLUME_SOURCE__ITEMS);
		}
		return items;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONFIG_MAP_VOLUME_SOURCE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getOptional() {
		return optional;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOptional(Boolean newOptional) {
		Boolean oldOptional = optional;
		optional = newOptional;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONFIG_MAP_VOLUME_SOURCE__OPTIONAL, oldOptional, optional));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.CONFIG_MAP_VOLUME_SOURCE__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
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
			case CoreV1Package.CONFIG_MAP_VOLUME_SOURCE__DEFAULT_MODE:
				return getDefaultMode();
			case CoreV1Package.CONFIG_MAP_VOLUME_SOURCE__ITEMS:
				return getItems();
			case CoreV1Package.CONFIG_MAP_VOLUME_SOURCE__NAME:
				return getName();
			case CoreV1Package.CONFIG_MAP_VOLUME_SOURCE__OPTIONAL:
				return getOptional();
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
			case CoreV1Package.CONFIG_MAP_VOLUME_SOURCE__DEFAULT_MODE:
				setDefaultMode((Integer)newValue);
				return;
			case CoreV1Package.CONFIG_MAP_VOLUME_SOURCE__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends KeyToPath>)newValue);
				return;
			case CoreV1Package.CONFIG_MAP_VOLUME_SOURCE__NAME:
				setName((String)newValue);
				return;
			case CoreV1Package.CONFIG_MAP_VOLUME_SOURCE__OPTIONAL:
				setOptional((Boolean)newValue);
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
			case CoreV1Package.CONFIG_MAP_VOLUME_SOURCE__DEFAULT_MODE:
				setDefaultMode(DEFAULT_MODE_EDEFAULT);
				return;
			case CoreV1Package.CONFIG_MAP_VOLUME_SOURCE__ITEMS:
				getItems().clear();
				return;
			case CoreV1Package.CONFIG_MAP_VOLUME_SOURCE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CoreV1Package.CONFIG_MAP_VOLUME_SOURCE__OPTIONAL:
				setOptional(OPTIONAL_EDEFAULT);
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
			case CoreV1Package.CONFIG_MAP_VOLUME_SOURCE__DEFAULT_MODE:
				return DEFAULT_MODE_EDEFAULT == null ? defaultMode != null : !DEFAULT_MODE_EDEFAULT.equals(defaultMode);
			case CoreV1Package.CONFIG_MAP_VOLUME_SOURCE__ITEMS:
				return items != null && !items.isEmpty();
			case CoreV1Package.CONFIG_MAP_VOLUME_SOURCE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CoreV1Package.CONFIG_MAP_VOLUME_SOURCE__OPTIONAL:
				return OPTIONAL_EDEFAULT == null ? optional != null : !OPTIONAL_EDEFAULT.equals(optional);
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
		result.append(" (defaultMode: ");
		result.append(defaultMode);
		result.append(", name: ");
		result.append(name);
		result.append(", optional: ");
		result.append(optional);
		result.append(')');
		return result.toString();
	}

} //ConfigMapVolumeSourceImpl
