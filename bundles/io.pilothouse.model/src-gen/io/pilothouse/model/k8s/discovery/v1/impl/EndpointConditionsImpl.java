/**
 */
package io.pilothouse.model.k8s.discovery.v1.impl;

import io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package;
import io.pilothouse.model.k8s.discovery.v1.EndpointConditions;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Endpoint Conditions</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.impl.EndpointConditionsImpl#getReady <em>Ready</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.impl.EndpointConditionsImpl#getServing <em>Serving</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.impl.EndpointConditionsImpl#getTerminating <em>Terminating</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EndpointConditionsImpl extends MinimalEObjectImpl.Container implements EndpointConditions {
	/**
	 * The default value of the '{@link #getReady() <em>Ready</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReady()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean READY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReady() <em>Ready</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReady()
	 * @generated
	 * @ordered
	 */
	protected Boolean ready = READY_EDEFAULT;

	/**
	 * The default value of the '{@link #getServing() <em>Serving</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServing()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean SERVING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServing() <em>Serving</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServing()
	 * @generated
	 * @ordered
	 */
	protected Boolean serving = SERVING_EDEFAULT;

	/**
	 * The default value of the '{@link #getTerminating() <em>Terminating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerminating()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean TERMINATING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTerminating() <em>Terminating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerminating()
	 * @generated
	 * @ordered
	 */
	protected Boolean terminating = TERMINATING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EndpointConditionsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DiscoveryV1Package.Literals.ENDPOINT_CONDITIONS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getReady() {
		return ready;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReady(Boolean newReady) {
		Boolean oldReady = ready;
		ready = newReady;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiscoveryV1Package.ENDPOINT_CONDITIONS__READY, oldReady, ready));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getServing() {
		return serving;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServing(Boolean newServing) {
		Boolean oldServing = serving;
		serving = newServing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiscoveryV1Package.ENDPOINT_CONDITIONS__SERVING, oldServing, serving));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getTerminating() {
		return terminating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTerminating(Boolean newTerminating) {
		Boolean oldTerminating = terminating;
		terminating = newTerminating;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiscoveryV1Package.ENDPOINT_CONDITIONS__TERMINATING, oldTerminating, terminating));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DiscoveryV1Package.ENDPOINT_CONDITIONS__READY:
				return getReady();
			case DiscoveryV1Package.ENDPOINT_CONDITIONS__SERVING:
				return getServing();
			case DiscoveryV1Package.ENDPOINT_CONDITIONS__TERMINATING:
				return getTerminating();
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
			case DiscoveryV1Package.ENDPOINT_CONDITIONS__READY:
				setReady((Boolean)newValue);
				return;
			case DiscoveryV1Package.ENDPOINT_CONDITIONS__SERVING:
				setServing((Boolean)newValue);
				return;
			case DiscoveryV1Package.ENDPOINT_CONDITIONS__TERMINATING:
				setTerminating((Boolean)newValue);
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
			case DiscoveryV1Package.ENDPOINT_CONDITIONS__READY:
				setReady(READY_EDEFAULT);
				return;
			case DiscoveryV1Package.ENDPOINT_CONDITIONS__SERVING:
				setServing(SERVING_EDEFAULT);
				return;
			case DiscoveryV1Package.ENDPOINT_CONDITIONS__TERMINATING:
				setTerminating(TERMINATING_EDEFAULT);
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
			case DiscoveryV1Package.ENDPOINT_CONDITIONS__READY:
				return READY_EDEFAULT == null ? ready != null : !READY_EDEFAULT.equals(ready);
			case DiscoveryV1Package.ENDPOINT_CONDITIONS__SERVING:
				return SERVING_EDEFAULT == null ? serving != null : !SERVING_EDEFAULT.equals(serving);
			case DiscoveryV1Package.ENDPOINT_CONDITIONS__TERMINATING:
				return TERMINATING_EDEFAULT == null ? terminating != null : !TERMINATING_EDEFAULT.equals(terminating);
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
		result.append(" (ready: ");
		result.append(ready);
		result.append(", serving: ");
		result.append(serving);
		result.append(", terminating: ");
		result.append(terminating);
		result.append(')');
		return result.toString();
	}

} //EndpointConditionsImpl
