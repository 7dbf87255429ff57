/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node System Info</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeSystemInfo#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeSystemInfo#getBootID <em>Boot ID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeSystemInfo#getContainerRuntimeVersion <em>Container Runtime Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeSystemInfo#getKernelVersion <em>Kernel Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeSystemInfo#getKubeProxyVersion <em>Kube Proxy Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeSystemInfo#getKubeletVersion <em>Kubelet Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeSystemInfo#getMachineID <em>Machine ID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeSystemInfo#getOperatingSystem <em>Operating System</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeSystemInfo#getOsImage <em>Os Image</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeSystemInfo#getSwap <em>Swap</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.NodeSystemInfo#getSystemUUID <em>System UUID</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeSystemInfo()
 * @generated
 */
public interface NodeSystemInfo extends EObject {
	/**
	 * Returns the value of the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Architecture</em>' attribute.
	 * @see #setArchitecture(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeSystemInfo_Architecture()
	 * @generated
	 */
	String getArchitecture();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeSystemInfo#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Architecture</em>' attribute.
	 * @see #getArchitecture()
	 * @generated
	 */
	void setArchitecture(String value);

	/**
	 * Returns the value of the '<em><b>Boot ID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Boot ID</em>' attribute.
	 * @see #setBootID(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeSystemInfo_BootID()
	 * @generated
	 */
	String getBootID();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeSystemInfo#getBootID <em>Boot ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Boot ID</em>' attribute.
	 * @see #getBootID()
	 * @generated
	 */
	void setBootID(String value);

	/**
	 * Returns the value of the '<em><b>Container Runtime Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Container Runtime Version</em>' attribute.
	 * @see #setContainerRuntimeVersion(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeSystemInfo_ContainerRuntimeVersion()
	 * @generated
	 */
	String getContainerRuntimeVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeSystemInfo#getContainerRuntimeVersion <em>Container Runtime Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Container Runtime Version</em>' attribute.
	 * @see #getContainerRuntimeVersion()
	 * @generated
	 */
	void setContainerRuntimeVersion(String value);

	/**
	 * Returns the value of the '<em><b>Kernel Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kernel Version</em>' attribute.
	 * @see #setKernelVersion(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeSystemInfo_KernelVersion()
	 * @generated
	 */
	String getKernelVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeSystemInfo#getKernelVersion <em>Kernel Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kernel Version</em>' attribute.
	 * @see #getKernelVersion()
	 * @generated
	 */
	void setKernelVersion(String value);

	/**
	 * Returns the value of the '<em><b>Kube Proxy Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kube Proxy Version</em>' attribute.
	 * @see #setKubeProxyVersion(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeSystemInfo_KubeProxyVersion()
	 * @generated
	 */
	String getKubeProxyVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeSystemInfo#getKubeProxyVersion <em>Kube Proxy Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kube Proxy Version</em>' attribute.
	 * @see #getKubeProxyVersion()
	 * @generated
	 */
	void setKubeProxyVersion(String value);

	/**
	 * Returns the value of the '<em><b>Kubelet Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kubelet Version</em>' attribute.
	 * @see #setKubeletVersion(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeSystemInfo_KubeletVersion()
	 * @generated
	 */
	String getKubeletVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeSystemInfo#getKubeletVersion <em>Kubelet Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kubelet Version</em>' attribute.
	 * @see #getKubeletVersion()
	 * @generated
	 */
	void setKubeletVersion(String value);

	/**
	 * Returns the value of the '<em><b>Machine ID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Machine ID</em>' attribute.
	 * @see #setMachineID(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeSystemInfo_MachineID()
	 * @generated
	 */
	String getMachineID();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeSystemInfo#getMachineID <em>Machine ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Machine ID</em>' attribute.
	 * @see #getMachineID()
	 * @generated
	 */
	void setMachineID(String value);

	/**
	 * Returns the value of the '<em><b>Operating System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operating System</em>' attribute.
	 * @see #setOperatingSystem(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeSystemInfo_OperatingSystem()
	 * @generated
	 */
	String getOperatingSystem();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeSystemInfo#getOperatingSystem <em>Operating System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operating System</em>' attribute.
	 * @see #getOperatingSystem()
	 * @generated
	 */
	void setOperatingSystem(String value);

	/**
	 * Returns the value of the '<em><b>Os Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Os Image</em>' attribute.
	 * @see #setOsImage(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeSystemInfo_OsImage()
	 * @generated
	 */
	String getOsImage();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeSystemInfo#getOsImage <em>Os Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Os Image</em>' attribute.
	 * @see #getOsImage()
	 * @generated
	 */
	void setOsImage(String value);

	/**
	 * Returns the value of the '<em><b>Swap</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Swap</em>' containment reference.
	 * @see #setSwap(NodeSwapStatus)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeSystemInfo_Swap()
	 * @generated
	 */
	NodeSwapStatus getSwap();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeSystemInfo#getSwap <em>Swap</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Swap</em>' containment reference.
	 * @see #getSwap()
	 * @generated
	 */
	void setSwap(NodeSwapStatus value);

	/**
	 * Returns the value of the '<em><b>System UUID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>System UUID</em>' attribute.
	 * @see #setSystemUUID(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getNodeSystemInfo_SystemUUID()
	 * @generated
	 */
	String getSystemUUID();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.NodeSystemInfo#getSystemUUID <em>System UUID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>System UUID</em>' attribute.
	 * @see #getSystemUUID()
	 * @generated
	 */
	void setSystemUUID(String value);

} // NodeSystemInfo
