/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.EmptyDirVolumeSource;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Empty Dir Volume Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EmptyDirVolumeSourceImpl#getMedium <em>Medium</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EmptyDirVolumeSourceImpl#getSizeLimit <em>Size Limit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EmptyDirVolumeSourceImpl extends MinimalEObjectImpl.Container implements EmptyDirVolumeSource {
	/**
	 * The default value of the '{@link #getMedium() <em>Medium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedium()
	 * @generated
	 * @ordered
	 */
	protected static final String MEDIUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMedium() <em>Medium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedium()
	 * @generated
	 * @ordered
	 */
	protected String medium = MEDIUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getSizeLimit() <em>Size Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSizeLimit()
	 * @generated
	 * @ordered
	 */
	protected static final Quantity SIZE_LIMIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSizeLimit() <em>Size Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSizeLimit()
	 * @generated
	 * @ordered
	 */
	protected Quantity sizeLimit = SIZE_LIMIT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EmptyDirVolumeSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.EMPTY_DIR_VOLUME_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMedium() {
		return medium;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMedium(String newMedium) {
		String oldMedium = medium;
		medium = newMedium;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.EMPTY_DIR_VOLUME_SOURCE__MEDIUM, oldMedium, medium));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity getSizeLimit() {
		return sizeLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSizeLimit(Quantity newSizeLimit) {
		Quantity oldSizeLimit = sizeLimit;
		sizeLimit = newSizeLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.EMPTY_DIR_VOLUME_SOURCE__SIZE_LIMIT, oldSizeLimit, sizeLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.EMPTY_DIR_VOLUME_SOURCE__MEDIUM:
				return getMedium();
			case CoreV1Package.EMPTY_DIR_VOLUME_SOURCE__SIZE_LIMIT:
				return getSizeLimit();
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
			case CoreV1Package.EMPTY_DIR_VOLUME_SOURCE__MEDIUM:
				setMedium((String)newValue);
				return;
			case CoreV1Package.EMPTY_DIR_VOLUME_SOURCE__SIZE_LIMIT:
				setSizeLimit((Quantity)newValue);
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
			case CoreV1Package.EMPTY_DIR_VOLUME_SOURCE__MEDIUM:
				setMedium(MEDIUM_EDEFAULT);
				return;
			case CoreV1Package.EMPTY_DIR_VOLUME_SOURCE__SIZE_LIMIT:
				setSizeLimit(SIZE_LIMIT_EDEFAULT);
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
			case CoreV1Package.EMPTY_DIR_VOLUME_SOURCE__MEDIUM:
				return MEDIUM_EDEFAULT == null ? medium != null : !MEDIUM_EDEFAULT.equals(medium);
			case CoreV1Package.EMPTY_DIR_VOLUME_SOURCE__SIZE_LIMIT:
				return SIZE_LIMIT_EDEFAULT == null ? sizeLimit != null : !SIZE_LIMIT_EDEFAULT.equals(sizeLimit);
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
		result.append(" (medium: ");
		result.append(medium);
		result.append(", sizeLimit: ");
		result.append(sizeLimit);
		result.append(')');
		return result.toString();
	}

} //EmptyDirVolumeSourceImpl
