/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.AppArmorProfile;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>App Armor Profile</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.AppArmorProfileImpl#getLocalhostProfile <em>Localhost Profile</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.AppArmorProfileImpl#getType <em>Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AppArmorProfileImpl extends MinimalEObjectImpl.Container implements AppArmorProfile {
	/**
	 * The default value of the '{@link #getLocalhostProfile() <em>Localhost Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalhostProfile()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCALHOST_PROFILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocalhostProfile() <em>Localhost Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalhostProfile()
	 * @generated
	 * @ordered
	 */
	protected String localhostProfile = LOCALHOST_PROFILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected String type = TYPE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AppArmorProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.APP_ARMOR_PROFILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocalhostProfile() {
		return localhostProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalhostProfile(String newLocalhostProfile) {
		String oldLocalhostProfile = localhostProfile;
		localhostProfile = newLocalhostProfile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.APP_ARMOR_PROFILE__LOCALHOST_PROFILE, oldLocalhostProfile, localhostProfile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(String newType) {
		String oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.APP_ARMOR_PROFILE__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.APP_ARMOR_PROFILE__LOCALHOST_PROFILE:
				return getLocalhostProfile();
			case CoreV1Package.APP_ARMOR_PROFILE__TYPE:
				return getType();
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
			case CoreV1Package.APP_ARMOR_PROFILE__LOCALHOST_PROFILE:
				setLocalhostProfile((String)newValue);
				return;
			case CoreV1Package.APP_ARMOR_PROFILE__TYPE:
				setType((String)newValue);
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
			case CoreV1Package.APP_ARMOR_PROFILE__LOCALHOST_PROFILE:
				setLocalhostProfile(LOCALHOST_PROFILE_EDEFAULT);
				return;
			case CoreV1Package.APP_ARMOR_PROFILE__TYPE:
				setType(TYPE_EDEFAULT);
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
			case CoreV1Package.APP_ARMOR_PROFILE__LOCALHOST_PROFILE:
				return LOCALHOST_PROFILE_EDEFAULT == null ? localhostProfile != null : !LOCALHOST_PROFILE_EDEFAULT.equals(localhostProfile);
			case CoreV1Package.APP_ARMOR_PROFILE__TYPE:
				return TYPE_EDEFAULT == null ? type != null : !TYPE_EDEFAULT.equals(type);
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
		result.append(" (localhostProfile: ");
		result.append(localhostProfile);
		result.append(", type: ");
		result.append(type);
		result.append(')');
		return result.toString();
	}

} //AppArmorProfileImpl
