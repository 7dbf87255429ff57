/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.ConfigMapNodeConfigSource;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Config Map Node Config Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ConfigMapNodeConfigSourceImpl#getKubeletConfigKey <em>Kubelet Config Key</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ConfigMapNodeConfigSourceImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ConfigMapNodeConfigSourceImpl#getNamespace <em>Namespace</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ConfigMapNodeConfigSourceImpl#getResourceVersion <em>Resource Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ConfigMapNodeConfigSourceImpl#getUid <em>Uid</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConfigMapNodeConfigSourceImpl extends MinimalEObjectImpl.Container implements ConfigMapNodeConfigSource {
	/**
	 * The default value of the '{@link #getKubeletConfigKey() <em>Kubelet Config Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKubeletConfigKey()
	 * @generated
	 * @ordered
	 */
	protected static final String KUBELET_CONFIG_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKubeletConfigKey() <em>Kubelet Config Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKubeletConfigKey()
	 * @generated
	 * @ordered
	 */
	protected String kubeletConfigKey = KUBELET_CONFIG_KEY_EDEFAULT;

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
	 * The default value of the '{@link #getNamespace() <em>Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamespace()
	 * @generated
	 * @ordered
	 */
	protected static final String NAMESPACE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNamespace() <em>Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamespace()
	 * @generated
	 * @ordered
	 */
	protected String namespace = NAMESPACE_EDEFAULT;

	/**
	 * The default value of the '{@link #getResourceVersion() <em>Resource Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String RESOURCE_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResourceVersion() <em>Resource Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceVersion()
	 * @generated
	 * @ordered
	 */
	protected String resourceVersion = RESOURCE_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getUid() <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUid()
	 * @generated
	 * @ordered
	 */
	protected static final String UID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUid() <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUid()
	 * @generated
	 * @ordered
	 */
	protected String uid = UID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConfigMapNodeConfigSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.CONFIG_MAP_NODE_CONFIG_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKubeletConfigKey() {
		return kubeletConfigKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKubeletConfigKey(String newKubeletConfigKey) {
		String oldKubeletConfigKey = kubeletConfigKey;
		kubeletConfigKey = newKubeletConfigKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONFIG_MAP_NODE_CONFIG_SOURCE__KUBELET_CONFIG_KEY, oldKubeletConfigKey, kubeletConfigKey));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONFIG_MAP_NODE_CONFIG_SOURCE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNamespace() {
		return namespace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNamespace(String newNamespace) {
		String oldNamespace = namespace;
		namespace = newNamespace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONFIG_MAP_NODE_CONFIG_SOURCE__NAMESPACE, oldNamespace, namespace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResourceVersion() {
		return resourceVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResourceVersion(String newResourceVersion) {
		String oldResourceVersion = resourceVersion;
		resourceVersion = newResourceVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONFIG_MAP_NODE_CONFIG_SOURCE__RESOURCE_VERSION, oldResourceVersion, resourceVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUid() {
		return uid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUid(String newUid) {
		String oldUid = uid;
		uid = newUid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONFIG_MAP_NODE_CONFIG_SOURCE__UID, oldUid, uid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.CONFIG_MAP_NODE_CONFIG_SOURCE__KUBELET_CONFIG_KEY:
				return getKubeletConfigKey();
			case CoreV1Package.CONFIG_MAP_NODE_CONFIG_SOURCE__NAME:
				return getName();
			case CoreV1Package.CONFIG_MAP_NODE_CONFIG_SOURCE__NAMESPACE:
				return getNamespace();
			case CoreV1Package.CONFIG_MAP_NODE_CONFIG_SOURCE__RESOURCE_VERSION:
				return getResourceVersion();
			case CoreV1Package.CONFIG_MAP_NODE_CONFIG_SOURCE__UID:
				return getUid();
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
			case CoreV1Package.CONFIG_MAP_NODE_CONFIG_SOURCE__KUBELET_CONFIG_KEY:
				setKubeletConfigKey((String)newValue);
				return;
			case CoreV1Package.CONFIG_MAP_NODE_CONFIG_SOURCE__NAME:
				setName((String)newValue);
				return;
			case CoreV1Package.CONFIG_MAP_NODE_CONFIG_SOURCE__NAMESPACE:
				setNamespace((String)newValue);
				return;
			case CoreV1Package.CONFIG_MAP_NODE_CONFIG_SOURCE__RESOURCE_VERSION:
				setResourceVersion((String)newValue);
				return;
			case CoreV1Package.CONFIG_MAP_NODE_CONFIG_SOURCE__UID:
				setUid((String)newValue);
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
			case CoreV1Package.CONFIG_MAP_NODE_CONFIG_SOURCE__KUBELET_CONFIG_KEY:
				setKubeletConfigKey(KUBELET_CONFIG_KEY_EDEFAULT);
				return;
			case CoreV1Package.CONFIG_MAP_NODE_CONFIG_SOURCE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CoreV1Package.CONFIG_MAP_NODE_CONFIG_SOURCE__NAMESPACE:
				setNamespace(NAMESPACE_EDEFAULT);
				return;
			case CoreV1Package.CONFIG_MAP_NODE_CONFIG_SOURCE__RESOURCE_VERSION:
				setResourceVersion(RESOURCE_VERSION_EDEFAULT);
				return;
			case CoreV1Package.CONFIG_MAP_NODE_CONFIG_SOURCE__UID:
				setUid(UID_EDEFAULT);
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
			case CoreV1Package.CONFIG_MAP_NODE_CONFIG_SOURCE__KUBELET_CONFIG_KEY:
				return KUBELET_CONFIG_KEY_EDEFAULT == null ? kubeletConfigKey != null : !KUBELET_CONFIG_KEY_EDEFAULT.equals(kubeletConfigKey);
			case CoreV1Package.CONFIG_MAP_NODE_CONFIG_SOURCE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CoreV1Package.CONFIG_MAP_NODE_CONFIG_SOURCE__NAMESPACE:
				return NAMESPACE_EDEFAULT == null ? namespace != null : !NAMESPACE_EDEFAULT.equals(namespace);
			case CoreV1Package.CONFIG_MAP_NODE_CONFIG_SOURCE__RESOURCE_VERSION:
				return RESOURCE_VERSION_EDEFAULT == null ? resourceVersion != null : !RESOURCE_VERSION_EDEFAULT.equals(resourceVersion);
			case CoreV1Package.CONFIG_MAP_NODE_CONFIG_SOURCE__UID:
				return UID_EDEFAULT == null ? uid != null : !UID_EDEFAULT.equals(uid);
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
		result.append(" (kubeletConfigKey: ");
		result.append(kubeletConfigKey);
		result.append(", name: ");
		result.append(name);
		result.append(", namespace: ");
		result.append(namespace);
		result.append(", resourceVersion: ");
		result.append(resourceVersion);
		result.append(", uid: ");
		result.append(uid);
		result.append(')');
		return result.toString();
	}

} //ConfigMapNodeConfigSourceImpl
