/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.LoadBalancerIngress;
import io.pilothouse.model.k8s.core.v1.PortStatus;

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
 * An implementation of the model object '<em><b>Load Balancer Ingress</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.LoadBalancerIngressImpl#getHostname <em>Hostname</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.LoadBalancerIngressImpl#getIp <em>Ip</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.LoadBalancerIngressImpl#getIpMode <em>Ip Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.LoadBalancerIngressImpl#getPorts <em>Ports</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LoadBalancerIngressImpl extends MinimalEObjectImpl.Container implements LoadBalancerIngress {
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
	 * The default value of the '{@link #getIp() <em>Ip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIp()
	 * @generated
	 * @ordered
	 */
	protected static final String IP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIp() <em>Ip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIp()
	 * @generated
	 * @ordered
	 */
	protected String ip = IP_EDEFAULT;

	/**
	 * The default value of the '{@link #getIpMode() <em>Ip Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpMode()
	 * @generated
	 * @ordered
	 */
	protected static final String IP_MODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIpMode() <em>Ip Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpMode()
	 * @generated
	 * @ordered
	 */
	protected String ipMode = IP_MODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPorts() <em>Ports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPorts()
	 * @generated
	 * @ordered
	 */
	protected EList<PortStatus> ports;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LoadBalancerIngressImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.LOAD_BALANCER_INGRESS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.LOAD_BALANCER_INGRESS__HOSTNAME, oldHostname, hostname));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIp() {
		return ip;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIp(String newIp) {
		String oldIp = ip;
		ip = newIp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.LOAD_BALANCER_INGRESS__IP, oldIp, ip));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIpMode() {
		return ipMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIpMode(String newIpMode) {
		String oldIpMode = ipMode;
		ipMode = newIpMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.LOAD_BALANCER_INGRESS__IP_MODE, oldIpMode, ipMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PortStatus> getPorts() {
		if (ports == null) {
			ports = new EObjectContainmentEList<PortStatus>(PortStatus.class, this, CoreV1Package.LOAD_BALANCER_INGRESS__PORTS);
		}
		return ports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.LOAD_BALANCER_INGRESS__PORTS:
				return ((InternalEList<?>)getPorts()).basicRemove(otherEnd, msgs);
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
			case CoreV1Package.LOAD_BALANCER_INGRESS__HOSTNAME:
				return getHostname();
			case CoreV1Package.LOAD_BALANCER_INGRESS__IP:
				return getIp();
			case CoreV1Package.LOAD_BALANCER_INGRESS__IP_MODE:
				return getIpMode();
			case CoreV1Package.LOAD_BALANCER_INGRESS__PORTS:
				return getPorts();
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
			case CoreV1Package.LOAD_BALANCER_INGRESS__HOSTNAME:
				setHostname((String)newValue);
				return;
			case CoreV1Package.LOAD_BALANCER_INGRESS__IP:
				setIp((String)newValue);
				return;
			case CoreV1Package.LOAD_BALANCER_INGRESS__IP_MODE:
				setIpMode((String)newValue);
				return;
			case CoreV1Package.LOAD_BALANCER_INGRESS__PORTS:
				getPorts().clear();
				getPorts().addAll((Collection<? extends PortStatus>)newValue);
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
			case CoreV1Package.LOAD_BALANCER_INGRESS__HOSTNAME:
				setHostname(HOSTNAME_EDEFAULT);
				return;
			case CoreV1Package.LOAD_BALANCER_INGRESS__IP:
				setIp(IP_EDEFAULT);
				return;
			case CoreV1Package.LOAD_BALANCER_INGRESS__IP_MODE:
				setIpMode(IP_MODE_EDEFAULT);
				return;
			case CoreV1Package.LOAD_BALANCER_INGRESS__PORTS:
				getPorts().clear();
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
			case CoreV1Package.LOAD_BALANCER_INGRESS__HOSTNAME:
				return HOSTNAME_EDEFAULT == null ? hostname != null : !HOSTNAME_EDEFAULT.equals(hostname);
			case CoreV1Package.LOAD_BALANCER_INGRESS__IP:
				return IP_EDEFAULT == null ? ip != null : !IP_EDEFAULT.equals(ip);
			case CoreV1Package.LOAD_BALANCER_INGRESS__IP_MODE:
				return IP_MODE_EDEFAULT == null ? ipMode != null : !IP_MODE_EDEFAULT.equals(ipMode);
			case CoreV1Package.LOAD_BALANCER_INGRESS__PORTS:
				return ports != null && !ports.isEmpty();
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
		result.append(", ip: ");
		result.append(ip);
		result.append(", ipMode: ");
		result.append(ipMode);
		result.append(')');
		return result.toString();
	}

} //LoadBalancerIngressImpl
