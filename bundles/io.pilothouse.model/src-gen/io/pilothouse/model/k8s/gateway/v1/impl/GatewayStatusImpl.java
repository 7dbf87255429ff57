/**
 */
package io.pilothouse.model.k8s.gateway.v1.impl;

import io.pilothouse.model.k8s.gateway.v1.GatewayCondition;
import io.pilothouse.model.k8s.gateway.v1.GatewayStatus;
import io.pilothouse.model.k8s.gateway.v1.GatewayStatusAddress;
import io.pilothouse.model.k8s.gateway.v1.GatewayStatusListener;
import io.pilothouse.model.k8s.gateway.v1.GatewayV1Package;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gateway Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GatewayStatusImpl#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GatewayStatusImpl#getAttachedListenerSets <em>Attached Listener Sets</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GatewayStatusImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GatewayStatusImpl#getListeners <em>Listeners</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GatewayStatusImpl extends MinimalEObjectImpl.Container implements GatewayStatus {
	/**
	 * The cached value of the '{@link #getAddresses() <em>Addresses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddresses()
	 * @generated
	 * @ordered
	 */
	protected EList<GatewayStatusAddress> addresses;

	/**
	 * The default value of the '{@link #getAttachedListenerSets() <em>Attached Listener Sets</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachedListenerSets()
	 * @generated
	 * @ordered
	 */
	protected static final Integer ATTACHED_LISTENER_SETS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAttachedListenerSets() <em>Attached Listener Sets</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachedListenerSets()
	 * @generated
	 * @ordered
	 */
	protected Integer attachedListenerSets = ATTACHED_LISTENER_SETS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<GatewayCondition> conditions;

	/**
	 * The cached value of the '{@link #getListeners() <em>Listeners</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListeners()
	 * @generated
	 * @ordered
	 */
	protected EList<GatewayStatusListener> listeners;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GatewayStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1Package.Literals.GATEWAY_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GatewayStatusAddress> getAddresses() {
		if (addresses == null) {
			addresses = new EObjectContainmentEList<GatewayStatusAddress>(GatewayStatusAddress.class, this, GatewayV1Package.GATEWAY_STATUS__ADDRESSES);
		}
		return addresses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getAttachedListenerSets() {
		return attachedListenerSets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttachedListenerSets(Integer newAttachedListenerSets) {
		Integer oldAttachedListenerSets = attachedListenerSets;
		attachedListenerSets = newAttachedListenerSets;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.GATEWAY_STATUS__ATTACHED_LISTENER_SETS, oldAttachedListenerSets, attachedListenerSets));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GatewayCondition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<GatewayCondition>(GatewayCondition.class, this, GatewayV1Package.GATEWAY_STATUS__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GatewayStatusListener> getListeners() {
		if (listeners == null) {
			listeners = new EObjectContainmentEList<GatewayStatusListener>(GatewayStatusListener.class, this, GatewayV1Package.GATEWAY_STATUS__LISTENERS);
		}
		return listeners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1Package.GATEWAY_STATUS__ADDRESSES:
				return ((InternalEList<?>)getAddresses()).basicRemove(otherEnd, msgs);
			case GatewayV1Package.GATEWAY_STATUS__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
			case GatewayV1Package.GATEWAY_STATUS__LISTENERS:
				return ((InternalEList<?>)getListeners()).basicRemove(otherEnd, msgs);
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
			case GatewayV1Package.GATEWAY_STATUS__ADDRESSES:
				return getAddresses();
			case GatewayV1Package.GATEWAY_STATUS__ATTACHED_LISTENER_SETS:
				return getAttachedListenerSets();
			case GatewayV1Package.GATEWAY_STATUS__CONDITIONS:
				return getConditions();
			case GatewayV1Package.GATEWAY_STATUS__LISTENERS:
				return getListeners();
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
			case GatewayV1Package.GATEWAY_STATUS__ADDRESSES:
				getAddresses().clear();
				getAddresses().addAll((Collection<? extends GatewayStatusAddress>)newValue);
				return;
			case GatewayV1Package.GATEWAY_STATUS__ATTACHED_LISTENER_SETS:
				setAttachedListenerSets((Integer)newValue);
				return;
			case GatewayV1Package.GATEWAY_STATUS__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends GatewayCondition>)newValue);
				return;
			case GatewayV1Package.GATEWAY_STATUS__LISTENERS:
				getListeners().clear();
				getListeners().addAll((Collection<? extends GatewayStatusListener>)newValue);
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
			case GatewayV1Package.GATEWAY_STATUS__ADDRESSES:
				getAddresses().clear();
				return;
			case GatewayV1Package.GATEWAY_STATUS__ATTACHED_LISTENER_SETS:
				setAttachedListenerSets(ATTACHED_LISTENER_SETS_EDEFAULT);
				return;
			case GatewayV1Package.GATEWAY_STATUS__CONDITIONS:
				getConditions().clear();
				return;
			case GatewayV1Package.GATEWAY_STATUS__LISTENERS:
				getListeners().clear();
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
			case GatewayV1Package.GATEWAY_STATUS__ADDRESSES:
				return addresses != null && !addresses.isEmpty();
			case GatewayV1Package.GATEWAY_STATUS__ATTACHED_LISTENER_SETS:
				return ATTACHED_LISTENER_SETS_EDEFAULT == null ? attachedListenerSets != null : !ATTACHED_LISTENER_SETS_EDEFAULT.equals(attachedListenerSets);
			case GatewayV1Package.GATEWAY_STATUS__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case GatewayV1Package.GATEWAY_STATUS__LISTENERS:
				return listeners != null && !listeners.isEmpty();
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
		result.append(" (attachedListenerSets: ");
		result.append(attachedListenerSets);
		result.append(')');
		return result.toString();
	}

} //GatewayStatusImpl
