/**
 */
package io.pilothouse.model.k8s.meta.v1.impl;

import io.pilothouse.model.k8s.meta.v1.GroupVersionForDiscovery;
import io.pilothouse.model.k8s.meta.v1.MetaV1Package;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Group Version For Discovery</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.GroupVersionForDiscoveryImpl#getGroupVersion <em>Group Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.GroupVersionForDiscoveryImpl#getVersion <em>Version</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GroupVersionForDiscoveryImpl extends MinimalEObjectImpl.Container implements GroupVersionForDiscovery {
	/**
	 * The default value of the '{@link #getGroupVersion() <em>Group Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String GROUP_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGroupVersion() <em>Group Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupVersion()
	 * @generated
	 * @ordered
	 */
	protected String groupVersion = GROUP_VERSION_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GroupVersionForDiscoveryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MetaV1Package.Literals.GROUP_VERSION_FOR_DISCOVERY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGroupVersion() {
		return groupVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroupVersion(String newGroupVersion) {
		String oldGroupVersion = groupVersion;
		groupVersion = newGroupVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.GROUP_VERSION_FOR_DISCOVERY__GROUP_VERSION, oldGroupVersion, groupVersion));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.GROUP_VERSION_FOR_DISCOVERY__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MetaV1Package.GROUP_VERSION_FOR_DISCOVERY__GROUP_VERSION:
				return getGroupVersion();
			case MetaV1Package.GROUP_VERSION_FOR_DISCOVERY__VERSION:
				return getVersion();
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
			case MetaV1Package.GROUP_VERSION_FOR_DISCOVERY__GROUP_VERSION:
				setGroupVersion((String)newValue);
				return;
			case MetaV1Package.GROUP_VERSION_FOR_DISCOVERY__VERSION:
				setVersion((String)newValue);
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
			case MetaV1Package.GROUP_VERSION_FOR_DISCOVERY__GROUP_VERSION:
				setGroupVersion(GROUP_VERSION_EDEFAULT);
				return;
			case MetaV1Package.GROUP_VERSION_FOR_DISCOVERY__VERSION:
				setVersion(VERSION_EDEFAULT);
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
			case MetaV1Package.GROUP_VERSION_FOR_DISCOVERY__GROUP_VERSION:
				return GROUP_VERSION_EDEFAULT == null ? groupVersion != null : !GROUP_VERSION_EDEFAULT.equals(groupVersion);
			case MetaV1Package.GROUP_VERSION_FOR_DISCOVERY__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
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
		result.append(" (groupVersion: ");
		result.append(groupVersion);
		result.append(", version: ");
		result.append(version);
		result.append(')');
		return result.toString();
	}

} //GroupVersionForDiscoveryImpl
