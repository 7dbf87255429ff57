/**
 */
package io.pilothouse.model.k8s.storage.v1.impl;

import io.pilothouse.model.k8s.storage.v1.StorageV1Package;
import io.pilothouse.model.k8s.storage.v1.VolumeAttachmentStatus;
import io.pilothouse.model.k8s.storage.v1.VolumeError;

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
 * An implementation of the model object '<em><b>Volume Attachment Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentStatusImpl#getAttachError <em>Attach Error</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentStatusImpl#getAttached <em>Attached</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentStatusImpl#getAttachmentMetadata <em>Attachment Metadata</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentStatusImpl#getDetachError <em>Detach Error</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VolumeAttachmentStatusImpl extends MinimalEObjectImpl.Container implements VolumeAttachmentStatus {
	/**
	 * The cached value of the '{@link #getAttachError() <em>Attach Error</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachError()
	 * @generated
	 * @ordered
	 */
	protected VolumeError attachError;

	/**
	 * The default value of the '{@link #getAttached() <em>Attached</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttached()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean ATTACHED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAttached() <em>Attached</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttached()
	 * @generated
	 * @ordered
	 */
	protected Boolean attached = ATTACHED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAttachmentMetadata() <em>Attachment Metadata</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachmentMetadata()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> attachmentMetadata;

	/**
	 * The cached value of the '{@link #getDetachError() <em>Detach Error</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetachError()
	 * @generated
	 * @ordered
	 */
	protected VolumeError detachError;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VolumeAttachmentStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StorageV1Package.Literals.VOLUME_ATTACHMENT_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeError getAttachError() {
		return attachError;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAttachError(VolumeError newAttachError, NotificationChain msgs) {
		VolumeError oldAttachError = attachError;
		attachError = newAttachError;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, StorageV1Package.VOLUME_ATTACHMENT_STATUS__ATTACH_ERROR, oldAttachError, newAttachError);
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
	public void setAttachError(VolumeError newAttachError) {
		if (newAttachError != attachError) {
			NotificationChain msgs = null;
			if (attachError != null)
				msgs = ((InternalEObject)attachError).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - StorageV1Package.VOLUME_ATTACHMENT_STATUS__ATTACH_ERROR, null, msgs);
			if (newAttachError != null)
				msgs = ((InternalEObject)newAttachError).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - StorageV1Package.VOLUME_ATTACHMENT_STATUS__ATTACH_ERROR, null, msgs);
			msgs = basicSetAttachError(newAttachError, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.VOLUME_ATTACHMENT_STATUS__ATTACH_ERROR, newAttachError, newAttachError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getAttached() {
		return attached;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttached(Boolean newAttached) {
		Boolean oldAttached = attached;
		attached = newAttached;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.VOLUME_ATTACHMENT_STATUS__ATTACHED, oldAttached, attached));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getAttachmentMetadata() {
		if (attachmentMetadata == null) {
			attachmentMetadata = new EcoreEMap<String,String>(StorageV1Package.Literals.STRING_MAP_ENTRY, StringMapEntryImpl.class, this, StorageV1Package.VOLUME_ATTACHMENT_STATUS__ATTACHMENT_METADATA);
		}
		return attachmentMetadata;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeError getDetachError() {
		return detachError;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDetachError(VolumeError newDetachError, NotificationChain msgs) {
		VolumeError oldDetachError = detachError;
		detachError = newDetachError;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, StorageV1Package.VOLUME_ATTACHMENT_STATUS__DETACH_ERROR, oldDetachError, newDetachError);
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
	public void setDetachError(VolumeError newDetachError) {
		if (newDetachError != detachError) {
			NotificationChain msgs = null;
			if (detachError != null)
				msgs = ((InternalEObject)detachError).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - StorageV1Package.VOLUME_ATTACHMENT_STATUS__DETACH_ERROR, null, msgs);
			if (newDetachError != null)
				msgs = ((InternalEObject)newDetachError).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - StorageV1Package.VOLUME_ATTACHMENT_STATUS__DETACH_ERROR, null, msgs);
			msgs = basicSetDetachError(newDetachError, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.VOLUME_ATTACHMENT_STATUS__DETACH_ERROR, newDetachError, newDetachError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StorageV1Package.VOLUME_ATTACHMENT_STATUS__ATTACH_ERROR:
				return basicSetAttachError(null, msgs);
			case StorageV1Package.VOLUME_ATTACHMENT_STATUS__ATTACHMENT_METADATA:
				return ((InternalEList<?>)getAttachmentMetadata()).basicRemove(otherEnd, msgs);
			case StorageV1Package.VOLUME_ATTACHMENT_STATUS__DETACH_ERROR:
				return basicSetDetachError(null, msgs);
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
			case StorageV1Package.VOLUME_ATTACHMENT_STATUS__ATTACH_ERROR:
				return getAttachError();
			case StorageV1Package.VOLUME_ATTACHMENT_STATUS__ATTACHED:
				return getAttached();
			case StorageV1Package.VOLUME_ATTACHMENT_STATUS__ATTACHMENT_METADATA:
				if (coreType) return getAttachmentMetadata();
				else return getAttachmentMetadata().map();
			case StorageV1Package.VOLUME_ATTACHMENT_STATUS__DETACH_ERROR:
				return getDetachError();
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
			case StorageV1Package.VOLUME_ATTACHMENT_STATUS__ATTACH_ERROR:
				setAttachError((VolumeError)newValue);
				return;
			case StorageV1Package.VOLUME_ATTACHMENT_STATUS__ATTACHED:
				setAttached((Boolean)newValue);
				return;
			case StorageV1Package.VOLUME_ATTACHMENT_STATUS__ATTACHMENT_METADATA:
				((EStructuralFeature.Setting)getAttachmentMetadata()).set(newValue);
				return;
			case StorageV1Package.VOLUME_ATTACHMENT_STATUS__DETACH_ERROR:
				setDetachError((VolumeError)newValue);
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
			case StorageV1Package.VOLUME_ATTACHMENT_STATUS__ATTACH_ERROR:
				setAttachError((VolumeError)null);
				return;
			case StorageV1Package.VOLUME_ATTACHMENT_STATUS__ATTACHED:
				setAttached(ATTACHED_EDEFAULT);
				return;
			case StorageV1Package.VOLUME_ATTACHMENT_STATUS__ATTACHMENT_METADATA:
				getAttachmentMetadata().clear();
				return;
			case StorageV1Package.VOLUME_ATTACHMENT_STATUS__DETACH_ERROR:
				setDetachError((VolumeError)null);
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
			case StorageV1Package.VOLUME_ATTACHMENT_STATUS__ATTACH_ERROR:
				return attachError != null;
			case StorageV1Package.VOLUME_ATTACHMENT_STATUS__ATTACHED:
				return ATTACHED_EDEFAULT == null ? attached != null : !ATTACHED_EDEFAULT.equals(attached);
			case StorageV1Package.VOLUME_ATTACHMENT_STATUS__ATTACHMENT_METADATA:
				return attachmentMetadata != null && !attachmentMetadata.isEmpty();
			case StorageV1Package.VOLUME_ATTACHMENT_STATUS__DETACH_ERROR:
				return detachError != null;
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
		result.append(" (attached: ");
		result.append(attached);
		result.append(')');
		return result.toString();
	}

} //VolumeAttachmentStatusImpl
