/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimSpec;
import io.pilothouse.model.k8s.core.v1.TypedLocalObjectReference;
import io.pilothouse.model.k8s.core.v1.TypedObjectReference;
import io.pilothouse.model.k8s.core.v1.VolumeResourceRequirements;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Persistent Volume Claim Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeClaimSpecImpl#getAccessModes <em>Access Modes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeClaimSpecImpl#getDataSource <em>Data Source</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeClaimSpecImpl#getDataSourceRef <em>Data Source Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeClaimSpecImpl#getResources <em>Resources</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeClaimSpecImpl#getSelector <em>Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeClaimSpecImpl#getStorageClassName <em>Storage Class Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeClaimSpecImpl#getVolumeAttributesClassName <em>Volume Attributes Class Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeClaimSpecImpl#getVolumeMode <em>Volume Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeClaimSpecImpl#getVolumeName <em>Volume Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersistentVolumeClaimSpecImpl extends MinimalEObjectImpl.Container implements PersistentVolumeClaimSpec {
	/**
	 * The cached value of the '{@link #getAccessModes() <em>Access Modes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccessModes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> accessModes;

	/**
	 * The cached value of the '{@link #getDataSource() <em>Data Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSource()
	 * @generated
	 * @ordered
	 */
	protected TypedLocalObjectReference dataSource;

	/**
	 * The cached value of the '{@link #getDataSourceRef() <em>Data Source Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSourceRef()
	 * @generated
	 * @ordered
	 */
	protected TypedObjectReference dataSourceRef;

	/**
	 * The cached value of the '{@link #getResources() <em>Resources</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResources()
	 * @generated
	 * @ordered
	 */
	protected VolumeResourceRequirements resources;

	/**
	 * The cached value of the '{@link #getSelector() <em>Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelector()
	 * @generated
	 * @ordered
	 */
	protected LabelSelector selector;

	/**
	 * The default value of the '{@link #getStorageClassName() <em>Storage Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageClassName()
	 * @generated
	 * @ordered
	 */
	protected static final String STORAGE_CLASS_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStorageClassName() <em>Storage Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageClassName()
	 * @generated
	 * @ordered
	 */
	protected String storageClassName = STORAGE_CLASS_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getVolumeAttributesClassName() <em>Volume Attributes Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeAttributesClassName()
	 * @generated
	 * @ordered
	 */
	protected static final String VOLUME_ATTRIBUTES_CLASS_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVolumeAttributesClassName() <em>Volume Attributes Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeAttributesClassName()
	 * @generated
	 * @ordered
	 */
	protected String volumeAttributesClassName = VOLUME_ATTRIBUTES_CLASS_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getVolumeMode() <em>Volume Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeMode()
	 * @generated
	 * @ordered
	 */
	protected static final String VOLUME_MODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVolumeMode() <em>Volume Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeMode()
	 * @generated
	 * @ordered
	 */
	protected String volumeMode = VOLUME_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVolumeName() <em>Volume Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeName()
	 * @generated
	 * @ordered
	 */
	protected static final String VOLUME_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVolumeName() <em>Volume Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeName()
	 * @generated
	 * @ordered
	 */
	protected String volumeName = VOLUME_NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersistentVolumeClaimSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.PERSISTENT_VOLUME_CLAIM_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAccessModes() {
		if (accessModes == null) {
			accessModes = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__ACCESS_MODES);
		}
		return accessModes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TypedLocalObjectReference getDataSource() {
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDataSource(TypedLocalObjectReference newDataSource, NotificationChain msgs) {
		TypedLocalObjectReference oldDataSource = dataSource;
		dataSource = newDataSource;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__DATA_SOURCE, oldDataSource, newDataSource);
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
	public void setDataSource(TypedLocalObjectReference newDataSource) {
		if (newDataSource != dataSource) {
			NotificationChain msgs = null;
			if (dataSource != null)
				msgs = ((InternalEObject)dataSource).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__DATA_SOURCE, null, msgs);
			if (newDataSource != null)
				msgs = ((InternalEObject)newDataSource).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__DATA_SOURCE, null, msgs);
			msgs = basicSetDataSource(newDataSource, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__DATA_SOURCE, newDataSource, newDataSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TypedObjectReference getDataSourceRef() {
		return dataSourceRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDataSourceRef(TypedObjectReference newDataSourceRef, NotificationChain msgs) {
		TypedObjectReference oldDataSourceRef = dataSourceRef;
		dataSourceRef = newDataSourceRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__DATA_SOURCE_REF, oldDataSourceRef, newDataSourceRef);
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
	public void setDataSourceRef(TypedObjectReference newDataSourceRef) {
		if (newDataSourceRef != dataSourceRef) {
			NotificationChain msgs = null;
			if (dataSourceRef != null)
				msgs = ((InternalEObject)dataSourceRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__DATA_SOURCE_REF, null, msgs);
			if (newDataSourceRef != null)
				msgs = ((InternalEObject)newDataSourceRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__DATA_SOURCE_REF, null, msgs);
			msgs = basicSetDataSourceRef(newDataSourceRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__DATA_SOURCE_REF, newDataSourceRef, newDataSourceRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeResourceRequirements getResources() {
		return resources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetResources(VolumeResourceRequirements newResources, NotificationChain msgs) {
		VolumeResourceRequirements oldResources = resources;
		resources = newResources;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__RESOURCES, oldResources, newResources);
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
	public void setResources(VolumeResourceRequirements newResources) {
		if (newResources != resources) {
			NotificationChain msgs = null;
			if (resources != null)
				msgs = ((InternalEObject)resources).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__RESOURCES, null, msgs);
			if (newResources != null)
				msgs = ((InternalEObject)newResources).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__RESOURCES, null, msgs);
			msgs = basicSetResources(newResources, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__RESOURCES, newResources, newResources));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelSelector getSelector() {
		return selector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSelector(LabelSelector newSelector, NotificationChain msgs) {
		LabelSelector oldSelector = selector;
		selector = newSelector;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__SELECTOR, oldSelector, newSelector);
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
	public void setSelector(LabelSelector newSelector) {
		if (newSelector != selector) {
			NotificationChain msgs = null;
			if (selector != null)
				msgs = ((InternalEObject)selector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__SELECTOR, null, msgs);
			if (newSelector != null)
				msgs = ((InternalEObject)newSelector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__SELECTOR, null, msgs);
			msgs = basicSetSelector(newSelector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__SELECTOR, newSelector, newSelector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStorageClassName() {
		return storageClassName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStorageClassName(String newStorageClassName) {
		String oldStorageClassName = storageClassName;
		storageClassName = newStorageClassName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__STORAGE_CLASS_NAME, oldStorageClassName, storageClassName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVolumeAttributesClassName() {
		return volumeAttributesClassName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolumeAttributesClassName(String newVolumeAttributesClassName) {
		String oldVolumeAttributesClassName = volumeAttributesClassName;
		volumeAttributesClassName = newVolumeAttributesClassName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__VOLUME_ATTRIBUTES_CLASS_NAME, oldVolumeAttributesClassName, volumeAttributesClassName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVolumeMode() {
		return volumeMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolumeMode(String newVolumeMode) {
		String oldVolumeMode = volumeMode;
		volumeMode = newVolumeMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__VOLUME_MODE, oldVolumeMode, volumeMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVolumeName() {
		return volumeName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolumeName(String newVolumeName) {
		String oldVolumeName = volumeName;
		volumeName = newVolumeName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__VOLUME_NAME, oldVolumeName, volumeName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__DATA_SOURCE:
				return basicSetDataSource(null, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__DATA_SOURCE_REF:
				return basicSetDataSourceRef(null, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__RESOURCES:
				return basicSetResources(null, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__SELECTOR:
				return basicSetSelector(null, msgs);
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
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__ACCESS_MODES:
				return getAccessModes();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__DATA_SOURCE:
				return getDataSource();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__DATA_SOURCE_REF:
				return getDataSourceRef();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__RESOURCES:
				return getResources();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__SELECTOR:
				return getSelector();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__STORAGE_CLASS_NAME:
				return getStorageClassName();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__VOLUME_ATTRIBUTES_CLASS_NAME:
				return getVolumeAttributesClassName();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__VOLUME_MODE:
				return getVolumeMode();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__VOLUME_NAME:
				return getVolumeName();
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
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__ACCESS_MODES:
				getAccessModes().clear();
				getAccessModes().addAll((Collection<? extends String>)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__DATA_SOURCE:
				setDataSource((TypedLocalObjectReference)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__DATA_SOURCE_REF:
				setDataSourceRef((TypedObjectReference)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__RESOURCES:
				setResources((VolumeResourceRequirements)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__SELECTOR:
				setSelector((LabelSelector)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__STORAGE_CLASS_NAME:
				setStorageClassName((String)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__VOLUME_ATTRIBUTES_CLASS_NAME:
				setVolumeAttributesClassName((String)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__VOLUME_MODE:
				setVolumeMode((String)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__VOLUME_NAME:
				setVolumeName((String)newValue);
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
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__ACCESS_MODES:
				getAccessModes().clear();
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__DATA_SOURCE:
				setDataSource((TypedLocalObjectReference)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__DATA_SOURCE_REF:
				setDataSourceRef((TypedObjectReference)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__RESOURCES:
				setResources((VolumeResourceRequirements)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__SELECTOR:
				setSelector((LabelSelector)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__STORAGE_CLASS_NAME:
				setStorageClassName(STORAGE_CLASS_NAME_EDEFAULT);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__VOLUME_ATTRIBUTES_CLASS_NAME:
				setVolumeAttributesClassName(VOLUME_ATTRIBUTES_CLASS_NAME_EDEFAULT);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__VOLUME_MODE:
				setVolumeMode(VOLUME_MODE_EDEFAULT);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__VOLUME_NAME:
				setVolumeName(VOLUME_NAME_EDEFAULT);
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
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__ACCESS_MODES:
				return accessModes != null && !accessModes.isEmpty();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__DATA_SOURCE:
				return dataSource != null;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__DATA_SOURCE_REF:
				return dataSourceRef != null;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__RESOURCES:
				return resources != null;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__SELECTOR:
				return selector != null;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__STORAGE_CLASS_NAME:
				return STORAGE_CLASS_NAME_EDEFAULT == null ? storageClassName != null : !STORAGE_CLASS_NAME_EDEFAULT.equals(storageClassName);
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__VOLUME_ATTRIBUTES_CLASS_NAME:
				return VOLUME_ATTRIBUTES_CLASS_NAME_EDEFAULT == null ? volumeAttributesClassName != null : !VOLUME_ATTRIBUTES_CLASS_NAME_EDEFAULT.equals(volumeAttributesClassName);
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__VOLUME_MODE:
				return VOLUME_MODE_EDEFAULT == null ? volumeMode != null : !VOLUME_MODE_EDEFAULT.equals(volumeMode);
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_SPEC__VOLUME_NAME:
				return VOLUME_NAME_EDEFAULT == null ? volumeName != null : !VOLUME_NAME_EDEFAULT.equals(volumeName);
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
		result.append(" (accessModes: ");
		result.append(accessModes);
		result.append(", storageClassName: ");
		result.append(storageClassName);
		result.append(", volumeAttributesClassName: ");
		result.append(volumeAttributesClassName);
		result.append(", volumeMode: ");
		result.append(volumeMode);
		result.append(", volumeName: ");
		result.append(volumeName);
		result.append(')');
		return result.toString();
	}

} //PersistentVolumeClaimSpecImpl
