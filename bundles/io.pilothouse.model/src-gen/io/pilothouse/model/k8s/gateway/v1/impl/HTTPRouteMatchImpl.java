/**
 */
package io.pilothouse.model.k8s.gateway.v1.impl;

import io.pilothouse.model.k8s.gateway.v1.GatewayV1Package;
import io.pilothouse.model.k8s.gateway.v1.HTTPRouteHeader;
import io.pilothouse.model.k8s.gateway.v1.HTTPRouteMatch;
import io.pilothouse.model.k8s.gateway.v1.HTTPRouteMatchPath;
import io.pilothouse.model.k8s.gateway.v1.HTTPRouteQueryParam;

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
 * An implementation of the model object '<em><b>HTTP Route Match</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteMatchImpl#getHeaders <em>Headers</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteMatchImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteMatchImpl#getPath <em>Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteMatchImpl#getQueryParams <em>Query Params</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HTTPRouteMatchImpl extends MinimalEObjectImpl.Container implements HTTPRouteMatch {
	/**
	 * The cached value of the '{@link #getHeaders() <em>Headers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeaders()
	 * @generated
	 * @ordered
	 */
	protected EList<HTTPRouteHeader> headers;

	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final String METHOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected String method = METHOD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected HTTPRouteMatchPath path;

	/**
	 * The cached value of the '{@link #getQueryParams() <em>Query Params</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueryParams()
	 * @generated
	 * @ordered
	 */
	protected EList<HTTPRouteQueryParam> queryParams;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HTTPRouteMatchImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1Package.Literals.HTTP_ROUTE_MATCH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HTTPRouteHeader> getHeaders() {
		if (headers == null) {
			headers = new EObjectContainmentEList<HTTPRouteHeader>(HTTPRouteHeader.class, this, GatewayV1Package.HTTP_ROUTE_MATCH__HEADERS);
		}
		return headers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(String newMethod) {
		String oldMethod = method;
		method = newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_MATCH__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteMatchPath getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPath(HTTPRouteMatchPath newPath, NotificationChain msgs) {
		HTTPRouteMatchPath oldPath = path;
		path = newPath;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_MATCH__PATH, oldPath, newPath);
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
	public void setPath(HTTPRouteMatchPath newPath) {
		if (newPath != path) {
			NotificationChain msgs = null;
			if (path != null)
				msgs = ((InternalEObject)path).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.HTTP_ROUTE_MATCH__PATH, null, msgs);
			if (newPath != null)
				msgs = ((InternalEObject)newPath).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.HTTP_ROUTE_MATCH__PATH, null, msgs);
			msgs = basicSetPath(newPath, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_MATCH__PATH, newPath, newPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HTTPRouteQueryParam> getQueryParams() {
		if (queryParams == null) {
			queryParams = new EObjectContainmentEList<HTTPRouteQueryParam>(HTTPRouteQueryParam.class, this, GatewayV1Package.HTTP_ROUTE_MATCH__QUERY_PARAMS);
		}
		return queryParams;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1Package.HTTP_ROUTE_MATCH__HEADERS:
				return ((InternalEList<?>)getHeaders()).basicRemove(otherEnd, msgs);
			case GatewayV1Package.HTTP_ROUTE_MATCH__PATH:
				return basicSetPath(null, msgs);
			case GatewayV1Package.HTTP_ROUTE_MATCH__QUERY_PARAMS:
				return ((InternalEList<?>)getQueryParams()).basicRemove(otherEnd, msgs);
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
			case GatewayV1Package.HTTP_ROUTE_MATCH__HEADERS:
				return getHeaders();
			case GatewayV1Package.HTTP_ROUTE_MATCH__METHOD:
				return getMethod();
			case GatewayV1Package.HTTP_ROUTE_MATCH__PATH:
				return getPath();
			case GatewayV1Package.HTTP_ROUTE_MATCH__QUERY_PARAMS:
				return getQueryParams();
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
			case GatewayV1Package.HTTP_ROUTE_MATCH__HEADERS:
				getHeaders().clear();
				getHeaders().addAll((Collection<? extends HTTPRouteHeader>)newValue);
				return;
			case GatewayV1Package.HTTP_ROUTE_MATCH__METHOD:
				setMethod((String)newValue);
				return;
			case GatewayV1Package.HTTP_ROUTE_MATCH__PATH:
				setPath((HTTPRouteMatchPath)newValue);
				return;
			case GatewayV1Package.HTTP_ROUTE_MATCH__QUERY_PARAMS:
				getQueryParams().clear();
				getQueryParams().addAll((Collection<? extends HTTPRouteQueryParam>)newValue);
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
			case GatewayV1Package.HTTP_ROUTE_MATCH__HEADERS:
				getHeaders().clear();
				return;
			case GatewayV1Package.HTTP_ROUTE_MATCH__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case GatewayV1Package.HTTP_ROUTE_MATCH__PATH:
				setPath((HTTPRouteMatchPath)null);
				return;
			case GatewayV1Package.HTTP_ROUTE_MATCH__QUERY_PARAMS:
				getQueryParams().clear();
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
			case GatewayV1Package.HTTP_ROUTE_MATCH__HEADERS:
				return headers != null && !headers.isEmpty();
			case GatewayV1Package.HTTP_ROUTE_MATCH__METHOD:
				return METHOD_EDEFAULT == null ? method != null : !METHOD_EDEFAULT.equals(method);
			case GatewayV1Package.HTTP_ROUTE_MATCH__PATH:
				return path != null;
			case GatewayV1Package.HTTP_ROUTE_MATCH__QUERY_PARAMS:
				return queryParams != null && !queryParams.isEmpty();
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
		result.append(" (method: ");
		result.append(method);
		result.append(')');
		return result.toString();
	}

} //HTTPRouteMatchImpl
