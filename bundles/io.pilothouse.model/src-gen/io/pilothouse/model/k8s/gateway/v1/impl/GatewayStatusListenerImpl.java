/**
 */
package io.pilothouse.model.k8s.gateway.v1.impl;

import io.pilothouse.model.k8s.gateway.v1.GatewayCondition;
import io.pilothouse.model.k8s.gateway.v1.GatewayStatusListener;
import io.pilothouse.model.k8s.gateway.v1.GatewaySupportedKind;
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
 * An implementation of the model object '<em><b>Gateway Status Listener</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GatewayStatusListenerImpl#getAttachedRoutes <em>Attached Routes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GatewayStatusListenerImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GatewayStatusListenerImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GatewayStatusListenerImpl#getSupportedKinds <em>Supported Kinds</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GatewayStatusListenerImpl extends MinimalEObjectImpl.Container implements GatewayStatusListener {
	/**
	 * The default value of the '{@link #getAttachedRoutes() <em>Attached Routes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachedRoutes()
	 * @generated
	 * @ordered
	 */
	protected static final Integer ATTACHED_ROUTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAttachedRoutes() <em>Attached Routes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachedRoutes()
	 * @generated
	 * @ordered
	 */
	protected Integer attachedRoutes = ATTACHED_ROUTES_EDEFAULT;

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
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSupportedKinds() <em>Supported Kinds</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportedKinds()
	 * @generated
	 * @ordered
	 */
	protected EList<GatewaySupportedKind> supportedKinds;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GatewayStatusListenerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1Package.Literals.GATEWAY_STATUS_LISTENER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getAttachedRoutes() {
		return attachedRoutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttachedRoutes(Integer newAttachedRoutes) {
		Integer oldAttachedRoutes = attachedRoutes;
		attachedRoutes = newAttachedRoutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.GATEWAY_STATUS_LISTENER__ATTACHED_ROUTES, oldAttachedRoutes, attachedRoutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GatewayCondition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<GatewayCondition>(GatewayCondition.class, this, GatewayV1Package.GATEWAY_STATUS_LISTENER__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.GATEWAY_STATUS_LISTENER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GatewaySupportedKind> getSupportedKinds() {
		if (supportedKinds == null) {
			supportedKinds = new EObjectContainmentEList<GatewaySupportedKind>(GatewaySupportedKind.class, this, GatewayV1Package.GATEWAY_STATUS_LISTENER__SUPPORTED_KINDS);
		}
		return supportedKinds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1Package.GATEWAY_STATUS_LISTENER__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
			case GatewayV1Package.GATEWAY_STATUS_LISTENER__SUPPORTED_KINDS:
				return ((InternalEList<?>)getSupportedKinds()).basicRemove(otherEnd, msgs);
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
			case GatewayV1Package.GATEWAY_STATUS_LISTENER__ATTACHED_ROUTES:
				return getAttachedRoutes();
			case GatewayV1Package.GATEWAY_STATUS_LISTENER__CONDITIONS:
				return getConditions();
			case GatewayV1Package.GATEWAY_STATUS_LISTENER__NAME:
				return getName();
			case GatewayV1Package.GATEWAY_STATUS_LISTENER__SUPPORTED_KINDS:
				return getSupportedKinds();
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
			case GatewayV1Package.GATEWAY_STATUS_LISTENER__ATTACHED_ROUTES:
				setAttachedRoutes((Integer)newValue);
				return;
			case GatewayV1Package.GATEWAY_STATUS_LISTENER__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends GatewayCondition>)newValue);
				return;
			case GatewayV1Package.GATEWAY_STATUS_LISTENER__NAME:
				setName((String)newValue);
				return;
			case GatewayV1Package.GATEWAY_STATUS_LISTENER__SUPPORTED_KINDS:
				getSupportedKinds().clear();
				getSupportedKinds().addAll((Collection<? extends GatewaySupportedKind>)newValue);
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
			case GatewayV1Package.GATEWAY_STATUS_LISTENER__ATTACHED_ROUTES:
				setAttachedRoutes(ATTACHED_ROUTES_EDEFAULT);
				return;
			case GatewayV1Package.GATEWAY_STATUS_LISTENER__CONDITIONS:
				getConditions().clear();
				return;
			case GatewayV1Package.GATEWAY_STATUS_LISTENER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case GatewayV1Package.GATEWAY_STATUS_LISTENER__SUPPORTED_KINDS:
				getSupportedKinds().clear();
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
			case GatewayV1Package.GATEWAY_STATUS_LISTENER__ATTACHED_ROUTES:
				return ATTACHED_ROUTES_EDEFAULT == null ? attachedRoutes != null : !ATTACHED_ROUTES_EDEFAULT.equals(attachedRoutes);
			case GatewayV1Package.GATEWAY_STATUS_LISTENER__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case GatewayV1Package.GATEWAY_STATUS_LISTENER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case GatewayV1Package.GATEWAY_STATUS_LISTENER__SUPPORTED_KINDS:
				return supportedKinds != null && !supportedKinds.isEmpty();
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
		result.append(" (attachedRoutes: ");
		result.append(attachedRoutes);
		result.append(", name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //GatewayStatusListenerImpl
