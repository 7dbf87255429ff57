/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.ServicePort;

import io.pilothouse.model.types.IntOrString;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Port</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServicePortImpl#getAppProtocol <em>App Protocol</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServicePortImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServicePortImpl#getNodePort <em>Node Port</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServicePortImpl#getPort <em>Port</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServicePortImpl#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServicePortImpl#getTargetPort <em>Target Port</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServicePortImpl extends MinimalEObjectImpl.Container implements ServicePort {
	/**
	 * The default value of the '{@link #getAppProtocol() <em>App Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppProtocol()
	 * @generated
	 * @ordered
	 */
	protected static final String APP_PROTOCOL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAppProtocol() <em>App Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppProtocol()
	 * @generated
	 * @ordered
	 */
	protected String appProtocol = APP_PROTOCOL_EDEFAULT;

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
	 * The default value of the '{@link #getNodePort() <em>Node Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodePort()
	 * @generated
	 * @ordered
	 */
	protected static final Integer NODE_PORT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNodePort() <em>Node Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodePort()
	 * @generated
	 * @ordered
	 */
	protected Integer nodePort = NODE_PORT_EDEFAULT;

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
	 * The default value of the '{@link #getTargetPort() <em>Target Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetPort()
	 * @generated
	 * @ordered
	 */
	protected static final IntOrString TARGET_PORT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetPort() <em>Target Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetPort()
	 * @generated
	 * @ordered
	 */
	protected IntOrString targetPort = TARGET_PORT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServicePortImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.SERVICE_PORT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAppProtocol() {
		return appProtocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAppProtocol(String newAppProtocol) {
		String oldAppProtocol = appProtocol;
		appProtocol = newAppProtocol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_PORT__APP_PROTOCOL, oldAppProtocol, appProtocol));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_PORT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getNodePort() {
		return nodePort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNodePort(Integer newNodePort) {
		Integer oldNodePort = nodePort;
		nodePort = newNodePort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_PORT__NODE_PORT, oldNodePort, nodePort));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_PORT__PORT, oldPort, port));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_PORT__PROTOCOL, oldProtocol, protocol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntOrString getTargetPort() {
		return targetPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetPort(IntOrString newTargetPort) {
		IntOrString oldTargetPort = targetPort;
		targetPort = newTargetPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_PORT__TARGET_PORT, oldTargetPort, targetPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.SERVICE_PORT__APP_PROTOCOL:
				return getAppProtocol();
			case CoreV1Package.SERVICE_PORT__NAME:
				return getName();
			case CoreV1Package.SERVICE_PORT__NODE_PORT:
				return getNodePort();
			case CoreV1Package.SERVICE_PORT__PORT:
				return getPort();
			case CoreV1Package.SERVICE_PORT__PROTOCOL:
				return getProtocol();
			case CoreV1Package.SERVICE_PORT__TARGET_PORT:
				return getTargetPort();
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
			case CoreV1Package.SERVICE_PORT__APP_PROTOCOL:
				setAppProtocol((String)newValue);
				return;
			case CoreV1Package.SERVICE_PORT__NAME:
				setName((String)newValue);
				return;
			case CoreV1Package.SERVICE_PORT__NODE_PORT:
				setNodePort((Integer)newValue);
				return;
			case CoreV1Package.SERVICE_PORT__PORT:
				setPort((Integer)newValue);
				return;
			case CoreV1Package.SERVICE_PORT__PROTOCOL:
				setProtocol((String)newValue);
				return;
			case CoreV1Package.SERVICE_PORT__TARGET_PORT:
				setTargetPort((IntOrString)newValue);
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
			case CoreV1Package.SERVICE_PORT__APP_PROTOCOL:
				setAppProtocol(APP_PROTOCOL_EDEFAULT);
				return;
			case CoreV1Package.SERVICE_PORT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CoreV1Package.SERVICE_PORT__NODE_PORT:
				setNodePort(NODE_PORT_EDEFAULT);
				return;
			case CoreV1Package.SERVICE_PORT__PORT:
				setPort(PORT_EDEFAULT);
				return;
			case CoreV1Package.SERVICE_PORT__PROTOCOL:
				setProtocol(PROTOCOL_EDEFAULT);
				return;
			case CoreV1Package.SERVICE_PORT__TARGET_PORT:
				setTargetPort(TARGET_PORT_EDEFAULT);
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
			case CoreV1Package.SERVICE_PORT__APP_PROTOCOL:
				return APP_PROTOCOL_EDEFAULT == null ? appProtocol != null : !APP_PROTOCOL_EDEFAULT.equals(appProtocol);
			case CoreV1Package.SERVICE_PORT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CoreV1Package.SERVICE_PORT__NODE_PORT:
				return NODE_PORT_EDEFAULT == null ? nodePort != null : !NODE_PORT_EDEFAULT.equals(nodePort);
			case CoreV1Package.SERVICE_PORT__PORT:
				return PORT_EDEFAULT == null ? port != null : !PORT_EDEFAULT.equals(port);
			case CoreV1Package.SERVICE_PORT__PROTOCOL:
				return PROTOCOL_EDEFAULT == null ? protocol != null : !PROTOCOL_EDEFAULT.equals(protocol);
			case CoreV1Package.SERVICE_PORT__TARGET_PORT:
				return TARGET_PORT_EDEFAULT == null ? targetPort != null : !TARGET_PORT_EDEFAULT.equals(targetPort);
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
		result.append(" (appProtocol: ");
		result.append(appProtocol);
		result.append(", name: ");
		result.append(name);
		result.append(", nodePort: ");
		result.append(nodePort);
		result.append(", port: ");
		result.append(port);
		result.append(", protocol: ");
		result.append(protocol);
		result.append(", targetPort: ");
		result.append(targetPort);
		result.append(')');
		return result.toString();
	}

} //ServicePortImpl
