/**
 */
package io.pilothouse.model.k8s.apps.v1.impl;

import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.RollingUpdateDeployment;

import io.pilothouse.model.types.IntOrString;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rolling Update Deployment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.RollingUpdateDeploymentImpl#getMaxSurge <em>Max Surge</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.RollingUpdateDeploymentImpl#getMaxUnavailable <em>Max Unavailable</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RollingUpdateDeploymentImpl extends MinimalEObjectImpl.Container implements RollingUpdateDeployment {
	/**
	 * The default value of the '{@link #getMaxSurge() <em>Max Surge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxSurge()
	 * @generated
	 * @ordered
	 */
	protected static final IntOrString MAX_SURGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxSurge() <em>Max Surge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxSurge()
	 * @generated
	 * @ordered
	 */
	protected IntOrString maxSurge = MAX_SURGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxUnavailable() <em>Max Unavailable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxUnavailable()
	 * @generated
	 * @ordered
	 */
	protected static final IntOrString MAX_UNAVAILABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxUnavailable() <em>Max Unavailable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxUnavailable()
	 * @generated
	 * @ordered
	 */
	protected IntOrString maxUnavailable = MAX_UNAVAILABLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RollingUpdateDeploymentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppsV1Package.Literals.ROLLING_UPDATE_DEPLOYMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntOrString getMaxSurge() {
		return maxSurge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxSurge(IntOrString newMaxSurge) {
		IntOrString oldMaxSurge = maxSurge;
		maxSurge = newMaxSurge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.ROLLING_UPDATE_DEPLOYMENT__MAX_SURGE, oldMaxSurge, maxSurge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntOrString getMaxUnavailable() {
		return maxUnavailable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxUnavailable(IntOrString newMaxUnavailable) {
		IntOrString oldMaxUnavailable = maxUnavailable;
		maxUnavailable = newMaxUnavailable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.ROLLING_UPDATE_DEPLOYMENT__MAX_UNAVAILABLE, oldMaxUnavailable, maxUnavailable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AppsV1Package.ROLLING_UPDATE_DEPLOYMENT__MAX_SURGE:
				return getMaxSurge();
			case AppsV1Package.ROLLING_UPDATE_DEPLOYMENT__MAX_UNAVAILABLE:
				return getMaxUnavailable();
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
			case AppsV1Package.ROLLING_UPDATE_DEPLOYMENT__MAX_SURGE:
				setMaxSurge((IntOrString)newValue);
				return;
			case AppsV1Package.ROLLING_UPDATE_DEPLOYMENT__MAX_UNAVAILABLE:
				setMaxUnavailable((IntOrString)newValue);
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
			case AppsV1Package.ROLLING_UPDATE_DEPLOYMENT__MAX_SURGE:
				setMaxSurge(MAX_SURGE_EDEFAULT);
				return;
			case AppsV1Package.ROLLING_UPDATE_DEPLOYMENT__MAX_UNAVAILABLE:
				setMaxUnavailable(MAX_UNAVAILABLE_EDEFAULT);
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
			case AppsV1Package.ROLLING_UPDATE_DEPLOYMENT__MAX_SURGE:
				return MAX_SURGE_EDEFAULT == null ? maxSurge != null : !MAX_SURGE_EDEFAULT.equals(maxSurge);
			case AppsV1Package.ROLLING_UPDATE_DEPLOYMENT__MAX_UNAVAILABLE:
				return MAX_UNAVAILABLE_EDEFAULT == null ? maxUnavailable != null : !MAX_UNAVAILABLE_EDEFAULT.equals(maxUnavailable);
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
		result.append(" (maxSurge: ");
		result.append(maxSurge);
		result.append(", maxUnavailable: ");
		result.append(maxUnavailable);
		result.append(')');
		return result.toString();
	}

} //RollingUpdateDeploymentImpl
