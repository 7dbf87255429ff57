/**
 */
package io.pilothouse.model.k8s.resource.v1.impl;

import io.pilothouse.model.k8s.resource.v1.DeviceAttribute;
import io.pilothouse.model.k8s.resource.v1.ResourceV1Package;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Device Attribute</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceAttributeImpl#getBool <em>Bool</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceAttributeImpl#getBools <em>Bools</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceAttributeImpl#getInt <em>Int</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceAttributeImpl#getInts <em>Ints</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceAttributeImpl#getString <em>String</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceAttributeImpl#getStrings <em>Strings</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceAttributeImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceAttributeImpl#getVersions <em>Versions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceAttributeImpl extends MinimalEObjectImpl.Container implements DeviceAttribute {
	/**
	 * The default value of the '{@link #getBool() <em>Bool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBool()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean BOOL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBool() <em>Bool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBool()
	 * @generated
	 * @ordered
	 */
	protected Boolean bool = BOOL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBools() <em>Bools</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBools()
	 * @generated
	 * @ordered
	 */
	protected EList<Boolean> bools;

	/**
	 * The default value of the '{@link #getInt() <em>Int</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInt()
	 * @generated
	 * @ordered
	 */
	protected static final Long INT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInt() <em>Int</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInt()
	 * @generated
	 * @ordered
	 */
	protected Long int_ = INT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInts() <em>Ints</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInts()
	 * @generated
	 * @ordered
	 */
	protected EList<Long> ints;

	/**
	 * The default value of the '{@link #getString() <em>String</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getString()
	 * @generated
	 * @ordered
	 */
	protected static final String STRING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getString() <em>String</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getString()
	 * @generated
	 * @ordered
	 */
	protected String string = STRING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStrings() <em>Strings</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrings()
	 * @generated
	 * @ordered
	 */
	protected EList<String> strings;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVersions() <em>Versions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> versions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviceAttributeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1Package.Literals.DEVICE_ATTRIBUTE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getBool() {
		return bool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBool(Boolean newBool) {
		Boolean oldBool = bool;
		bool = newBool;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.DEVICE_ATTRIBUTE__BOOL, oldBool, bool));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Boolean> getBools() {
		if (bools == null) {
			bools = new EDataTypeUniqueEList<Boolean>(Boolean.class, this, ResourceV1Package.DEVICE_ATTRIBUTE__BOOLS);
		}
		return bools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getInt() {
		return int_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInt(Long newInt) {
		Long oldInt = int_;
		int_ = newInt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.DEVICE_ATTRIBUTE__INT, oldInt, int_));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Long> getInts() {
		if (ints == null) {
			ints = new EDataTypeUniqueEList<Long>(Long.class, this, ResourceV1Package.DEVICE_ATTRIBUTE__INTS);
		}
		return ints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getString() {
		return string;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setString(String newString) {
		String oldString = string;
		string = newString;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.DEVICE_ATTRIBUTE__STRING, oldString, string));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getStrings() {
		if (strings == null) {
			strings = new EDataTypeUniqueEList<String>(String.class, this, ResourceV1Package.DEVICE_ATTRIBUTE__STRINGS);
		}
		return strings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.DEVICE_ATTRIBUTE__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getVersions() {
		if (versions == null) {
			versions = new EDataTypeUniqueEList<String>(String.class, this, ResourceV1Package.DEVICE_ATTRIBUTE__VERSIONS);
		}
		return versions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ResourceV1Package.DEVICE_ATTRIBUTE__BOOL:
				return getBool();
			case ResourceV1Package.DEVICE_ATTRIBUTE__BOOLS:
				return getBools();
			case ResourceV1Package.DEVICE_ATTRIBUTE__INT:
				return getInt();
			case ResourceV1Package.DEVICE_ATTRIBUTE__INTS:
				return getInts();
			case ResourceV1Package.DEVICE_ATTRIBUTE__STRING:
				return getString();
			case ResourceV1Package.DEVICE_ATTRIBUTE__STRINGS:
				return getStrings();
			case ResourceV1Package.DEVICE_ATTRIBUTE__VERSION:
				return getVersion();
			case ResourceV1Package.DEVICE_ATTRIBUTE__VERSIONS:
				return getVersions();
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
			case ResourceV1Package.DEVICE_ATTRIBUTE__BOOL:
				setBool((Boolean)newValue);
				return;
			case ResourceV1Package.DEVICE_ATTRIBUTE__BOOLS:
				getBools().clear();
				getBools().addAll((Collection<? extends Boolean>)newValue);
				return;
			case ResourceV1Package.DEVICE_ATTRIBUTE__INT:
				setInt((Long)newValue);
				return;
			case ResourceV1Package.DEVICE_ATTRIBUTE__INTS:
				getInts().clear();
				getInts().addAll((Collection<? extends Long>)newValue);
				return;
			case ResourceV1Package.DEVICE_ATTRIBUTE__STRING:
				setString((String)newValue);
				return;
			case ResourceV1Package.DEVICE_ATTRIBUTE__STRINGS:
				getStrings().clear();
				getStrings().addAll((Collection<? extends String>)newValue);
				return;
			case ResourceV1Package.DEVICE_ATTRIBUTE__VERSION:
				setVersion((String)newValue);
				return;
			case ResourceV1Package.DEVICE_ATTRIBUTE__VERSIONS:
				getVersions().clear();
				getVersions().addAll((Collection<? extends String>)newValue);
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
			case ResourceV1Package.DEVICE_ATTRIBUTE__BOOL:
				setBool(BOOL_EDEFAULT);
				return;
			case ResourceV1Package.DEVICE_ATTRIBUTE__BOOLS:
				getBools().clear();
				return;
			case ResourceV1Package.DEVICE_ATTRIBUTE__INT:
				setInt(INT_EDEFAULT);
				return;
			case ResourceV1Package.DEVICE_ATTRIBUTE__INTS:
				getInts().clear();
				return;
			case ResourceV1Package.DEVICE_ATTRIBUTE__STRING:
				setString(STRING_EDEFAULT);
				return;
			case ResourceV1Package.DEVICE_ATTRIBUTE__STRINGS:
				getStrings().clear();
				return;
			case ResourceV1Package.DEVICE_ATTRIBUTE__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case ResourceV1Package.DEVICE_ATTRIBUTE__VERSIONS:
				getVersions().clear();
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
			case ResourceV1Package.DEVICE_ATTRIBUTE__BOOL:
				return BOOL_EDEFAULT == null ? bool != null : !BOOL_EDEFAULT.equals(bool);
			case ResourceV1Package.DEVICE_ATTRIBUTE__BOOLS:
				return bools != null && !bools.isEmpty();
			case ResourceV1Package.DEVICE_ATTRIBUTE__INT:
				return INT_EDEFAULT == null ? int_ != null : !INT_EDEFAULT.equals(int_);
			case ResourceV1Package.DEVICE_ATTRIBUTE__INTS:
				return ints != null && !ints.isEmpty();
			case ResourceV1Package.DEVICE_ATTRIBUTE__STRING:
				return STRING_EDEFAULT == null ? string != null : !STRING_EDEFAULT.equals(string);
			case ResourceV1Package.DEVICE_ATTRIBUTE__STRINGS:
				return strings != null && !strings.isEmpty();
			case ResourceV1Package.DEVICE_ATTRIBUTE__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case ResourceV1Package.DEVICE_ATTRIBUTE__VERSIONS:
				return versions != null && !versions.isEmpty();
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
		result.append(" (bool: ");
		result.append(bool);
		result.append(", bools: ");
		result.append(bools);
		result.append(", int: ");
		result.append(int_);
		result.append(", ints: ");
		result.append(ints);
		result.append(", string: ");
		result.append(string);
		result.append(", strings: ");
		result.append(strings);
		result.append(", version: ");
		result.append(version);
		result.append(", versions: ");
		result.append(versions);
		result.append(')');
		return result.toString();
	}

} //DeviceAttributeImpl
