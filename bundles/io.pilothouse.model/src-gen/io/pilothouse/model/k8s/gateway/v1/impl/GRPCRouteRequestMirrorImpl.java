/**
 */
package io.pilothouse.model.k8s.gateway.v1.impl;

import io.pilothouse.model.k8s.gateway.v1.GRPCRouteFraction;
import io.pilothouse.model.k8s.gateway.v1.GRPCRouteRequestMirror;
import io.pilothouse.model.k8s.gateway.v1.GRPCRouteRequestMirrorBackendRef;
import io.pilothouse.model.k8s.gateway.v1.GatewayV1Package;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>GRPC Route Request Mirror</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GRPCRouteRequestMirrorImpl#getBackendRef <em>Backend Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GRPCRouteRequestMirrorImpl#getFraction <em>Fraction</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GRPCRouteRequestMirrorImpl#getPercent <em>Percent</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GRPCRouteRequestMirrorImpl extends MinimalEObjectImpl.Container implements GRPCRouteRequestMirror {
	/**
	 * The cached value of the '{@link #getBackendRef() <em>Backend Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackendRef()
	 * @generated
	 * @ordered
	 */
	protected GRPCRouteRequestMirrorBackendRef backendRef;

	/**
	 * The cached value of the '{@link #getFraction() <em>Fraction</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFraction()
	 * @generated
	 * @ordered
	 */
	protected GRPCRouteFraction fraction;

	/**
	 * The default value of the '{@link #getPercent() <em>Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercent()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PERCENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPercent() <em>Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercent()
	 * @generated
	 * @ordered
	 */
	protected Integer percent = PERCENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GRPCRouteRequestMirrorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1Package.Literals.GRPC_ROUTE_REQUEST_MIRROR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GRPCRouteRequestMirrorBackendRef getBackendRef() {
		return backendRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBackendRef(GRPCRouteRequestMirrorBackendRef newBackendRef, NotificationChain msgs) {
		GRPCRouteRequestMirrorBackendRef oldBackendRef = backendRef;
		backendRef = newBackendRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1Package.GRPC_ROUTE_REQUEST_MIRROR__BACKEND_REF, oldBackendRef, newBackendRef);
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
	public void setBackendRef(GRPCRouteRequestMirrorBackendRef newBackendRef) {
		if (newBackendRef != backendRef) {
			NotificationChain msgs = null;
			if (backendRef != null)
				msgs = ((InternalEObject)backendRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.GRPC_ROUTE_REQUEST_MIRROR__BACKEND_REF, null, msgs);
			if (newBackendRef != null)
				msgs = ((InternalEObject)newBackendRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.GRPC_ROUTE_REQUEST_MIRROR__BACKEND_REF, null, msgs);
			msgs = basicSetBackendRef(newBackendRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.GRPC_ROUTE_REQUEST_MIRROR__BACKEND_REF, newBackendRef, newBackendRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GRPCRouteFraction getFraction() {
		return fraction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFraction(GRPCRouteFraction newFraction, NotificationChain msgs) {
		GRPCRouteFraction oldFraction = fraction;
		fraction = newFraction;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1Package.GRPC_ROUTE_REQUEST_MIRROR__FRACTION, oldFraction, newFraction);
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
	public void setFraction(GRPCRouteFraction newFraction) {
		if (newFraction != fraction) {
			NotificationChain msgs = null;
			if (fraction != null)
				msgs = ((InternalEObject)fraction).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.GRPC_ROUTE_REQUEST_MIRROR__FRACTION, null, msgs);
			if (newFraction != null)
				msgs = ((InternalEObject)newFraction).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.GRPC_ROUTE_REQUEST_MIRROR__FRACTION, null, msgs);
			msgs = basicSetFraction(newFraction, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.GRPC_ROUTE_REQUEST_MIRROR__FRACTION, newFraction, newFraction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPercent() {
		return percent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPercent(Integer newPercent) {
		Integer oldPercent = percent;
		percent = newPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.GRPC_ROUTE_REQUEST_MIRROR__PERCENT, oldPercent, percent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1Package.GRPC_ROUTE_REQUEST_MIRROR__BACKEND_REF:
				return basicSetBackendRef(null, msgs);
			case GatewayV1Package.GRPC_ROUTE_REQUEST_MIRROR__FRACTION:
				return basicSetFraction(null, msgs);
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
			case GatewayV1Package.GRPC_ROUTE_REQUEST_MIRROR__BACKEND_REF:
				return getBackendRef();
			case GatewayV1Package.GRPC_ROUTE_REQUEST_MIRROR__FRACTION:
				return getFraction();
			case GatewayV1Package.GRPC_ROUTE_REQUEST_MIRROR__PERCENT:
				return getPercent();
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
			case GatewayV1Package.GRPC_ROUTE_REQUEST_MIRROR__BACKEND_REF:
				setBackendRef((GRPCRouteRequestMirrorBackendRef)newValue);
				return;
			case GatewayV1Package.GRPC_ROUTE_REQUEST_MIRROR__FRACTION:
				setFraction((GRPCRouteFraction)newValue);
				return;
			case GatewayV1Package.GRPC_ROUTE_REQUEST_MIRROR__PERCENT:
				setPercent((Integer)newValue);
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
			case GatewayV1Package.GRPC_ROUTE_REQUEST_MIRROR__BACKEND_REF:
				setBackendRef((GRPCRouteRequestMirrorBackendRef)null);
				return;
			case GatewayV1Package.GRPC_ROUTE_REQUEST_MIRROR__FRACTION:
				setFraction((GRPCRouteFraction)null);
				return;
			case GatewayV1Package.GRPC_ROUTE_REQUEST_MIRROR__PERCENT:
				setPercent(PERCENT_EDEFAULT);
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
			case GatewayV1Package.GRPC_ROUTE_REQUEST_MIRROR__BACKEND_REF:
				return backendRef != null;
			case GatewayV1Package.GRPC_ROUTE_REQUEST_MIRROR__FRACTION:
				return fraction != null;
			case GatewayV1Package.GRPC_ROUTE_REQUEST_MIRROR__PERCENT:
				return PERCENT_EDEFAULT == null ? percent != null : !PERCENT_EDEFAULT.equals(percent);
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
		result.append(" (percent: ");
		result.append(percent);
		result.append(')');
		return result.toString();
	}

} //GRPCRouteRequestMirrorImpl
