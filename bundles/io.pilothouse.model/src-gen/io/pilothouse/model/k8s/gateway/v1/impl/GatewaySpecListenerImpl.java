/**
 */
package io.pilothouse.model.k8s.gateway.v1.impl;

import io.pilothouse.model.k8s.gateway.v1.GatewayAllowedRoutes;
import io.pilothouse.model.k8s.gateway.v1.GatewayListenerTls;
import io.pilothouse.model.k8s.gateway.v1.GatewaySpecListener;
import io.pilothouse.model.k8s.gateway.v1.GatewayV1Package;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gateway Spec Listener</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GatewaySpecListenerImpl#getAllowedRoutes <em>Allowed Routes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GatewaySpecListenerImpl#getHostname <em>Hostname</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GatewaySpecListenerImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GatewaySpecListenerImpl#getPort <em>Port</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GatewaySpecListenerImpl#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GatewaySpecListenerImpl#getTls <em>Tls</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GatewaySpecListenerImpl extends MinimalEObjectImpl.Container implements GatewaySpecListener {
	/**
	 * The cached value of the '{@link #getAllowedRoutes() <em>Allowed Routes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowedRoutes()
	 * @generated
	 * @ordered
	 */
	protected GatewayAllowedRoutes allowedRoutes;

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
	 * The default value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected static final String PROTOCOL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected String protocol = PROTOCOL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTls() <em>Tls</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTls()
	 * @generated
	 * @ordered
	 */
	protected GatewayListenerTls tls;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GatewaySpecListenerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1Package.Literals.GATEWAY_SPEC_LISTENER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayAllowedRoutes getAllowedRoutes() {
		return allowedRoutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAllowedRoutes(GatewayAllowedRoutes newAllowedRoutes, NotificationChain msgs) {
		GatewayAllowedRoutes oldAllowedRoutes = allowedRoutes;
		allowedRoutes = newAllowedRoutes;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1Package.GATEWAY_SPEC_LISTENER__ALLOWED_ROUTES, oldAllowedRoutes, newAllowedRoutes);
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
	public void setAllowedRoutes(GatewayAllowedRoutes newAllowedRoutes) {
		if (newAllowedRoutes != allowedRoutes) {
			NotificationChain msgs = null;
			if (allowedRoutes != null)
				msgs = ((InternalEObject)allowedRoutes).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.GATEWAY_SPEC_LISTENER__ALLOWED_ROUTES, null, msgs);
			if (newAllowedRoutes != null)
				msgs = ((InternalEObject)newAllowedRoutes).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.GATEWAY_SPEC_LISTENER__ALLOWED_ROUTES, null, msgs);
			msgs = basicSetAllowedRoutes(newAllowedRoutes, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.GATEWAY_SPEC_LISTENER__ALLOWED_ROUTES, newAllowedRoutes, newAllowedRoutes));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.GATEWAY_SPEC_LISTENER__HOSTNAME, oldHostname, hostname));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.GATEWAY_SPEC_LISTENER__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.GATEWAY_SPEC_LISTENER__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProtocol() {
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocol(String newProtocol) {
		String oldProtocol = protocol;
		protocol = newProtocol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.GATEWAY_SPEC_LISTENER__PROTOCOL, oldProtocol, protocol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayListenerTls getTls() {
		return tls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTls(GatewayListenerTls newTls, NotificationChain msgs) {
		GatewayListenerTls oldTls = tls;
		tls = newTls;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1Package.GATEWAY_SPEC_LISTENER__TLS, oldTls, newTls);
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
	public void setTls(GatewayListenerTls newTls) {
		if (newTls != tls) {
			NotificationChain msgs = null;
			if (tls != null)
				msgs = ((InternalEObject)tls).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.GATEWAY_SPEC_LISTENER__TLS, null, msgs);
			if (newTls != null)
				msgs = ((InternalEObject)newTls).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.GATEWAY_SPEC_LISTENER__TLS, null, msgs);
			msgs = basicSetTls(newTls, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.GATEWAY_SPEC_LISTENER__TLS, newTls, newTls));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1Package.GATEWAY_SPEC_LISTENER__ALLOWED_ROUTES:
				return basicSetAllowedRoutes(null, msgs);
			case GatewayV1Package.GATEWAY_SPEC_LISTENER__TLS:
				return basicSetTls(null, msgs);
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
			case GatewayV1Package.GATEWAY_SPEC_LISTENER__ALLOWED_ROUTES:
				return getAllowedRoutes();
			case GatewayV1Package.GATEWAY_SPEC_LISTENER__HOSTNAME:
				return getHostname();
			case GatewayV1Package.GATEWAY_SPEC_LISTENER__NAME:
				return getName();
			case GatewayV1Package.GATEWAY_SPEC_LISTENER__PORT:
				return getPort();
			case GatewayV1Package.GATEWAY_SPEC_LISTENER__PROTOCOL:
				return getProtocol();
			case GatewayV1Package.GATEWAY_SPEC_LISTENER__TLS:
				return getTls();
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
			case GatewayV1Package.GATEWAY_SPEC_LISTENER__ALLOWED_ROUTES:
				setAllowedRoutes((GatewayAllowedRoutes)newValue);
				return;
			case GatewayV1Package.GATEWAY_SPEC_LISTENER__HOSTNAME:
				setHostname((String)newValue);
				return;
			case GatewayV1Package.GATEWAY_SPEC_LISTENER__NAME:
				setName((String)newValue);
				return;
			case GatewayV1Package.GATEWAY_SPEC_LISTENER__PORT:
				setPort((Integer)newValue);
				return;
			case GatewayV1Package.GATEWAY_SPEC_LISTENER__PROTOCOL:
				setProtocol((String)newValue);
				return;
			case GatewayV1Package.GATEWAY_SPEC_LISTENER__TLS:
				setTls((GatewayListenerTls)newValue);
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
			case GatewayV1Package.GATEWAY_SPEC_LISTENER__ALLOWED_ROUTES:
				setAllowedRoutes((GatewayAllowedRoutes)null);
				return;
			case GatewayV1Package.GATEWAY_SPEC_LISTENER__HOSTNAME:
				setHostname(HOSTNAME_EDEFAULT);
				return;
			case GatewayV1Package.GATEWAY_SPEC_LISTENER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case GatewayV1Package.GATEWAY_SPEC_LISTENER__PORT:
				setPort(PORT_EDEFAULT);
				return;
			case GatewayV1Package.GATEWAY_SPEC_LISTENER__PROTOCOL:
				setProtocol(PROTOCOL_EDEFAULT);
				return;
			case GatewayV1Package.GATEWAY_SPEC_LISTENER__TLS:
				setTls((GatewayListenerTls)null);
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
			case GatewayV1Package.GATEWAY_SPEC_LISTENER__ALLOWED_ROUTES:
				return allowedRoutes != null;
			case GatewayV1Package.GATEWAY_SPEC_LISTENER__HOSTNAME:
				return HOSTNAME_EDEFAULT == null ? hostname != null : !HOSTNAME_EDEFAULT.equals(hostname);
			case GatewayV1Package.GATEWAY_SPEC_LISTENER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case GatewayV1Package.GATEWAY_SPEC_LISTENER__PORT:
				return PORT_EDEFAULT == null ? port != null : !PORT_EDEFAULT.equals(port);
			case GatewayV1Package.GATEWAY_SPEC_LISTENER__PROTOCOL:
				return PROTOCOL_EDEFAULT == null ? protocol != null : !PROTOCOL_EDEFAULT.equals(protocol);
			case GatewayV1Package.GATEWAY_SPEC_LISTENER__TLS:
				return tls != null;
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
		result.append(", name: ");
		result.append(name);
		result.append(", port: ");
		result.append(port);
		result.append(", protocol: ");
		result.append(protocol);
		result.append(')');
		return result.toString();
	}

} //GatewaySpecListenerImpl
