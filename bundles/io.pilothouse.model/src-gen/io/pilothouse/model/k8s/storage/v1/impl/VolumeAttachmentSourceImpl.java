/**
 */
package io.pilothouse.model.k8s.storage.v1.impl;

import io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec;

import io.pilothouse.model.k8s.storage.v1.StorageV1Package;
import io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSource;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Volume Attachment Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentSourceImpl#getInlineVolumeSpec <em>Inline Volume Spec</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentSourceImpl#getPersistentVolumeName <em>Persistent Volume Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VolumeAttachmentSourceImpl extends MinimalEObjectImpl.Container implements VolumeAttachmentSource {
	/**
	 * The cached value of the '{@link #getInlineVolumeSpec() <em>Inline Volume Spec</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInlineVolumeSpec()
	 * @generated
	 * @ordered
	 */
	protected PersistentVolumeSpec inlineVolumeSpec;

	/**
	 * The default value of the '{@link #getPersistentVolumeName() <em>Persistent Volume Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersistentVolumeName()
	 * @generated
	 * @ordered
	 */
	protected static final String PERSISTENT_VOLUME_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPersistentVolumeName() <em>Persistent Volume Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersistentVolumeName()
	 * @generated
	 * @ordered
	 */
	protected String persistentVolumeName = PERSISTENT_VOLUME_NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VolumeAttachmentSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StorageV1Package.Literals.VOLUME_ATTACHMENT_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PersistentVolumeSpec getInlineVolumeSpec() {
		return inlineVolumeSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInlineVolumeSpec(PersistentVolumeSpec newInlineVolumeSpec, NotificationChain msgs) {
		PersistentVolumeSpec oldInlineVolumeSpec = inlineVolumeSpec;
		inlineVolumeSpec = newInlineVolumeSpec;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, StorageV1Package.VOLUME_ATTACHMENT_SOURCE__INLINE_VOLUME_SPEC, oldInlineVolumeSpec, newInlineVolumeSpec);
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
	public void setInlineVolumeSpec(PersistentVolumeSpec newInlineVolumeSpec) {
		if (newInlineVolumeSpec != inlineVolumeSpec) {
			NotificationChain msgs = null;
			if (inlineVolumeSpec != null)
				msgs = ((InternalEObject)inlineVolumeSpec).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - StorageV1Package.VOLUME_ATTACHMENT_SOURCE__INLINE_VOLUME_SPEC, null, msgs);
			if (newInlineVolumeSpec != null)
				msgs = ((InternalEObject)newInlineVolumeSpec).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - StorageV1Package.VOLUME_ATTACHMENT_SOURCE__INLINE_VOLUME_SPEC, null, msgs);
			msgs = basicSetInlineVolumeSpec(newInlineVolumeSpec, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.VOLUME_ATTACHMENT_SOURCE__INLINE_VOLUME_SPEC, newInlineVolumeSpec, newInlineVolumeSpec));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPersistentVolumeName() {
		return persistentVolumeName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersistentVolumeName(String newPersistentVolumeName) {
		String oldPersistentVolumeName = persistentVolumeName;
		persistentVolumeName = newPersistentVolumeName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.VOLUME_ATTACHMENT_SOURCE__PERSISTENT_VOLUME_NAME, oldPersistentVolumeName, persistentVolumeName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StorageV1Package.VOLUME_ATTACHMENT_SOURCE__INLINE_VOLUME_SPEC:
				return basicSetInlineVolumeSpec(null, msgs);
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
			case StorageV1Package.VOLUME_ATTACHMENT_SOURCE__INLINE_VOLUME_SPEC:
				return getInlineVolumeSpec();
			case StorageV1Package.VOLUME_ATTACHMENT_SOURCE__PERSISTENT_VOLUME_NAME:
				return getPersistentVolumeName();
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
			case StorageV1Package.VOLUME_ATTACHMENT_SOURCE__INLINE_VOLUME_SPEC:
				setInlineVolumeSpec((PersistentVolumeSpec)newValue);
				return;
			case StorageV1Package.VOLUME_ATTACHMENT_SOURCE__PERSISTENT_VOLUME_NAME:
				setPersistentVolumeName((String)newValue);
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
			case StorageV1Package.VOLUME_ATTACHMENT_SOURCE__INLINE_VOLUME_SPEC:
				setInlineVolumeSpec((PersistentVolumeSpec)null);
				return;
			case StorageV1Package.VOLUME_ATTACHMENT_SOURCE__PERSISTENT_VOLUME_NAME:
				setPersistentVolumeName(PERSISTENT_VOLUME_NAME_EDEFAULT);
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
			case StorageV1Package.VOLUME_ATTACHMENT_SOURCE__INLINE_VOLUME_SPEC:
				return inlineVolumeSpec != null;
			case StorageV1Package.VOLUME_ATTACHMENT_SOURCE__PERSISTENT_VOLUME_NAME:
				return PERSISTENT_VOLUME_NAME_EDEFAULT == null ? persistentVolumeName != null : !PERSISTENT_VOLUME_NAME_EDEFAULT.equals(persistentVolumeName);
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
		result.append(" (persistentVolumeName: ");
		result.append(persistentVolumeName);
		result.append(')');
		return result.toString();
	}

} //VolumeAttachmentSourceImpl
