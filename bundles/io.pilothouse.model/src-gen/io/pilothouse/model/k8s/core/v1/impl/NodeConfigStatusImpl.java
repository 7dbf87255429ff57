/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.NodeConfigSource;
import io.pilothouse.model.k8s.core.v1.NodeConfigStatus;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node Config Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeConfigStatusImpl#getActive <em>Active</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeConfigStatusImpl#getAssigned <em>Assigned</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeConfigStatusImpl#getError <em>Error</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeConfigStatusImpl#getLastKnownGood <em>Last Known Good</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeConfigStatusImpl extends MinimalEObjectImpl.Container implements NodeConfigStatus {
	/**
	 * The cached value of the '{@link #getActive() <em>Active</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActive()
	 * @generated
	 * @ordered
	 */
	protected NodeConfigSource active;

	/**
	 * The cached value of the '{@link #getAssigned() <em>Assigned</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssigned()
	 * @generated
	 * @ordered
	 */
	protected NodeConfigSource assigned;

	/**
	 * The default value of the '{@link #getError() <em>Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getError()
	 * @generated
	 * @ordered
	 */
	protected static final String ERROR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getError() <em>Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getError()
	 * @generated
	 * @ordered
	 */
	protected String error = ERROR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLastKnownGood() <em>Last Known Good</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastKnownGood()
	 * @generated
	 * @ordered
	 */
	protected NodeConfigSource lastKnownGood;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeConfigStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.NODE_CONFIG_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeConfigSource getActive() {
		return active;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetActive(NodeConfigSource newActive, NotificationChain msgs) {
		NodeConfigSource oldActive = active;
		active = newActive;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_CONFIG_STATUS__ACTIVE, oldActive, newActive);
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
	public void setActive(NodeConfigSource newActive) {
		if (newActive != active) {
			NotificationChain msgs = null;
			if (active != null)
				msgs = ((InternalEObject)active).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.NODE_CONFIG_STATUS__ACTIVE, null, msgs);
			if (newActive != null)
				msgs = ((InternalEObject)newActive).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.NODE_CONFIG_STATUS__ACTIVE, null, msgs);
			msgs = basicSetActive(newActive, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_CONFIG_STATUS__ACTIVE, newActive, newActive));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeConfigSource getAssigned() {
		return assigned;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAssigned(NodeConfigSource newAssigned, NotificationChain msgs) {
		NodeConfigSource oldAssigned = assigned;
		assigned = newAssigned;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_CONFIG_STATUS__ASSIGNED, oldAssigned, newAssigned);
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
	public void setAssigned(NodeConfigSource newAssigned) {
		if (newAssigned != assigned) {
			NotificationChain msgs = null;
			if (assigned != null)
				msgs = ((InternalEObject)assigned).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.NODE_CONFIG_STATUS__ASSIGNED, null, msgs);
			if (newAssigned != null)
				msgs = ((InternalEObject)newAssigned).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.NODE_CONFIG_STATUS__ASSIGNED, null, msgs);
			msgs = basicSetAssigned(newAssigned, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_CONFIG_STATUS__ASSIGNED, newAssigned, newAssigned));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getError() {
		return error;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setError(String newError) {
		String oldError = error;
		error = newError;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_CONFIG_STATUS__ERROR, oldError, error));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeConfigSource getLastKnownGood() {
		return lastKnownGood;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLastKnownGood(NodeConfigSource newLastKnownGood, NotificationChain msgs) {
		NodeConfigSource oldLastKnownGood = lastKnownGood;
		lastKnownGood = newLastKnownGood;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_CONFIG_STATUS__LAST_KNOWN_GOOD, oldLastKnownGood, newLastKnownGood);
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
	public void setLastKnownGood(NodeConfigSource newLastKnownGood) {
		if (newLastKnownGood != lastKnownGood) {
			NotificationChain msgs = null;
			if (lastKnownGood != null)
				msgs = ((InternalEObject)lastKnownGood).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.NODE_CONFIG_STATUS__LAST_KNOWN_GOOD, null, msgs);
			if (newLastKnownGood != null)
				msgs = ((InternalEObject)newLastKnownGood).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.NODE_CONFIG_STATUS__LAST_KNOWN_GOOD, null, msgs);
			msgs = basicSetLastKnownGood(newLastKnownGood, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_CONFIG_STATUS__LAST_KNOWN_GOOD, newLastKnownGood, newLastKnownGood));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.NODE_CONFIG_STATUS__ACTIVE:
				return basicSetActive(null, msgs);
			case CoreV1Package.NODE_CONFIG_STATUS__ASSIGNED:
				return basicSetAssigned(null, msgs);
			case CoreV1Package.NODE_CONFIG_STATUS__LAST_KNOWN_GOOD:
				return basicSetLastKnownGood(null, msgs);
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
			case CoreV1Package.NODE_CONFIG_STATUS__ACTIVE:
				return getActive();
			case CoreV1Package.NODE_CONFIG_STATUS__ASSIGNED:
				return getAssigned();
			case CoreV1Package.NODE_CONFIG_STATUS__ERROR:
				return getError();
			case CoreV1Package.NODE_CONFIG_STATUS__LAST_KNOWN_GOOD:
				return getLastKnownGood();
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
			case CoreV1Package.NODE_CONFIG_STATUS__ACTIVE:
				setActive((NodeConfigSource)newValue);
				return;
			case CoreV1Package.NODE_CONFIG_STATUS__ASSIGNED:
				setAssigned((NodeConfigSource)newValue);
				return;
			case CoreV1Package.NODE_CONFIG_STATUS__ERROR:
				setError((String)newValue);
				return;
			case CoreV1Package.NODE_CONFIG_STATUS__LAST_KNOWN_GOOD:
				setLastKnownGood((NodeConfigSource)newValue);
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
			case CoreV1Package.NODE_CONFIG_STATUS__ACTIVE:
				setActive((NodeConfigSource)null);
				return;
			case CoreV1Package.NODE_CONFIG_STATUS__ASSIGNED:
				setAssigned((NodeConfigSource)null);
				return;
			case CoreV1Package.NODE_CONFIG_STATUS__ERROR:
				setError(ERROR_EDEFAULT);
				return;
			case CoreV1Package.NODE_CONFIG_STATUS__LAST_KNOWN_GOOD:
				setLastKnownGood((NodeConfigSource)null);
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
			case CoreV1Package.NODE_CONFIG_STATUS__ACTIVE:
				return active != null;
			case CoreV1Package.NODE_CONFIG_STATUS__ASSIGNED:
				return assigned != null;
			case CoreV1Package.NODE_CONFIG_STATUS__ERROR:
				return ERROR_EDEFAULT == null ? error != null : !ERROR_EDEFAULT.equals(error);
			case CoreV1Package.NODE_CONFIG_STATUS__LAST_KNOWN_GOOD:
				return lastKnownGood != null;
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
		result.append(" (error: ");
		result.append(error);
		result.append(')');
		return result.toString();
	}

} //NodeConfigStatusImpl
