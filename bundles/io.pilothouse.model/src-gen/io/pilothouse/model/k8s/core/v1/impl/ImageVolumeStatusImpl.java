/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.ImageVolumeStatus;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Image Volume Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ImageVolumeStatusImpl#getImageRef <em>Image Ref</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImageVolumeStatusImpl extends MinimalEObjectImpl.Container implements ImageVolumeStatus {
	/**
	 * The default value of the '{@link #getImageRef() <em>Image Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageRef()
	 * @generated
	 * @ordered
	 */
	protected static final String IMAGE_REF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImageRef() <em>Image Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageRef()
	 * @generated
	 * @ordered
	 */
	protected String imageRef = IMAGE_REF_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImageVolumeStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.IMAGE_VOLUME_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImageRef() {
		return imageRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImageRef(String newImageRef) {
		String oldImageRef = imageRef;
		imageRef = newImageRef;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.IMAGE_VOLUME_STATUS__IMAGE_REF, oldImageRef, imageRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.IMAGE_VOLUME_STATUS__IMAGE_REF:
				return getImageRef();
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
			case CoreV1Package.IMAGE_VOLUME_STATUS__IMAGE_REF:
				setImageRef((String)newValue);
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
			case CoreV1Package.IMAGE_VOLUME_STATUS__IMAGE_REF:
				setImageRef(IMAGE_REF_EDEFAULT);
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
			case CoreV1Package.IMAGE_VOLUME_STATUS__IMAGE_REF:
				return IMAGE_REF_EDEFAULT == null ? imageRef != null : !IMAGE_REF_EDEFAULT.equals(imageRef);
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
		result.append(" (imageRef: ");
		result.append(imageRef);
		result.append(')');
		return result.toString();
	}

} //ImageVolumeStatusImpl
