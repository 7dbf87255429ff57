/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.NodeSwapStatus;
import io.pilothouse.model.k8s.core.v1.NodeSystemInfo;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node System Info</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeSystemInfoImpl#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeSystemInfoImpl#getBootID <em>Boot ID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeSystemInfoImpl#getContainerRuntimeVersion <em>Container Runtime Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeSystemInfoImpl#getKernelVersion <em>Kernel Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeSystemInfoImpl#getKubeProxyVersion <em>Kube Proxy Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeSystemInfoImpl#getKubeletVersion <em>Kubelet Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeSystemInfoImpl#getMachineID <em>Machine ID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeSystemInfoImpl#getOperatingSystem <em>Operating System</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeSystemInfoImpl#getOsImage <em>Os Image</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeSystemInfoImpl#getSwap <em>Swap</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeSystemInfoImpl#getSystemUUID <em>System UUID</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeSystemInfoImpl extends MinimalEObjectImpl.Container implements NodeSystemInfo {
	/**
	 * The default value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected static final String ARCHITECTURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected String architecture = ARCHITECTURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBootID() <em>Boot ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBootID()
	 * @generated
	 * @ordered
	 */
	protected static final String BOOT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBootID() <em>Boot ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBootID()
	 * @generated
	 * @ordered
	 */
	protected String bootID = BOOT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getContainerRuntimeVersion() <em>Container Runtime Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerRuntimeVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTAINER_RUNTIME_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContainerRuntimeVersion() <em>Container Runtime Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerRuntimeVersion()
	 * @generated
	 * @ordered
	 */
	protected String containerRuntimeVersion = CONTAINER_RUNTIME_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getKernelVersion() <em>Kernel Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernelVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String KERNEL_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKernelVersion() <em>Kernel Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernelVersion()
	 * @generated
	 * @ordered
	 */
	protected String kernelVersion = KERNEL_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getKubeProxyVersion() <em>Kube Proxy Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKubeProxyVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String KUBE_PROXY_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKubeProxyVersion() <em>Kube Proxy Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKubeProxyVersion()
	 * @generated
	 * @ordered
	 */
	protected String kubeProxyVersion = KUBE_PROXY_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getKubeletVersion() <em>Kubelet Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKubeletVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String KUBELET_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKubeletVersion() <em>Kubelet Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKubeletVersion()
	 * @generated
	 * @ordered
	 */
	protected String kubeletVersion = KUBELET_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMachineID() <em>Machine ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMachineID()
	 * @generated
	 * @ordered
	 */
	protected static final String MACHINE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMachineID() <em>Machine ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMachineID()
	 * @generated
	 * @ordered
	 */
	protected String machineID = MACHINE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getOperatingSystem() <em>Operating System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperatingSystem()
	 * @generated
	 * @ordered
	 */
	protected static final String OPERATING_SYSTEM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOperatingSystem() <em>Operating System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperatingSystem()
	 * @generated
	 * @ordered
	 */
	protected String operatingSystem = OPERATING_SYSTEM_EDEFAULT;

	/**
	 * The default value of the '{@link #getOsImage() <em>Os Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOsImage()
	 * @generated
	 * @ordered
	 */
	protected static final String OS_IMAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOsImage() <em>Os Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOsImage()
	 * @generated
	 * @ordered
	 */
	protected String osImage = OS_IMAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSwap() <em>Swap</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwap()
	 * @generated
	 * @ordered
	 */
	protected NodeSwapStatus swap;

	/**
	 * The default value of the '{@link #getSystemUUID() <em>System UUID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemUUID()
	 * @generated
	 * @ordered
	 */
	protected static final String SYSTEM_UUID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSystemUUID() <em>System UUID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemUUID()
	 * @generated
	 * @ordered
	 */
	protected String systemUUID = SYSTEM_UUID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeSystemInfoImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.NODE_SYSTEM_INFO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArchitecture() {
		return architecture;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArchitecture(String newArchitecture) {
		String oldArchitecture = architecture;
		architecture = newArchitecture;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_SYSTEM_INFO__ARCHITECTURE, oldArchitecture, architecture));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBootID() {
		return bootID;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBootID(String newBootID) {
		String oldBootID = bootID;
		bootID = newBootID;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_SYSTEM_INFO__BOOT_ID, oldBootID, bootID));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContainerRuntimeVersion() {
		return containerRuntimeVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContainerRuntimeVersion(String newContainerRuntimeVersion) {
		String oldContainerRuntimeVersion = containerRuntimeVersion;
		containerRuntimeVersion = newContainerRuntimeVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_SYSTEM_INFO__CONTAINER_RUNTIME_VERSION, oldContainerRuntimeVersion, containerRuntimeVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKernelVersion() {
		return kernelVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKernelVersion(String newKernelVersion) {
		String oldKernelVersion = kernelVersion;
		kernelVersion = newKernelVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_SYSTEM_INFO__KERNEL_VERSION, oldKernelVersion, kernelVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKubeProxyVersion() {
		return kubeProxyVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKubeProxyVersion(String newKubeProxyVersion) {
		String oldKubeProxyVersion = kubeProxyVersion;
		kubeProxyVersion = newKubeProxyVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_SYSTEM_INFO__KUBE_PROXY_VERSION, oldKubeProxyVersion, kubeProxyVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKubeletVersion() {
		return kubeletVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKubeletVersion(String newKubeletVersion) {
		String oldKubeletVersion = kubeletVersion;
		kubeletVersion = newKubeletVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_SYSTEM_INFO__KUBELET_VERSION, oldKubeletVersion, kubeletVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMachineID() {
		return machineID;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMachineID(String newMachineID) {
		String oldMachineID = machineID;
		machineID = newMachineID;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_SYSTEM_INFO__MACHINE_ID, oldMachineID, machineID));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOperatingSystem() {
		return operatingSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperatingSystem(String newOperatingSystem) {
		String oldOperatingSystem = operatingSystem;
		operatingSystem = newOperatingSystem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_SYSTEM_INFO__OPERATING_SYSTEM, oldOperatingSystem, operatingSystem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOsImage() {
		return osImage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOsImage(String newOsImage) {
		String oldOsImage = osImage;
		osImage = newOsImage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_SYSTEM_INFO__OS_IMAGE, oldOsImage, osImage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeSwapStatus getSwap() {
		return swap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSwap(NodeSwapStatus newSwap, NotificationChain msgs) {
		NodeSwapStatus oldSwap = swap;
		swap = newSwap;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_SYSTEM_INFO__SWAP, oldSwap, newSwap);
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
	public void setSwap(NodeSwapStatus newSwap) {
		if (newSwap != swap) {
			NotificationChain msgs = null;
			if (swap != null)
				msgs = ((InternalEObject)swap).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.NODE_SYSTEM_INFO__SWAP, null, msgs);
			if (newSwap != null)
				msgs = ((InternalEObject)newSwap).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.NODE_SYSTEM_INFO__SWAP, null, msgs);
			msgs = basicSetSwap(newSwap, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_SYSTEM_INFO__SWAP, newSwap, newSwap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSystemUUID() {
		return systemUUID;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSystemUUID(String newSystemUUID) {
		String oldSystemUUID = systemUUID;
		systemUUID = newSystemUUID;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_SYSTEM_INFO__SYSTEM_UUID, oldSystemUUID, systemUUID));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.NODE_SYSTEM_INFO__SWAP:
				return basicSetSwap(null, msgs);
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
			case CoreV1Package.NODE_SYSTEM_INFO__ARCHITECTURE:
				return getArchitecture();
			case CoreV1Package.NODE_SYSTEM_INFO__BOOT_ID:
				return getBootID();
			case CoreV1Package.NODE_SYSTEM_INFO__CONTAINER_RUNTIME_VERSION:
				return getContainerRuntimeVersion();
			case CoreV1Package.NODE_SYSTEM_INFO__KERNEL_VERSION:
				return getKernelVersion();
			case CoreV1Package.NODE_SYSTEM_INFO__KUBE_PROXY_VERSION:
				return getKubeProxyVersion();
			case CoreV1Package.NODE_SYSTEM_INFO__KUBELET_VERSION:
				return getKubeletVersion();
			case CoreV1Package.NODE_SYSTEM_INFO__MACHINE_ID:
				return getMachineID();
			case CoreV1Package.NODE_SYSTEM_INFO__OPERATING_SYSTEM:
				return getOperatingSystem();
			case CoreV1Package.NODE_SYSTEM_INFO__OS_IMAGE:
				return getOsImage();
			case CoreV1Package.NODE_SYSTEM_INFO__SWAP:
				return getSwap();
			case CoreV1Package.NODE_SYSTEM_INFO__SYSTEM_UUID:
				return getSystemUUID();
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
			case CoreV1Package.NODE_SYSTEM_INFO__ARCHITECTURE:
				setArchitecture((String)newValue);
				return;
			case CoreV1Package.NODE_SYSTEM_INFO__BOOT_ID:
				setBootID((String)newValue);
				return;
			case CoreV1Package.NODE_SYSTEM_INFO__CONTAINER_RUNTIME_VERSION:
				setContainerRuntimeVersion((String)newValue);
				return;
			case CoreV1Package.NODE_SYSTEM_INFO__KERNEL_VERSION:
				setKernelVersion((String)newValue);
				return;
			case CoreV1Package.NODE_SYSTEM_INFO__KUBE_PROXY_VERSION:
				setKubeProxyVersion((String)newValue);
				return;
			case CoreV1Package.NODE_SYSTEM_INFO__KUBELET_VERSION:
				setKubeletVersion((String)newValue);
				return;
			case CoreV1Package.NODE_SYSTEM_INFO__MACHINE_ID:
				setMachineID((String)newValue);
				return;
			case CoreV1Package.NODE_SYSTEM_INFO__OPERATING_SYSTEM:
				setOperatingSystem((String)newValue);
				return;
			case CoreV1Package.NODE_SYSTEM_INFO__OS_IMAGE:
				setOsImage((String)newValue);
				return;
			case CoreV1Package.NODE_SYSTEM_INFO__SWAP:
				setSwap((NodeSwapStatus)newValue);
				return;
			case CoreV1Package.NODE_SYSTEM_INFO__SYSTEM_UUID:
				setSystemUUID((String)newValue);
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
			case CoreV1Package.NODE_SYSTEM_INFO__ARCHITECTURE:
				setArchitecture(ARCHITECTURE_EDEFAULT);
				return;
			case CoreV1Package.NODE_SYSTEM_INFO__BOOT_ID:
				setBootID(BOOT_ID_EDEFAULT);
				return;
			case CoreV1Package.NODE_SYSTEM_INFO__CONTAINER_RUNTIME_VERSION:
				setContainerRuntimeVersion(CONTAINER_RUNTIME_VERSION_EDEFAULT);
				return;
			case CoreV1Package.NODE_SYSTEM_INFO__KERNEL_VERSION:
				setKernelVersion(KERNEL_VERSION_EDEFAULT);
				return;
			case CoreV1Package.NODE_SYSTEM_INFO__KUBE_PROXY_VERSION:
				setKubeProxyVersion(KUBE_PROXY_VERSION_EDEFAULT);
				return;
			case CoreV1Package.NODE_SYSTEM_INFO__KUBELET_VERSION:
				setKubeletVersion(KUBELET_VERSION_EDEFAULT);
				return;
			case CoreV1Package.NODE_SYSTEM_INFO__MACHINE_ID:
				setMachineID(MACHINE_ID_EDEFAULT);
				return;
			case CoreV1Package.NODE_SYSTEM_INFO__OPERATING_SYSTEM:
				setOperatingSystem(OPERATING_SYSTEM_EDEFAULT);
				return;
			case CoreV1Package.NODE_SYSTEM_INFO__OS_IMAGE:
				setOsImage(OS_IMAGE_EDEFAULT);
				return;
			case CoreV1Package.NODE_SYSTEM_INFO__SWAP:
				setSwap((NodeSwapStatus)null);
				return;
			case CoreV1Package.NODE_SYSTEM_INFO__SYSTEM_UUID:
				setSystemUUID(SYSTEM_UUID_EDEFAULT);
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
			case CoreV1Package.NODE_SYSTEM_INFO__ARCHITECTURE:
				return ARCHITECTURE_EDEFAULT == null ? architecture != null : !ARCHITECTURE_EDEFAULT.equals(architecture);
			case CoreV1Package.NODE_SYSTEM_INFO__BOOT_ID:
				return BOOT_ID_EDEFAULT == null ? bootID != null : !BOOT_ID_EDEFAULT.equals(bootID);
			case CoreV1Package.NODE_SYSTEM_INFO__CONTAINER_RUNTIME_VERSION:
				return CONTAINER_RUNTIME_VERSION_EDEFAULT == null ? containerRuntimeVersion != null : !CONTAINER_RUNTIME_VERSION_EDEFAULT.equals(containerRuntimeVersion);
			case CoreV1Package.NODE_SYSTEM_INFO__KERNEL_VERSION:
				return KERNEL_VERSION_EDEFAULT == null ? kernelVersion != null : !KERNEL_VERSION_EDEFAULT.equals(kernelVersion);
			case CoreV1Package.NODE_SYSTEM_INFO__KUBE_PROXY_VERSION:
				return KUBE_PROXY_VERSION_EDEFAULT == null ? kubeProxyVersion != null : !KUBE_PROXY_VERSION_EDEFAULT.equals(kubeProxyVersion);
			case CoreV1Package.NODE_SYSTEM_INFO__KUBELET_VERSION:
				return KUBELET_VERSION_EDEFAULT == null ? kubeletVersion != null : !KUBELET_VERSION_EDEFAULT.equals(kubeletVersion);
			case CoreV1Package.NODE_SYSTEM_INFO__MACHINE_ID:
				return MACHINE_ID_EDEFAULT == null ? machineID != null : !MACHINE_ID_EDEFAULT.equals(machineID);
			case CoreV1Package.NODE_SYSTEM_INFO__OPERATING_SYSTEM:
				return OPERATING_SYSTEM_EDEFAULT == null ? operatingSystem != null : !OPERATING_SYSTEM_EDEFAULT.equals(operatingSystem);
			case CoreV1Package.NODE_SYSTEM_INFO__OS_IMAGE:
				return OS_IMAGE_EDEFAULT == null ? osImage != null : !OS_IMAGE_EDEFAULT.equals(osImage);
			case CoreV1Package.NODE_SYSTEM_INFO__SWAP:
				return swap != null;
			case CoreV1Package.NODE_SYSTEM_INFO__SYSTEM_UUID:
				return SYSTEM_UUID_EDEFAULT == null ? systemUUID != null : !SYSTEM_UUID_EDEFAULT.equals(systemUUID);
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
		result.append(" (architecture: ");
		result.append(architecture);
		result.append(", bootID: ");
		result.append(bootID);
		result.append(", containerRuntimeVersion: ");
		result.append(containerRuntimeVersion);
		result.append(", kernelVersion: ");
		result.append(kernelVersion);
		result.append(", kubeProxyVersion: ");
		result.append(kubeProxyVersion);
		result.append(", kubeletVersion: ");
		result.append(kubeletVersion);
		result.append(", machineID: ");
		result.append(machineID);
		result.append(", operatingSystem: ");
		result.append(operatingSystem);
		result.append(", osImage: ");
		result.append(osImage);
		result.append(", systemUUID: ");
		result.append(systemUUID);
		result.append(')');
		return result.toString();
	}

} //NodeSystemInfoImpl
