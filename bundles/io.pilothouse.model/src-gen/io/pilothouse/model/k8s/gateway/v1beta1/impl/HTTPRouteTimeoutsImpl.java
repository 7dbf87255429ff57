/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1.impl;

import io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package;
import io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteTimeouts;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>HTTP Route Timeouts</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteTimeoutsImpl#getBackendRequest <em>Backend Request</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteTimeoutsImpl#getRequest <em>Request</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HTTPRouteTimeoutsImpl extends MinimalEObjectImpl.Container implements HTTPRouteTimeouts {
	/**
	 * The default value of the '{@link #getBackendRequest() <em>Backend Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackendRequest()
	 * @generated
	 * @ordered
	 */
	protected static final String BACKEND_REQUEST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBackendRequest() <em>Backend Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackendRequest()
	 * @generated
	 * @ordered
	 */
	protected String backendRequest = BACKEND_REQUEST_EDEFAULT;

	/**
	 * The default value of the '{@link #getRequest() <em>Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequest()
	 * @generated
	 * @ordered
	 */
	protected static final String REQUEST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRequest() <em>Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequest()
	 * @generated
	 * @ordered
	 */
	protected String request = REQUEST_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HTTPRouteTimeoutsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1beta1Package.Literals.HTTP_ROUTE_TIMEOUTS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBackendRequest() {
		return backendRequest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackendRequest(String newBackendRequest) {
		String oldBackendRequest = backendRequest;
		backendRequest = newBackendRequest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1beta1Package.HTTP_ROUTE_TIMEOUTS__BACKEND_REQUEST, oldBackendRequest, backendRequest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRequest() {
		return request;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequest(String newRequest) {
		String oldRequest = request;
		request = newRequest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1beta1Package.HTTP_ROUTE_TIMEOUTS__REQUEST, oldRequest, request));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GatewayV1beta1Package.HTTP_ROUTE_TIMEOUTS__BACKEND_REQUEST:
				return getBackendRequest();
			case GatewayV1beta1Package.HTTP_ROUTE_TIMEOUTS__REQUEST:
				return getRequest();
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
			case GatewayV1beta1Package.HTTP_ROUTE_TIMEOUTS__BACKEND_REQUEST:
				setBackendRequest((String)newValue);
				return;
			case GatewayV1beta1Package.HTTP_ROUTE_TIMEOUTS__REQUEST:
				setRequest((String)newValue);
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
			case GatewayV1beta1Package.HTTP_ROUTE_TIMEOUTS__BACKEND_REQUEST:
				setBackendRequest(BACKEND_REQUEST_EDEFAULT);
				return;
			case GatewayV1beta1Package.HTTP_ROUTE_TIMEOUTS__REQUEST:
				setRequest(REQUEST_EDEFAULT);
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
			case GatewayV1beta1Package.HTTP_ROUTE_TIMEOUTS__BACKEND_REQUEST:
				return BACKEND_REQUEST_EDEFAULT == null ? backendRequest != null : !BACKEND_REQUEST_EDEFAULT.equals(backendRequest);
			case GatewayV1beta1Package.HTTP_ROUTE_TIMEOUTS__REQUEST:
				return REQUEST_EDEFAULT == null ? request != null : !REQUEST_EDEFAULT.equals(request);
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
		result.append(" (backendRequest: ");
		result.append(backendRequest);
		result.append(", request: ");
		result.append(request);
		result.append(')');
		return result.toString();
	}

} //HTTPRouteTimeoutsImpl
