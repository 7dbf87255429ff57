/**
 */
package io.pilothouse.model.k8s.apps.v1.impl;

import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.DaemonSetUpdateStrategy;
import io.pilothouse.model.k8s.apps.v1.RollingUpdateDaemonSet;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Daemon Set Update Strategy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetUpdateStrategyImpl#getRollingUpdate <em>Rolling Update</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetUpdateStrategyImpl#getType <em>Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DaemonSetUpdateStrategyImpl extends MinimalEObjectImpl.Container implements DaemonSetUpdateStrategy {
	/**
	 * The cached value of the '{@link #getRollingUpdate() <em>Rolling Update</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRollingUpdate()
	 * @generated
	 * @ordered
	 */
	protected RollingUpdateDaemonSet rollingUpdate;

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
	protected DaemonSetUpdateStrategyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppsV1Package.Literals.DAEMON_SET_UPDATE_STRATEGY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RollingUpdateDaemonSet getRollingUpdate() {
		return rollingUpdate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRollingUpdate(RollingUpdateDaemonSet newRollingUpdate, NotificationChain msgs) {
		RollingUpdateDaemonSet oldRollingUpdate = rollingUpdate;
		rollingUpdate = newRollingUpdate;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AppsV1Package.DAEMON_SET_UPDATE_STRATEGY__ROLLING_UPDATE, oldRollingUpdate, newRollingUpdate);
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
	public void setRollingUpdate(RollingUpdateDaemonSet newRollingUpdate) {
		if (newRollingUpdate != rollingUpdate) {
			NotificationChain msgs = null;
			if (rollingUpdate != null)
				msgs = ((InternalEObject)rollingUpdate).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AppsV1Package.DAEMON_SET_UPDATE_STRATEGY__ROLLING_UPDATE, null, msgs);
			if (newRollingUpdate != null)
				msgs = ((InternalEObject)newRollingUpdate).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AppsV1Package.DAEMON_SET_UPDATE_STRATEGY__ROLLING_UPDATE, null, msgs);
			msgs = basicSetRollingUpdate(newRollingUpdate, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.DAEMON_SET_UPDATE_STRATEGY__ROLLING_UPDATE, newRollingUpdate, newRollingUpdate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.DAEMON_SET_UPDATE_STRATEGY__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AppsV1Package.DAEMON_SET_UPDATE_STRATEGY__ROLLING_UPDATE:
				return basicSetRollingUpdate(null, msgs);
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
			case AppsV1Package.DAEMON_SET_UPDATE_STRATEGY__ROLLING_UPDATE:
				return getRollingUpdate();
			case AppsV1Package.DAEMON_SET_UPDATE_STRATEGY__TYPE:
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
			case AppsV1Package.DAEMON_SET_UPDATE_STRATEGY__ROLLING_UPDATE:
				setRollingUpdate((RollingUpdateDaemonSet)newValue);
				return;
			case AppsV1Package.DAEMON_SET_UPDATE_STRATEGY__TYPE:
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
			case AppsV1Package.DAEMON_SET_UPDATE_STRATEGY__ROLLING_UPDATE:
				setRollingUpdate((RollingUpdateDaemonSet)null);
				return;
			case AppsV1Package.DAEMON_SET_UPDATE_STRATEGY__TYPE:
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
			case AppsV1Package.DAEMON_SET_UPDATE_STRATEGY__ROLLING_UPDATE:
				return rollingUpdate != null;
			case AppsV1Package.DAEMON_SET_UPDATE_STRATEGY__TYPE:
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
		result.append(" (type: ");
		result.append(type);
		result.append(')');
		return result.toString();
	}

} //DaemonSetUpdateStrategyImpl
