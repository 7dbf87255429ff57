/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Container#getArgs <em>Args</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Container#getCommand <em>Command</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Container#getEnv <em>Env</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Container#getEnvFrom <em>Env From</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Container#getImage <em>Image</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Container#getImagePullPolicy <em>Image Pull Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Container#getLifecycle <em>Lifecycle</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Container#getLivenessProbe <em>Liveness Probe</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Container#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Container#getPorts <em>Ports</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Container#getReadinessProbe <em>Readiness Probe</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Container#getResizePolicy <em>Resize Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Container#getResources <em>Resources</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Container#getRestartPolicy <em>Restart Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Container#getRestartPolicyRules <em>Restart Policy Rules</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Container#getSecurityContext <em>Security Context</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Container#getStartupProbe <em>Startup Probe</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Container#getStdin <em>Stdin</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Container#getStdinOnce <em>Stdin Once</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Container#getTerminationMessagePath <em>Termination Message Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Container#getTerminationMessagePolicy <em>Termination Message Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Container#getTty <em>Tty</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Container#getVolumeDevices <em>Volume Devices</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Container#getVolumeMounts <em>Volume Mounts</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Container#getWorkingDir <em>Working Dir</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainer()
 * @generated
 */
public interface Container extends EObject {
	/**
	 * Returns the value of the '<em><b>Args</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Args</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainer_Args()
	 * @generated
	 */
	EList<String> getArgs();

	/**
	 * Returns the value of the '<em><b>Command</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Command</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainer_Command()
	 * @generated
	 */
	EList<String> getCommand();

	/**
	 * Returns the value of the '<em><b>Env</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.EnvVar}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Env</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainer_Env()
	 * @generated
	 */
	EList<EnvVar> getEnv();

	/**
	 * Returns the value of the '<em><b>Env From</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.EnvFromSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Env From</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainer_EnvFrom()
	 * @generated
	 */
	EList<EnvFromSource> getEnvFrom();

	/**
	 * Returns the value of the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image</em>' attribute.
	 * @see #setImage(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainer_Image()
	 * @generated
	 */
	String getImage();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Container#getImage <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image</em>' attribute.
	 * @see #getImage()
	 * @generated
	 */
	void setImage(String value);

	/**
	 * Returns the value of the '<em><b>Image Pull Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image Pull Policy</em>' attribute.
	 * @see #setImagePullPolicy(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainer_ImagePullPolicy()
	 * @generated
	 */
	String getImagePullPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Container#getImagePullPolicy <em>Image Pull Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image Pull Policy</em>' attribute.
	 * @see #getImagePullPolicy()
	 * @generated
	 */
	void setImagePullPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Lifecycle</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lifecycle</em>' containment reference.
	 * @see #setLifecycle(Lifecycle)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainer_Lifecycle()
	 * @generated
	 */
	Lifecycle getLifecycle();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Container#getLifecycle <em>Lifecycle</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lifecycle</em>' containment reference.
	 * @see #getLifecycle()
	 * @generated
	 */
	void setLifecycle(Lifecycle value);

