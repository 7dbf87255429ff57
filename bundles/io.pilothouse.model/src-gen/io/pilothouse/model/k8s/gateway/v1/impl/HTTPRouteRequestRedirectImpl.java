/**
 */
package io.pilothouse.model.k8s.gateway.v1.impl;

import io.pilothouse.model.k8s.gateway.v1.GatewayV1Package;
import io.pilothouse.model.k8s.gateway.v1.HTTPRouteRequestRedirect;
import io.pilothouse.model.k8s.gateway.v1.HTTPRouteRequestRedirectPath;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>HTTP Route Request Redirect</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteRequestRedirectImpl#getHostname <em>Hostname</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteRequestRedirectImpl#getPath <em>Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteRequestRedirectImpl#getPort <em>Port</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteRequestRedirectImpl#getScheme <em>Scheme</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteRequestRedirectImpl#getStatusCode <em>Status Code</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HTTPRouteRequestRedirectImpl extends MinimalEObjectImpl.Container implements HTTPRouteRequestRedirect {
	/**
	 * The default value of the '{@link #getHostname() <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostname()
	 * @generated
	 * @ordered
	 */
	protected static final String HOSTNAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostname() <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostname()
	 * @generated
	 * @ordered
	 */
	protected String hostname = HOSTNAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected HTTPRouteRequestRedirectPath path;

	/**
	 * The default value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PORT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected Integer port = PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getScheme() <em>Scheme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheme()
	 * @generated
	 * @ordered
	 */
	protected static final String SCHEME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScheme() <em>Scheme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheme()
	 * @generated
	 * @ordered
	 */
	protected String scheme = SCHEME_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatusCode() <em>Status Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusCode()
	 * @generated
	 * @ordered
	 */
	protected static final Long STATUS_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatusCode() <em>Status Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusCode()
	 * @generated
	 * @ordered
	 */
	protected Long statusCode = STATUS_CODE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HTTPRouteRequestRedirectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1Package.Literals.HTTP_ROUTE_REQUEST_REDIRECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHostname() {
		return hostname;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostname(String newHostname) {
		String oldHostname = hostname;
		hostname = newHostname;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__HOSTNAME, oldHostname, hostname));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteRequestRedirectPath getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPath(HTTPRouteRequestRedirectPath newPath, NotificationChain msgs) {
		HTTPRouteRequestRedirectPath oldPath = path;
		path = newPath;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__PATH, oldPath, newPath);
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
	public void setPath(HTTPRouteRequestRedirectPath newPath) {
		if (newPath != path) {
			NotificationChain msgs = null;
			if (path != null)
				msgs = ((InternalEObject)path).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__PATH, null, msgs);
			if (newPath != null)
				msgs = ((InternalEObject)newPath).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__PATH, null, msgs);
			msgs = basicSetPath(newPath, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__PATH, newPath, newPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPort() {
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(Integer newPort) {
		Integer oldPort = port;
		port = newPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScheme() {
		return scheme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScheme(String newScheme) {
		String oldScheme = scheme;
		scheme = newScheme;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__SCHEME, oldScheme, scheme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getStatusCode() {
		return statusCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatusCode(Long newStatusCode) {
		Long oldStatusCode = statusCode;
		statusCode = newStatusCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__STATUS_CODE, oldStatusCode, statusCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__PATH:
				return basicSetPath(null, msgs);
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
			case GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__HOSTNAME:
				return getHostname();
			case GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__PATH:
				return getPath();
			case GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__PORT:
				return getPort();
			case GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__SCHEME:
				return getScheme();
			case GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__STATUS_CODE:
				return getStatusCode();
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
			case GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__HOSTNAME:
				setHostname((String)newValue);
				return;
			case GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__PATH:
				setPath((HTTPRouteRequestRedirectPath)newValue);
				return;
			case GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__PORT:
				setPort((Integer)newValue);
				return;
			case GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__SCHEME:
				setScheme((String)newValue);
				return;
			case GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__STATUS_CODE:
				setStatusCode((Long)newValue);
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
			case GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__HOSTNAME:
				setHostname(HOSTNAME_EDEFAULT);
				return;
			case GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__PATH:
				setPath((HTTPRouteRequestRedirectPath)null);
				return;
			case GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__PORT:
				setPort(PORT_EDEFAULT);
				return;
			case GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__SCHEME:
				setScheme(SCHEME_EDEFAULT);
				return;
			case GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__STATUS_CODE:
				setStatusCode(STATUS_CODE_EDEFAULT);
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
			case GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__HOSTNAME:
				return HOSTNAME_EDEFAULT == null ? hostname != null : !HOSTNAME_EDEFAULT.equals(hostname);
			case GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__PATH:
				return path != null;
			case GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__PORT:
				return PORT_EDEFAULT == null ? port != null : !PORT_EDEFAULT.equals(port);
			case GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__SCHEME:
				return SCHEME_EDEFAULT == null ? scheme != null : !SCHEME_EDEFAULT.equals(scheme);
			case GatewayV1Package.HTTP_ROUTE_REQUEST_REDIRECT__STATUS_CODE:
				return STATUS_CODE_EDEFAULT == null ? statusCode != null : !STATUS_CODE_EDEFAULT.equals(statusCode);
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
		result.append(" (hostname: ");
		result.append(hostname);
		result.append(", port: ");
		result.append(port);
		result.append(", scheme: ");
		result.append(scheme);
		result.append(", statusCode: ");
		result.append(statusCode);
		result.append(')');
		return result.toString();
	}

} //HTTPRouteRequestRedirectImpl
