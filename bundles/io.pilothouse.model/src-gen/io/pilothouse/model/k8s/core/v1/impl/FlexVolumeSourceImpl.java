/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.FlexVolumeSource;
import io.pilothouse.model.k8s.core.v1.LocalObjectReference;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Flex Volume Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.FlexVolumeSourceImpl#getDriver <em>Driver</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.FlexVolumeSourceImpl#getFsType <em>Fs Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.FlexVolumeSourceImpl#getOptions <em>Options</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.FlexVolumeSourceImpl#getReadOnly <em>Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.FlexVolumeSourceImpl#getSecretRef <em>Secret Ref</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FlexVolumeSourceImpl extends MinimalEObjectImpl.Container implements FlexVolumeSource {
	/**
	 * The default value of the '{@link #getDriver() <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected static final String DRIVER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDriver() <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected String driver = DRIVER_EDEFAULT;

	/**
	 * The default value of the '{@link #getFsType() <em>Fs Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFsType()
	 * @generated
	 * @ordered
	 */
	protected static final String FS_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFsType() <em>Fs Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFsType()
	 * @generated
	 * @ordered
	 */
	protected String fsType = FS_TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOptions() <em>Options</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptions()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> options;

	/**
	 * The default value of the '{@link #getReadOnly() <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadOnly()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean READ_ONLY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReadOnly() <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadOnly()
	 * @generated
	 * @ordered
	 */
	protected Boolean readOnly = READ_ONLY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSecretRef() <em>Secret Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecretRef()
	 * @generated
	 * @ordered
	 */
	protected LocalObjectReference secretRef;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FlexVolumeSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.FLEX_VOLUME_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDriver() {
		return driver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriver(String newDriver) {
		String oldDriver = driver;
		driver = newDriver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.FLEX_VOLUME_SOURCE__DRIVER, oldDriver, driver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFsType() {
		return fsType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFsType(String newFsType) {
		String oldFsType = fsType;
		fsType = newFsType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.FLEX_VOLUME_SOURCE__FS_TYPE, oldFsType, fsType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getOptions() {
		if (options == null) {
			options = new EcoreEMap<String,String>(CoreV1Package.Literals.STRING_MAP_ENTRY, StringMapEntryImpl.class, this, CoreV1Package.FLEX_VOLUME_SOURCE__OPTIONS);
		}
		return options;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getReadOnly() {
		return readOnly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadOnly(Boolean newReadOnly) {
		Boolean oldReadOnly = readOnly;
		readOnly = newReadOnly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.FLEX_VOLUME_SOURCE__READ_ONLY, oldReadOnly, readOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalObjectReference getSecretRef() {
		return secretRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSecretRef(LocalObjectReference newSecretRef, NotificationChain msgs) {
		LocalObjectReference oldSecretRef = secretRef;
		secretRef = newSecretRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.FLEX_VOLUME_SOURCE__SECRET_REF, oldSecretRef, newSecretRef);
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
	public void setSecretRef(LocalObjectReference newSecretRef) {
		if (newSecretRef != secretRef) {
			NotificationChain msgs = null;
			if (secretRef != null)
				msgs = ((InternalEObject)secretRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.FLEX_VOLUME_SOURCE__SECRET_REF, null, msgs);
			if (newSecretRef != null)
				msgs = ((InternalEObject)newSecretRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.FLEX_VOLUME_SOURCE__SECRET_REF, null, msgs);
			msgs = basicSetSecretRef(newSecretRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.FLEX_VOLUME_SOURCE__SECRET_REF, newSecretRef, newSecretRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.FLEX_VOLUME_SOURCE__OPTIONS:
				return ((InternalEList<?>)getOptions()).basicRemove(otherEnd, msgs);
			case CoreV1Package.FLEX_VOLUME_SOURCE__SECRET_REF:
				return basicSetSecretRef(null, msgs);
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
			case CoreV1Package.FLEX_VOLUME_SOURCE__DRIVER:
				return getDriver();
			case CoreV1Package.FLEX_VOLUME_SOURCE__FS_TYPE:
				return getFsType();
			case CoreV1Package.FLEX_VOLUME_SOURCE__OPTIONS:
				if (coreType) return getOptions();
				else return getOptions().map();
			case CoreV1Package.FLEX_VOLUME_SOURCE__READ_ONLY:
				return getReadOnly();
			case CoreV1Package.FLEX_VOLUME_SOURCE__SECRET_REF:
				return getSecretRef();
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
			case CoreV1Package.FLEX_VOLUME_SOURCE__DRIVER:
				setDriver((String)newValue);
				return;
			case CoreV1Package.FLEX_VOLUME_SOURCE__FS_TYPE:
				setFsType((String)newValue);
				return;
			case CoreV1Package.FLEX_VOLUME_SOURCE__OPTIONS:
				((EStructuralFeature.Setting)getOptions()).set(newValue);
				return;
			case CoreV1Package.FLEX_VOLUME_SOURCE__READ_ONLY:
				setReadOnly((Boolean)newValue);
				return;
			case CoreV1Package.FLEX_VOLUME_SOURCE__SECRET_REF:
				setSecretRef((LocalObjectReference)newValue);
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
			case CoreV1Package.FLEX_VOLUME_SOURCE__DRIVER:
				setDriver(DRIVER_EDEFAULT);
				return;
			case CoreV1Package.FLEX_VOLUME_SOURCE__FS_TYPE:
				setFsType(FS_TYPE_EDEFAULT);
				return;
			case CoreV1Package.FLEX_VOLUME_SOURCE__OPTIONS:
				getOptions().clear();
				return;
			case CoreV1Package.FLEX_VOLUME_SOURCE__READ_ONLY:
				setReadOnly(READ_ONLY_EDEFAULT);
				return;
			case CoreV1Package.FLEX_VOLUME_SOURCE__SECRET_REF:
				setSecretRef((LocalObjectReference)null);
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
			case CoreV1Package.FLEX_VOLUME_SOURCE__DRIVER:
				return DRIVER_EDEFAULT == null ? driver != null : !DRIVER_EDEFAULT.equals(driver);
			case CoreV1Package.FLEX_VOLUME_SOURCE__FS_TYPE:
				return FS_TYPE_EDEFAULT == null ? fsType != null : !FS_TYPE_EDEFAULT.equals(fsType);
			case CoreV1Package.FLEX_VOLUME_SOURCE__OPTIONS:
				return options != null && !options.isEmpty();
			case CoreV1Package.FLEX_VOLUME_SOURCE__READ_ONLY:
				return READ_ONLY_EDEFAULT == null ? readOnly != null : !READ_ONLY_EDEFAULT.equals(readOnly);
			case CoreV1Package.FLEX_VOLUME_SOURCE__SECRET_REF:
				return secretRef != null;
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
		result.append(" (driver: ");
		result.append(driver);
		result.append(", fsType: ");
		result.append(fsType);
		result.append(", readOnly: ");
		result.append(readOnly);
		result.append(')');
		return result.toString();
	}

} //FlexVolumeSourceImpl
