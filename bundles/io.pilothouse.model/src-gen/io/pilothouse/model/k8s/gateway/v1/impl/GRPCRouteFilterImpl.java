/**
 */
package io.pilothouse.model.k8s.gateway.v1.impl;

import io.pilothouse.model.k8s.gateway.v1.GRPCRouteExtensionRef;
import io.pilothouse.model.k8s.gateway.v1.GRPCRouteFilter;
import io.pilothouse.model.k8s.gateway.v1.GRPCRouteRequestHeaderModifier;
import io.pilothouse.model.k8s.gateway.v1.GRPCRouteRequestMirror;
import io.pilothouse.model.k8s.gateway.v1.GatewayV1Package;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>GRPC Route Filter</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GRPCRouteFilterImpl#getExtensionRef <em>Extension Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GRPCRouteFilterImpl#getRequestHeaderModifier <em>Request Header Modifier</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GRPCRouteFilterImpl#getRequestMirror <em>Request Mirror</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GRPCRouteFilterImpl#getResponseHeaderModifier <em>Response Header Modifier</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GRPCRouteFilterImpl#getType <em>Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GRPCRouteFilterImpl extends MinimalEObjectImpl.Container implements GRPCRouteFilter {
	/**
	 * The cached value of the '{@link #getExtensionRef() <em>Extension Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtensionRef()
	 * @generated
	 * @ordered
	 */
	protected GRPCRouteExtensionRef extensionRef;

	/**
	 * The cached value of the '{@link #getRequestHeaderModifier() <em>Request Header Modifier</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestHeaderModifier()
	 * @generated
	 * @ordered
	 */
	protected GRPCRouteRequestHeaderModifier requestHeaderModifier;

	/**
	 * The cached value of the '{@link #getRequestMirror() <em>Request Mirror</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestMirror()
	 * @generated
	 * @ordered
	 */
	protected GRPCRouteRequestMirror requestMirror;

	/**
	 * The cached value of the '{@link #getResponseHeaderModifier() <em>Response Header Modifier</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponseHeaderModifier()
	 * @generated
	 * @ordered
	 */
	protected GRPCRouteRequestHeaderModifier responseHeaderModifier;

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
	protected GRPCRouteFilterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1Package.Literals.GRPC_ROUTE_FILTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GRPCRouteExtensionRef getExtensionRef() {
		return extensionRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExtensionRef(GRPCRouteExtensionRef newExtensionRef, NotificationChain msgs) {
		GRPCRouteExtensionRef oldExtensionRef = extensionRef;
		extensionRef = newExtensionRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1Package.GRPC_ROUTE_FILTER__EXTENSION_REF, oldExtensionRef, newExtensionRef);
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
	public void setExtensionRef(GRPCRouteExtensionRef newExtensionRef) {
		if (newExtensionRef != extensionRef) {
			NotificationChain msgs = null;
			if (extensionRef != null)
				msgs = ((InternalEObject)extensionRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.GRPC_ROUTE_FILTER__EXTENSION_REF, null, msgs);
			if (newExtensionRef != null)
				msgs = ((InternalEObject)newExtensionRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.GRPC_ROUTE_FILTER__EXTENSION_REF, null, msgs);
			msgs = basicSetExtensionRef(newExtensionRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.GRPC_ROUTE_FILTER__EXTENSION_REF, newExtensionRef, newExtensionRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GRPCRouteRequestHeaderModifier getRequestHeaderModifier() {
		return requestHeaderModifier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRequestHeaderModifier(GRPCRouteRequestHeaderModifier newRequestHeaderModifier, NotificationChain msgs) {
		GRPCRouteRequestHeaderModifier oldRequestHeaderModifier = requestHeaderModifier;
		requestHeaderModifier = newRequestHeaderModifier;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1Package.GRPC_ROUTE_FILTER__REQUEST_HEADER_MODIFIER, oldRequestHeaderModifier, newRequestHeaderModifier);
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
	public void setRequestHeaderModifier(GRPCRouteRequestHeaderModifier newRequestHeaderModifier) {
		if (newRequestHeaderModifier != requestHeaderModifier) {
			NotificationChain msgs = null;
			if (requestHeaderModifier != null)
				msgs = ((InternalEObject)requestHeaderModifier).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.GRPC_ROUTE_FILTER__REQUEST_HEADER_MODIFIER, null, msgs);
			if (newRequestHeaderModifier != null)
				msgs = ((InternalEObject)newRequestHeaderModifier).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.GRPC_ROUTE_FILTER__REQUEST_HEADER_MODIFIER, null, msgs);
			msgs = basicSetRequestHeaderModifier(newRequestHeaderModifier, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.GRPC_ROUTE_FILTER__REQUEST_HEADER_MODIFIER, newRequestHeaderModifier, newRequestHeaderModifier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GRPCRouteRequestMirror getRequestMirror() {
		return requestMirror;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRequestMirror(GRPCRouteRequestMirror newRequestMirror, NotificationChain msgs) {
		GRPCRouteRequestMirror oldRequestMirror = requestMirror;
		requestMirror = newRequestMirror;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1Package.GRPC_ROUTE_FILTER__REQUEST_MIRROR, oldRequestMirror, newRequestMirror);
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
	public void setRequestMirror(GRPCRouteRequestMirror newRequestMirror) {
		if (newRequestMirror != requestMirror) {
			NotificationChain msgs = null;
			if (requestMirror != null)
				msgs = ((InternalEObject)requestMirror).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.GRPC_ROUTE_FILTER__REQUEST_MIRROR, null, msgs);
			if (newRequestMirror != null)
				msgs = ((InternalEObject)newRequestMirror).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.GRPC_ROUTE_FILTER__REQUEST_MIRROR, null, msgs);
			msgs = basicSetRequestMirror(newRequestMirror, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.GRPC_ROUTE_FILTER__REQUEST_MIRROR, newRequestMirror, newRequestMirror));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GRPCRouteRequestHeaderModifier getResponseHeaderModifier() {
		return responseHeaderModifier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetResponseHeaderModifier(GRPCRouteRequestHeaderModifier newResponseHeaderModifier, NotificationChain msgs) {
		GRPCRouteRequestHeaderModifier oldResponseHeaderModifier = responseHeaderModifier;
		responseHeaderModifier = newResponseHeaderModifier;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1Package.GRPC_ROUTE_FILTER__RESPONSE_HEADER_MODIFIER, oldResponseHeaderModifier, newResponseHeaderModifier);
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
	public void setResponseHeaderModifier(GRPCRouteRequestHeaderModifier newResponseHeaderModifier) {
		if (newResponseHeaderModifier != responseHeaderModifier) {
			NotificationChain msgs = null;
			if (responseHeaderModifier != null)
				msgs = ((InternalEObject)responseHeaderModifier).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.GRPC_ROUTE_FILTER__RESPONSE_HEADER_MODIFIER, null, msgs);
			if (newResponseHeaderModifier != null)
				msgs = ((InternalEObject)newResponseHeaderModifier).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.GRPC_ROUTE_FILTER__RESPONSE_HEADER_MODIFIER, null, msgs);
			msgs = basicSetResponseHeaderModifier(newResponseHeaderModifier, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.GRPC_ROUTE_FILTER__RESPONSE_HEADER_MODIFIER, newResponseHeaderModifier, newResponseHeaderModifier));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.GRPC_ROUTE_FILTER__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1Package.GRPC_ROUTE_FILTER__EXTENSION_REF:
				return basicSetExtensionRef(null, msgs);
			case GatewayV1Package.GRPC_ROUTE_FILTER__REQUEST_HEADER_MODIFIER:
				return basicSetRequestHeaderModifier(null, msgs);
			case GatewayV1Package.GRPC_ROUTE_FILTER__REQUEST_MIRROR:
				return basicSetRequestMirror(null, msgs);
			case GatewayV1Package.GRPC_ROUTE_FILTER__RESPONSE_HEADER_MODIFIER:
				return basicSetResponseHeaderModifier(null, msgs);
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
			case GatewayV1Package.GRPC_ROUTE_FILTER__EXTENSION_REF:
				return getExtensionRef();
			case GatewayV1Package.GRPC_ROUTE_FILTER__REQUEST_HEADER_MODIFIER:
				return getRequestHeaderModifier();
			case GatewayV1Package.GRPC_ROUTE_FILTER__REQUEST_MIRROR:
				return getRequestMirror();
			case GatewayV1Package.GRPC_ROUTE_FILTER__RESPONSE_HEADER_MODIFIER:
				return getResponseHeaderModifier();
			case GatewayV1Package.GRPC_ROUTE_FILTER__TYPE:
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
			case GatewayV1Package.GRPC_ROUTE_FILTER__EXTENSION_REF:
				setExtensionRef((GRPCRouteExtensionRef)newValue);
				return;
			case GatewayV1Package.GRPC_ROUTE_FILTER__REQUEST_HEADER_MODIFIER:
				setRequestHeaderModifier((GRPCRouteRequestHeaderModifier)newValue);
				return;
			case GatewayV1Package.GRPC_ROUTE_FILTER__REQUEST_MIRROR:
				setRequestMirror((GRPCRouteRequestMirror)newValue);
				return;
			case GatewayV1Package.GRPC_ROUTE_FILTER__RESPONSE_HEADER_MODIFIER:
				setResponseHeaderModifier((GRPCRouteRequestHeaderModifier)newValue);
				return;
			case GatewayV1Package.GRPC_ROUTE_FILTER__TYPE:
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
			case GatewayV1Package.GRPC_ROUTE_FILTER__EXTENSION_REF:
				setExtensionRef((GRPCRouteExtensionRef)null);
				return;
			case GatewayV1Package.GRPC_ROUTE_FILTER__REQUEST_HEADER_MODIFIER:
				setRequestHeaderModifier((GRPCRouteRequestHeaderModifier)null);
				return;
			case GatewayV1Package.GRPC_ROUTE_FILTER__REQUEST_MIRROR:
				setRequestMirror((GRPCRouteRequestMirror)null);
				return;
			case GatewayV1Package.GRPC_ROUTE_FILTER__RESPONSE_HEADER_MODIFIER:
				setResponseHeaderModifier((GRPCRouteRequestHeaderModifier)null);
				return;
			case GatewayV1Package.GRPC_ROUTE_FILTER__TYPE:
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
			case GatewayV1Package.GRPC_ROUTE_FILTER__EXTENSION_REF:
				return extensionRef != null;
			case GatewayV1Package.GRPC_ROUTE_FILTER__REQUEST_HEADER_MODIFIER:
				return requestHeaderModifier != null;
			case GatewayV1Package.GRPC_ROUTE_FILTER__REQUEST_MIRROR:
				return requestMirror != null;
			case GatewayV1Package.GRPC_ROUTE_FILTER__RESPONSE_HEADER_MODIFIER:
				return responseHeaderModifier != null;
			case GatewayV1Package.GRPC_ROUTE_FILTER__TYPE:
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

} //GRPCRouteFilterImpl
