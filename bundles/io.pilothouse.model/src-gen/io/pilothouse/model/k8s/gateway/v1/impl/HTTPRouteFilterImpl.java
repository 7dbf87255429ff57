/**
 */
package io.pilothouse.model.k8s.gateway.v1.impl;

import io.pilothouse.model.k8s.gateway.v1.GatewayV1Package;
import io.pilothouse.model.k8s.gateway.v1.HTTPRouteCors;
import io.pilothouse.model.k8s.gateway.v1.HTTPRouteExtensionRef;
import io.pilothouse.model.k8s.gateway.v1.HTTPRouteFilter;
import io.pilothouse.model.k8s.gateway.v1.HTTPRouteRequestHeaderModifier;
import io.pilothouse.model.k8s.gateway.v1.HTTPRouteRequestMirror;
import io.pilothouse.model.k8s.gateway.v1.HTTPRouteRequestRedirect;
import io.pilothouse.model.k8s.gateway.v1.HTTPRouteUrlRewrite;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>HTTP Route Filter</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteFilterImpl#getCors <em>Cors</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteFilterImpl#getExtensionRef <em>Extension Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteFilterImpl#getRequestHeaderModifier <em>Request Header Modifier</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteFilterImpl#getRequestMirror <em>Request Mirror</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteFilterImpl#getRequestRedirect <em>Request Redirect</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteFilterImpl#getResponseHeaderModifier <em>Response Header Modifier</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteFilterImpl#getType <em>Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteFilterImpl#getUrlRewrite <em>Url Rewrite</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HTTPRouteFilterImpl extends MinimalEObjectImpl.Container implements HTTPRouteFilter {
	/**
	 * The cached value of the '{@link #getCors() <em>Cors</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCors()
	 * @generated
	 * @ordered
	 */
	protected HTTPRouteCors cors;

	/**
	 * The cached value of the '{@link #getExtensionRef() <em>Extension Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtensionRef()
	 * @generated
	 * @ordered
	 */
	protected HTTPRouteExtensionRef extensionRef;

	/**
	 * The cached value of the '{@link #getRequestHeaderModifier() <em>Request Header Modifier</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestHeaderModifier()
	 * @generated
	 * @ordered
	 */
	protected HTTPRouteRequestHeaderModifier requestHeaderModifier;

	/**
	 * The cached value of the '{@link #getRequestMirror() <em>Request Mirror</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestMirror()
	 * @generated
	 * @ordered
	 */
	protected HTTPRouteRequestMirror requestMirror;

	/**
	 * The cached value of the '{@link #getRequestRedirect() <em>Request Redirect</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestRedirect()
	 * @generated
	 * @ordered
	 */
	protected HTTPRouteRequestRedirect requestRedirect;

	/**
	 * The cached value of the '{@link #getResponseHeaderModifier() <em>Response Header Modifier</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponseHeaderModifier()
	 * @generated
	 * @ordered
	 */
	protected HTTPRouteRequestHeaderModifier responseHeaderModifier;

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
	 * The cached value of the '{@link #getUrlRewrite() <em>Url Rewrite</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrlRewrite()
	 * @generated
	 * @ordered
	 */
	protected HTTPRouteUrlRewrite urlRewrite;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HTTPRouteFilterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1Package.Literals.HTTP_ROUTE_FILTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteCors getCors() {
		return cors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCors(HTTPRouteCors newCors, NotificationChain msgs) {
		HTTPRouteCors oldCors = cors;
		cors = newCors;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_FILTER__CORS, oldCors, newCors);
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
	public void setCors(HTTPRouteCors newCors) {
		if (newCors != cors) {
			NotificationChain msgs = null;
			if (cors != null)
				msgs = ((InternalEObject)cors).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.HTTP_ROUTE_FILTER__CORS, null, msgs);
			if (newCors != null)
				msgs = ((InternalEObject)newCors).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.HTTP_ROUTE_FILTER__CORS, null, msgs);
			msgs = basicSetCors(newCors, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_FILTER__CORS, newCors, newCors));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteExtensionRef getExtensionRef() {
		return extensionRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExtensionRef(HTTPRouteExtensionRef newExtensionRef, NotificationChain msgs) {
		HTTPRouteExtensionRef oldExtensionRef = extensionRef;
		extensionRef = newExtensionRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_FILTER__EXTENSION_REF, oldExtensionRef, newExtensionRef);
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
	public void setExtensionRef(HTTPRouteExtensionRef newExtensionRef) {
		if (newExtensionRef != extensionRef) {
			NotificationChain msgs = null;
			if (extensionRef != null)
				msgs = ((InternalEObject)extensionRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.HTTP_ROUTE_FILTER__EXTENSION_REF, null, msgs);
			if (newExtensionRef != null)
				msgs = ((InternalEObject)newExtensionRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.HTTP_ROUTE_FILTER__EXTENSION_REF, null, msgs);
			msgs = basicSetExtensionRef(newExtensionRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_FILTER__EXTENSION_REF, newExtensionRef, newExtensionRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteRequestHeaderModifier getRequestHeaderModifier() {
		return requestHeaderModifier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRequestHeaderModifier(HTTPRouteRequestHeaderModifier newRequestHeaderModifier, NotificationChain msgs) {
		HTTPRouteRequestHeaderModifier oldRequestHeaderModifier = requestHeaderModifier;
		requestHeaderModifier = newRequestHeaderModifier;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_HEADER_MODIFIER, oldRequestHeaderModifier, newRequestHeaderModifier);
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
	public void setRequestHeaderModifier(HTTPRouteRequestHeaderModifier newRequestHeaderModifier) {
		if (newRequestHeaderModifier != requestHeaderModifier) {
			NotificationChain msgs = null;
			if (requestHeaderModifier != null)
				msgs = ((InternalEObject)requestHeaderModifier).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_HEADER_MODIFIER, null, msgs);
			if (newRequestHeaderModifier != null)
				msgs = ((InternalEObject)newRequestHeaderModifier).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_HEADER_MODIFIER, null, msgs);
			msgs = basicSetRequestHeaderModifier(newRequestHeaderModifier, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_HEADER_MODIFIER, newRequestHeaderModifier, newRequestHeaderModifier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteRequestMirror getRequestMirror() {
		return requestMirror;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRequestMirror(HTTPRouteRequestMirror newRequestMirror, NotificationChain msgs) {
		HTTPRouteRequestMirror oldRequestMirror = requestMirror;
		requestMirror = newRequestMirror;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_MIRROR, oldRequestMirror, newRequestMirror);
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
	public void setRequestMirror(HTTPRouteRequestMirror newRequestMirror) {
		if (newRequestMirror != requestMirror) {
			NotificationChain msgs = null;
			if (requestMirror != null)
				msgs = ((InternalEObject)requestMirror).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_MIRROR, null, msgs);
			if (newRequestMirror != null)
				msgs = ((InternalEObject)newRequestMirror).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_MIRROR, null, msgs);
			msgs = basicSetRequestMirror(newRequestMirror, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_MIRROR, newRequestMirror, newRequestMirror));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteRequestRedirect getRequestRedirect() {
		return requestRedirect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRequestRedirect(HTTPRouteRequestRedirect newRequestRedirect, NotificationChain msgs) {
		HTTPRouteRequestRedirect oldRequestRedirect = requestRedirect;
		requestRedirect = newRequestRedirect;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_REDIRECT, oldRequestRedirect, newRequestRedirect);
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
	public void setRequestRedirect(HTTPRouteRequestRedirect newRequestRedirect) {
		if (newRequestRedirect != requestRedirect) {
			NotificationChain msgs = null;
			if (requestRedirect != null)
				msgs = ((InternalEObject)requestRedirect).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_REDIRECT, null, msgs);
			if (newRequestRedirect != null)
				msgs = ((InternalEObject)newRequestRedirect).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_REDIRECT, null, msgs);
			msgs = basicSetRequestRedirect(newRequestRedirect, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_REDIRECT, newRequestRedirect, newRequestRedirect));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteRequestHeaderModifier getResponseHeaderModifier() {
		return responseHeaderModifier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetResponseHeaderModifier(HTTPRouteRequestHeaderModifier newResponseHeaderModifier, NotificationChain msgs) {
		HTTPRouteRequestHeaderModifier oldResponseHeaderModifier = responseHeaderModifier;
		responseHeaderModifier = newResponseHeaderModifier;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_FILTER__RESPONSE_HEADER_MODIFIER, oldResponseHeaderModifier, newResponseHeaderModifier);
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
	public void setResponseHeaderModifier(HTTPRouteRequestHeaderModifier newResponseHeaderModifier) {
		if (newResponseHeaderModifier != responseHeaderModifier) {
			NotificationChain msgs = null;
			if (responseHeaderModifier != null)
				msgs = ((InternalEObject)responseHeaderModifier).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.HTTP_ROUTE_FILTER__RESPONSE_HEADER_MODIFIER, null, msgs);
			if (newResponseHeaderModifier != null)
				msgs = ((InternalEObject)newResponseHeaderModifier).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.HTTP_ROUTE_FILTER__RESPONSE_HEADER_MODIFIER, null, msgs);
			msgs = basicSetResponseHeaderModifier(newResponseHeaderModifier, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_FILTER__RESPONSE_HEADER_MODIFIER, newResponseHeaderModifier, newResponseHeaderModifier));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_FILTER__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteUrlRewrite getUrlRewrite() {
		return urlRewrite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetUrlRewrite(HTTPRouteUrlRewrite newUrlRewrite, NotificationChain msgs) {
		HTTPRouteUrlRewrite oldUrlRewrite = urlRewrite;
		urlRewrite = newUrlRewrite;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_FILTER__URL_REWRITE, oldUrlRewrite, newUrlRewrite);
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
	public void setUrlRewrite(HTTPRouteUrlRewrite newUrlRewrite) {
		if (newUrlRewrite != urlRewrite) {
			NotificationChain msgs = null;
			if (urlRewrite != null)
				msgs = ((InternalEObject)urlRewrite).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.HTTP_ROUTE_FILTER__URL_REWRITE, null, msgs);
			if (newUrlRewrite != null)
				msgs = ((InternalEObject)newUrlRewrite).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.HTTP_ROUTE_FILTER__URL_REWRITE, null, msgs);
			msgs = basicSetUrlRewrite(newUrlRewrite, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_FILTER__URL_REWRITE, newUrlRewrite, newUrlRewrite));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1Package.HTTP_ROUTE_FILTER__CORS:
				return basicSetCors(null, msgs);
			case GatewayV1Package.HTTP_ROUTE_FILTER__EXTENSION_REF:
				return basicSetExtensionRef(null, msgs);
			case GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_HEADER_MODIFIER:
				return basicSetRequestHeaderModifier(null, msgs);
			case GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_MIRROR:
				return basicSetRequestMirror(null, msgs);
			case GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_REDIRECT:
				return basicSetRequestRedirect(null, msgs);
			case GatewayV1Package.HTTP_ROUTE_FILTER__RESPONSE_HEADER_MODIFIER:
				return basicSetResponseHeaderModifier(null, msgs);
			case GatewayV1Package.HTTP_ROUTE_FILTER__URL_REWRITE:
				return basicSetUrlRewrite(null, msgs);
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
			case GatewayV1Package.HTTP_ROUTE_FILTER__CORS:
				return getCors();
			case GatewayV1Package.HTTP_ROUTE_FILTER__EXTENSION_REF:
				return getExtensionRef();
			case GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_HEADER_MODIFIER:
				return getRequestHeaderModifier();
			case GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_MIRROR:
				return getRequestMirror();
			case GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_REDIRECT:
				return getRequestRedirect();
			case GatewayV1Package.HTTP_ROUTE_FILTER__RESPONSE_HEADER_MODIFIER:
				return getResponseHeaderModifier();
			case GatewayV1Package.HTTP_ROUTE_FILTER__TYPE:
				return getType();
			case GatewayV1Package.HTTP_ROUTE_FILTER__URL_REWRITE:
				return getUrlRewrite();
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
			case GatewayV1Package.HTTP_ROUTE_FILTER__CORS:
				setCors((HTTPRouteCors)newValue);
				return;
			case GatewayV1Package.HTTP_ROUTE_FILTER__EXTENSION_REF:
				setExtensionRef((HTTPRouteExtensionRef)newValue);
				return;
			case GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_HEADER_MODIFIER:
				setRequestHeaderModifier((HTTPRouteRequestHeaderModifier)newValue);
				return;
			case GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_MIRROR:
				setRequestMirror((HTTPRouteRequestMirror)newValue);
				return;
			case GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_REDIRECT:
				setRequestRedirect((HTTPRouteRequestRedirect)newValue);
				return;
			case GatewayV1Package.HTTP_ROUTE_FILTER__RESPONSE_HEADER_MODIFIER:
				setResponseHeaderModifier((HTTPRouteRequestHeaderModifier)newValue);
				return;
			case GatewayV1Package.HTTP_ROUTE_FILTER__TYPE:
				setType((String)newValue);
				return;
			case GatewayV1Package.HTTP_ROUTE_FILTER__URL_REWRITE:
				setUrlRewrite((HTTPRouteUrlRewrite)newValue);
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
			case GatewayV1Package.HTTP_ROUTE_FILTER__CORS:
				setCors((HTTPRouteCors)null);
				return;
			case GatewayV1Package.HTTP_ROUTE_FILTER__EXTENSION_REF:
				setExtensionRef((HTTPRouteExtensionRef)null);
				return;
			case GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_HEADER_MODIFIER:
				setRequestHeaderModifier((HTTPRouteRequestHeaderModifier)null);
				return;
			case GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_MIRROR:
				setRequestMirror((HTTPRouteRequestMirror)null);
				return;
			case GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_REDIRECT:
				setRequestRedirect((HTTPRouteRequestRedirect)null);
				return;
			case GatewayV1Package.HTTP_ROUTE_FILTER__RESPONSE_HEADER_MODIFIER:
				setResponseHeaderModifier((HTTPRouteRequestHeaderModifier)null);
				return;
			case GatewayV1Package.HTTP_ROUTE_FILTER__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case GatewayV1Package.HTTP_ROUTE_FILTER__URL_REWRITE:
				setUrlRewrite((HTTPRouteUrlRewrite)null);
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
			case GatewayV1Package.HTTP_ROUTE_FILTER__CORS:
				return cors != null;
			case GatewayV1Package.HTTP_ROUTE_FILTER__EXTENSION_REF:
				return extensionRef != null;
			case GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_HEADER_MODIFIER:
				return requestHeaderModifier != null;
			case GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_MIRROR:
				return requestMirror != null;
			case GatewayV1Package.HTTP_ROUTE_FILTER__REQUEST_REDIRECT:
				return requestRedirect != null;
			case GatewayV1Package.HTTP_ROUTE_FILTER__RESPONSE_HEADER_MODIFIER:
				return responseHeaderModifier != null;
			case GatewayV1Package.HTTP_ROUTE_FILTER__TYPE:
				return TYPE_EDEFAULT == null ? type != null : !TYPE_EDEFAULT.equals(type);
			case GatewayV1Package.HTTP_ROUTE_FILTER__URL_REWRITE:
				return urlRewrite != null;
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

} //HTTPRouteFilterImpl