	/**
	 * Returns the value of the '<em><b>Liveness Probe</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Liveness Probe</em>' containment reference.
	 * @see #setLivenessProbe(Probe)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainer_LivenessProbe()
	 * @generated
	 */
	Probe getLivenessProbe();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Container#getLivenessProbe <em>Liveness Probe</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Liveness Probe</em>' containment reference.
	 * @see #getLivenessProbe()
	 * @generated
	 */
	void setLivenessProbe(Probe value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainer_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Container#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Ports</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.ContainerPort}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ports</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainer_Ports()
	 * @generated
	 */
	EList<ContainerPort> getPorts();

	/**
	 * Returns the value of the '<em><b>Readiness Probe</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Readiness Probe</em>' containment reference.
	 * @see #setReadinessProbe(Probe)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainer_ReadinessProbe()
	 * @generated
	 */
	Probe getReadinessProbe();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Container#getReadinessProbe <em>Readiness Probe</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Readiness Probe</em>' containment reference.
	 * @see #getReadinessProbe()
	 * @generated
	 */
	void setReadinessProbe(Probe value);

	/**
	 * Returns the value of the '<em><b>Resize Policy</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.ContainerResizePolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resize Policy</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainer_ResizePolicy()
	 * @generated
	 */
	EList<ContainerResizePolicy> getResizePolicy();

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resources</em>' containment reference.
	 * @see #setResources(ResourceRequirements)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainer_Resources()
	 * @generated
	 */
	ResourceRequirements getResources();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Container#getResources <em>Resources</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resources</em>' containment reference.
	 * @see #getResources()
	 * @generated
	 */
	void setResources(ResourceRequirements value);

	/**
	 * Returns the value of the '<em><b>Restart Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Restart Policy</em>' attribute.
	 * @see #setRestartPolicy(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainer_RestartPolicy()
	 * @generated
	 */
	String getRestartPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Container#getRestartPolicy <em>Restart Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Restart Policy</em>' attribute.
	 * @see #getRestartPolicy()
	 * @generated
	 */
	void setRestartPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Restart Policy Rules</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.ContainerRestartRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Restart Policy Rules</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainer_RestartPolicyRules()
	 * @generated
	 */
	EList<ContainerRestartRule> getRestartPolicyRules();

	/**
	 * Returns the value of the '<em><b>Security Context</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Security Context</em>' containment reference.
	 * @see #setSecurityContext(SecurityContext)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainer_SecurityContext()
	 * @generated
	 */
	SecurityContext getSecurityContext();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Container#getSecurityContext <em>Security Context</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security Context</em>' containment reference.
	 * @see #getSecurityContext()
	 * @generated
	 */
	void setSecurityContext(SecurityContext value);

	/**
	 * Returns the value of the '<em><b>Startup Probe</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Startup Probe</em>' containment reference.
	 * @see #setStartupProbe(Probe)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainer_StartupProbe()
	 * @generated
	 */
	Probe getStartupProbe();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Container#getStartupProbe <em>Startup Probe</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Startup Probe</em>' containment reference.
	 * @see #getStartupProbe()
	 * @generated
	 */
	void setStartupProbe(Probe value);

	/**
	 * Returns the value of the '<em><b>Stdin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stdin</em>' attribute.
	 * @see #setStdin(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainer_Stdin()
	 * @generated
	 */
	Boolean getStdin();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Container#getStdin <em>Stdin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stdin</em>' attribute.
	 * @see #getStdin()
	 * @generated
	 */
	void setStdin(Boolean value);

	/**
	 * Returns the value of the '<em><b>Stdin Once</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stdin Once</em>' attribute.
	 * @see #setStdinOnce(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainer_StdinOnce()
	 * @generated
	 */
	Boolean getStdinOnce();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Container#getStdinOnce <em>Stdin Once</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stdin Once</em>' attribute.
	 * @see #getStdinOnce()
	 * @generated
	 */
	void setStdinOnce(Boolean value);

	/**
	 * Returns the value of the '<em><b>Termination Message Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Termination Message Path</em>' attribute.
	 * @see #setTerminationMessagePath(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainer_TerminationMessagePath()
	 * @generated
	 */
	String getTerminationMessagePath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Container#getTerminationMessagePath <em>Termination Message Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Termination Message Path</em>' attribute.
	 * @see #getTerminationMessagePath()
	 * @generated
	 */
	void setTerminationMessagePath(String value);

	/**
	 * Returns the value of the '<em><b>Termination Message Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Termination Message Policy</em>' attribute.
	 * @see #setTerminationMessagePolicy(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainer_TerminationMessagePolicy()
	 * @generated
	 */
	String getTerminationMessagePolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Container#getTerminationMessagePolicy <em>Termination Message Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Termination Message Policy</em>' attribute.
	 * @see #getTerminationMessagePolicy()
	 * @generated
	 */
	void setTerminationMessagePolicy(String value);

	/**
	 * Returns the value of the '<em><b>Tty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tty</em>' attribute.
	 * @see #setTty(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainer_Tty()
	 * @generated
	 */
	Boolean getTty();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Container#getTty <em>Tty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tty</em>' attribute.
	 * @see #getTty()
	 * @generated
	 */
	void setTty(Boolean value);

	/**
	 * Returns the value of the '<em><b>Volume Devices</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.VolumeDevice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Devices</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainer_VolumeDevices()
	 * @generated
	 */
	EList<VolumeDevice> getVolumeDevices();

	/**
	 * Returns the value of the '<em><b>Volume Mounts</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.VolumeMount}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Mounts</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainer_VolumeMounts()
	 * @generated
	 */
	EList<VolumeMount> getVolumeMounts();

	/**
	 * Returns the value of the '<em><b>Working Dir</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Working Dir</em>' attribute.
	 * @see #setWorkingDir(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getContainer_WorkingDir()
	 * @generated
	 */
	String getWorkingDir();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Container#getWorkingDir <em>Working Dir</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Working Dir</em>' attribute.
	 * @see #getWorkingDir()
	 * @generated
	 */
	void setWorkingDir(String value);

} // Container
