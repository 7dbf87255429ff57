/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.ContainerPort;
import io.pilothouse.model.k8s.core.v1.ContainerResizePolicy;
import io.pilothouse.model.k8s.core.v1.ContainerRestartRule;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.EnvFromSource;
import io.pilothouse.model.k8s.core.v1.EnvVar;
import io.pilothouse.model.k8s.core.v1.Lifecycle;
import io.pilothouse.model.k8s.core.v1.Probe;
import io.pilothouse.model.k8s.core.v1.ResourceRequirements;
import io.pilothouse.model.k8s.core.v1.SecurityContext;
import io.pilothouse.model.k8s.core.v1.VolumeDevice;
import io.pilothouse.model.k8s.core.v1.VolumeMount;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Container</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerImpl#getArgs <em>Args</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerImpl#getCommand <em>Command</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerImpl#getEnv <em>Env</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerImpl#getEnvFrom <em>Env From</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerImpl#getImage <em>Image</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerImpl#getImagePullPolicy <em>Image Pull Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerImpl#getLifecycle <em>Lifecycle</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerImpl#getLivenessProbe <em>Liveness Probe</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerImpl#getPorts <em>Ports</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerImpl#getReadinessProbe <em>Readiness Probe</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerImpl#getResizePolicy <em>Resize Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerImpl#getResources <em>Resources</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerImpl#getRestartPolicy <em>Restart Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerImpl#getRestartPolicyRules <em>Restart Policy Rules</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerImpl#getSecurityContext <em>Security Context</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerImpl#getStartupProbe <em>Startup Probe</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerImpl#getStdin <em>Stdin</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerImpl#getStdinOnce <em>Stdin Once</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerImpl#getTerminationMessagePath <em>Termination Message Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerImpl#getTerminationMessagePolicy <em>Termination Message Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerImpl#getTty <em>Tty</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerImpl#getVolumeDevices <em>Volume Devices</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerImpl#getVolumeMounts <em>Volume Mounts</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerImpl#getWorkingDir <em>Working Dir</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContainerImpl extends MinimalEObjectImpl.Container implements io.pilothouse.model.k8s.core.v1.Container {
	/**
	 * The cached value of the '{@link #getArgs() <em>Args</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArgs()
	 * @generated
	 * @ordered
	 */
	protected EList<String> args;

	/**
	 * The cached value of the '{@link #getCommand() <em>Command</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommand()
	 * @generated
	 * @ordered
	 */
	protected EList<String> command;

	/**
	 * The cached value of the '{@link #getEnv() <em>Env</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnv()
	 * @generated
	 * @ordered
	 */
	protected EList<EnvVar> env;

	/**
	 * The cached value of the '{@link #getEnvFrom() <em>Env From</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnvFrom()
	 * @generated
	 * @ordered
	 */
	protected EList<EnvFromSource> envFrom;

	/**
	 * The default value of the '{@link #getImage() <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImage()
	 * @generated
	 * @ordered
	 */
	protected static final String IMAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImage() <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImage()
	 * @generated
	 * @ordered
	 */
	protected String image = IMAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getImagePullPolicy() <em>Image Pull Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImagePullPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String IMAGE_PULL_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImagePullPolicy() <em>Image Pull Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImagePullPolicy()
	 * @generated
	 * @ordered
	 */
	protected String imagePullPolicy = IMAGE_PULL_POLICY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLifecycle() <em>Lifecycle</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLifecycle()
	 * @generated
	 * @ordered
	 */
	protected Lifecycle lifecycle;

	/**
	 * The cached value of the '{@link #getLivenessProbe() <em>Liveness Probe</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLivenessProbe()
	 * @generated
	 * @ordered
	 */
	protected Probe livenessProbe;

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
	 * The cached value of the '{@link #getPorts() <em>Ports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPorts()
	 * @generated
	 * @ordered
	 */
	protected EList<ContainerPort> ports;

	/**
	 * The cached value of the '{@link #getReadinessProbe() <em>Readiness Probe</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadinessProbe()
	 * @generated
	 * @ordered
	 */
	protected Probe readinessProbe;

	/**
	 * The cached value of the '{@link #getResizePolicy() <em>Resize Policy</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResizePolicy()
	 * @generated
	 * @ordered
	 */
	protected EList<ContainerResizePolicy> resizePolicy;

	/**
	 * The cached value of the '{@link #getResources() <em>Resources</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResources()
	 * @generated
	 * @ordered
	 */
	protected ResourceRequirements resources;

	/**
	 * The default value of the '{@link #getRestartPolicy() <em>Restart Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestartPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String RESTART_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRestartPolicy() <em>Restart Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestartPolicy()
	 * @generated
	 * @ordered
	 */
	protected String restartPolicy = RESTART_POLICY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRestartPolicyRules() <em>Restart Policy Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestartPolicyRules()
	 * @generated
	 * @ordered
	 */
	protected EList<ContainerRestartRule> restartPolicyRules;

	/**
	 * The cached value of the '{@link #getSecurityContext() <em>Security Context</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityContext()
	 * @generated
	 * @ordered
	 */
	protected SecurityContext securityContext;

	/**
	 * The cached value of the '{@link #getStartupProbe() <em>Startup Probe</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartupProbe()
	 * @generated
	 * @ordered
	 */
	protected Probe startupProbe;

	/**
	 * The default value of the '{@link #getStdin() <em>Stdin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStdin()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean STDIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStdin() <em>Stdin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStdin()
	 * @generated
	 * @ordered
	 */
	protected Boolean stdin = STDIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getStdinOnce() <em>Stdin Once</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStdinOnce()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean STDIN_ONCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStdinOnce() <em>Stdin Once</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStdinOnce()
	 * @generated
	 * @ordered
	 */
	protected Boolean stdinOnce = STDIN_ONCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTerminationMessagePath() <em>Termination Message Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerminationMessagePath()
	 * @generated
	 * @ordered
	 */
	protected static final String TERMINATION_MESSAGE_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTerminationMessagePath() <em>Termination Message Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerminationMessagePath()
	 * @generated
	 * @ordered
	 */
	protected String terminationMessagePath = TERMINATION_MESSAGE_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getTerminationMessagePolicy() <em>Termination Message Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerminationMessagePolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String TERMINATION_MESSAGE_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTerminationMessagePolicy() <em>Termination Message Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerminationMessagePolicy()
	 * @generated
	 * @ordered
	 */
	protected String terminationMessagePolicy = TERMINATION_MESSAGE_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #getTty() <em>Tty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTty()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean TTY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTty() <em>Tty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTty()
	 * @generated
	 * @ordered
	 */
	protected Boolean tty = TTY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVolumeDevices() <em>Volume Devices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeDevices()
	 * @generated
	 * @ordered
	 */
	protected EList<VolumeDevice> volumeDevices;

	/**
	 * The cached value of the '{@link #getVolumeMounts() <em>Volume Mounts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeMounts()
	 * @generated
	 * @ordered
	 */
	protected EList<VolumeMount> volumeMounts;

	/**
	 * The default value of the '{@link #getWorkingDir() <em>Working Dir</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkingDir()
	 * @generated
	 * @ordered
	 */
	protected static final String WORKING_DIR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWorkingDir() <em>Working Dir</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkingDir()
	 * @generated
	 * @ordered
	 */
	protected String workingDir = WORKING_DIR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContainerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.CONTAINER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getArgs() {
		if (args == null) {
			args = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.CONTAINER__ARGS);
		}
		return args;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCommand() {
		if (command == null) {
			command = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.CONTAINER__COMMAND);
		}
		return command;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EnvVar> getEnv() {
		if (env == null) {
			env = new EObjectContainmentEList<EnvVar>(EnvVar.class, this, CoreV1Package.CONTAINER__ENV);
		}
		return env;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EnvFromSource> getEnvFrom() {
		if (envFrom == null) {
			envFrom = new EObjectContainmentEList<EnvFromSource>(EnvFromSource.class, this, CoreV1Package.CONTAINER__ENV_FROM);
		}
		return envFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImage() {
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImage(String newImage) {
		String oldImage = image;
		image = newImage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER__IMAGE, oldImage, image));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImagePullPolicy() {
		return imagePullPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImagePullPolicy(String newImagePullPolicy) {
		String oldImagePullPolicy = imagePullPolicy;
		imagePullPolicy = newImagePullPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER__IMAGE_PULL_POLICY, oldImagePullPolicy, imagePullPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lifecycle getLifecycle() {
		return lifecycle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLifecycle(Lifecycle newLifecycle, NotificationChain msgs) {
		Lifecycle oldLifecycle = lifecycle;
		lifecycle = newLifecycle;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER__LIFECYCLE, oldLifecycle, newLifecycle);
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
	public void setLifecycle(Lifecycle newLifecycle) {
		if (newLifecycle != lifecycle) {
			NotificationChain msgs = null;
			if (lifecycle != null)
				msgs = ((InternalEObject)lifecycle).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER__LIFECYCLE, null, msgs);
			if (newLifecycle != null)
				msgs = ((InternalEObject)newLifecycle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER__LIFECYCLE, null, msgs);
			msgs = basicSetLifecycle(newLifecycle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER__LIFECYCLE, newLifecycle, newLifecycle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Probe getLivenessProbe() {
		return livenessProbe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLivenessProbe(Probe newLivenessProbe, NotificationChain msgs) {
		Probe oldLivenessProbe = livenessProbe;
		livenessProbe = newLivenessProbe;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER__LIVENESS_PROBE, oldLivenessProbe, newLivenessProbe);
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
	public void setLivenessProbe(Probe newLivenessProbe) {
		if (newLivenessProbe != livenessProbe) {
			NotificationChain msgs = null;
			if (livenessProbe != null)
				msgs = ((InternalEObject)livenessProbe).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER__LIVENESS_PROBE, null, msgs);
			if (newLivenessProbe != null)
				msgs = ((InternalEObject)newLivenessProbe).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER__LIVENESS_PROBE, null, msgs);
			msgs = basicSetLivenessProbe(newLivenessProbe, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER__LIVENESS_PROBE, newLivenessProbe, newLivenessProbe));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContainerPort> getPorts() {
		if (ports == null) {
			ports = new EObjectContainmentEList<ContainerPort>(ContainerPort.class, this, CoreV1Package.CONTAINER__PORTS);
		}
		return ports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Probe getReadinessProbe() {
		return readinessProbe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReadinessProbe(Probe newReadinessProbe, NotificationChain msgs) {
		Probe oldReadinessProbe = readinessProbe;
		readinessProbe = newReadinessProbe;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER__READINESS_PROBE, oldReadinessProbe, newReadinessProbe);
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
	public void setReadinessProbe(Probe newReadinessProbe) {
		if (newReadinessProbe != readinessProbe) {
			NotificationChain msgs = null;
			if (readinessProbe != null)
				msgs = ((InternalEObject)readinessProbe).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER__READINESS_PROBE, null, msgs);
			if (newReadinessProbe != null)
				msgs = ((InternalEObject)newReadinessProbe).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER__READINESS_PROBE, null, msgs);
			msgs = basicSetReadinessProbe(newReadinessProbe, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER__READINESS_PROBE, newReadinessProbe, newReadinessProbe));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContainerResizePolicy> getResizePolicy() {
		if (resizePolicy == null) {
			resizePolicy = new EObjectContainmentEList<ContainerResizePolicy>(ContainerResizePolicy.class, this, CoreV1Package.CONTAINER__RESIZE_POLICY);
		}
		return resizePolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceRequirements getResources() {
		return resources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetResources(ResourceRequirements newResources, NotificationChain msgs) {
		ResourceRequirements oldResources = resources;
		resources = newResources;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER__RESOURCES, oldResources, newResources);
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
	public void setResources(ResourceRequirements newResources) {
		if (newResources != resources) {
			NotificationChain msgs = null;
			if (resources != null)
				msgs = ((InternalEObject)resources).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER__RESOURCES, null, msgs);
			if (newResources != null)
				msgs = ((InternalEObject)newResources).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER__RESOURCES, null, msgs);
			msgs = basicSetResources(newResources, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER__RESOURCES, newResources, newResources));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRestartPolicy() {
		return restartPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRestartPolicy(String newRestartPolicy) {
		String oldRestartPolicy = restartPolicy;
		restartPolicy = newRestartPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER__RESTART_POLICY, oldRestartPolicy, restartPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContainerRestartRule> getRestartPolicyRules() {
		if (restartPolicyRules == null) {
			restartPolicyRules = new EObjectContainmentEList<ContainerRestartRule>(ContainerRestartRule.class, this, CoreV1Package.CONTAINER__RESTART_POLICY_RULES);
		}
		return restartPolicyRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecurityContext getSecurityContext() {
		return securityContext;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSecurityContext(SecurityContext newSecurityContext, NotificationChain msgs) {
		SecurityContext oldSecurityContext = securityContext;
		securityContext = newSecurityContext;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER__SECURITY_CONTEXT, oldSecurityContext, newSecurityContext);
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
	public void setSecurityContext(SecurityContext newSecurityContext) {
		if (newSecurityContext != securityContext) {
			NotificationChain msgs = null;
			if (securityContext != null)
				msgs = ((InternalEObject)securityContext).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER__SECURITY_CONTEXT, null, msgs);
			if (newSecurityContext != null)
				msgs = ((InternalEObject)newSecurityContext).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER__SECURITY_CONTEXT, null, msgs);
			msgs = basicSetSecurityContext(newSecurityContext, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER__SECURITY_CONTEXT, newSecurityContext, newSecurityContext));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Probe getStartupProbe() {
		return startupProbe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStartupProbe(Probe newStartupProbe, NotificationChain msgs) {
		Probe oldStartupProbe = startupProbe;
		startupProbe = newStartupProbe;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER__STARTUP_PROBE, oldStartupProbe, newStartupProbe);
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
	public void setStartupProbe(Probe newStartupProbe) {
		if (newStartupProbe != startupProbe) {
			NotificationChain msgs = null;
			if (startupProbe != null)
				msgs = ((InternalEObject)startupProbe).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER__STARTUP_PROBE, null, msgs);
			if (newStartupProbe != null)
				msgs = ((InternalEObject)newStartupProbe).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER__STARTUP_PROBE, null, msgs);
			msgs = basicSetStartupProbe(newStartupProbe, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER__STARTUP_PROBE, newStartupProbe, newStartupProbe));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getStdin() {
		return stdin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStdin(Boolean newStdin) {
		Boolean oldStdin = stdin;
		stdin = newStdin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER__STDIN, oldStdin, stdin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getStdinOnce() {
		return stdinOnce;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStdinOnce(Boolean newStdinOnce) {
		Boolean oldStdinOnce = stdinOnce;
		stdinOnce = newStdinOnce;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER__STDIN_ONCE, oldStdinOnce, stdinOnce));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTerminationMessagePath() {
		return terminationMessagePath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTerminationMessagePath(String newTerminationMessagePath) {
		String oldTerminationMessagePath = terminationMessagePath;
		terminationMessagePath = newTerminationMessagePath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER__TERMINATION_MESSAGE_PATH, oldTerminationMessagePath, terminationMessagePath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTerminationMessagePolicy() {
		return terminationMessagePolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTerminationMessagePolicy(String newTerminationMessagePolicy) {
		String oldTerminationMessagePolicy = terminationMessagePolicy;
		terminationMessagePolicy = newTerminationMessagePolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER__TERMINATION_MESSAGE_POLICY, oldTerminationMessagePolicy, terminationMessagePolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getTty() {
		return tty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTty(Boolean newTty) {
		Boolean oldTty = tty;
		tty = newTty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER__TTY, oldTty, tty));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VolumeDevice> getVolumeDevices() {
		if (volumeDevices == null) {
			volumeDevices = new EObjectContainmentEList<VolumeDevice>(VolumeDevice.class, this, CoreV1Package.CONTAINER__VOLUME_DEVICES);
		}
		return volumeDevices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VolumeMount> getVolumeMounts() {
		if (volumeMounts == null) {
			volumeMounts = new EObjectContainmentEList<VolumeMount>(VolumeMount.class, this, CoreV1Package.CONTAINER__VOLUME_MOUNTS);
		}
		return volumeMounts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWorkingDir() {
		return workingDir;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkingDir(String newWorkingDir) {
		String oldWorkingDir = workingDir;
		workingDir = newWorkingDir;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER__WORKING_DIR, oldWorkingDir, workingDir));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.CONTAINER__ENV:
				return ((InternalEList<?>)getEnv()).basicRemove(otherEnd, msgs);
			case CoreV1Package.CONTAINER__ENV_FROM:
				return ((InternalEList<?>)getEnvFrom()).basicRemove(otherEnd, msgs);
			case CoreV1Package.CONTAINER__LIFECYCLE:
				return basicSetLifecycle(null, msgs);
			case CoreV1Package.CONTAINER__LIVENESS_PROBE:
				return basicSetLivenessProbe(null, msgs);
			case CoreV1Package.CONTAINER__PORTS:
				return ((InternalEList<?>)getPorts()).basicRemove(otherEnd, msgs);
			case CoreV1Package.CONTAINER__READINESS_PROBE:
				return basicSetReadinessProbe(null, msgs);
			case CoreV1Package.CONTAINER__RESIZE_POLICY:
				return ((InternalEList<?>)getResizePolicy()).basicRemove(otherEnd, msgs);
			case CoreV1Package.CONTAINER__RESOURCES:
				return basicSetResources(null, msgs);
			case CoreV1Package.CONTAINER__RESTART_POLICY_RULES:
				return ((InternalEList<?>)getRestartPolicyRules()).basicRemove(otherEnd, msgs);
			case CoreV1Package.CONTAINER__SECURITY_CONTEXT:
				return basicSetSecurityContext(null, msgs);
			case CoreV1Package.CONTAINER__STARTUP_PROBE:
				return basicSetStartupProbe(null, msgs);
			case CoreV1Package.CONTAINER__VOLUME_DEVICES:
				return ((InternalEList<?>)getVolumeDevices()).basicRemove(otherEnd, msgs);
			case CoreV1Package.CONTAINER__VOLUME_MOUNTS:
				return ((InternalEList<?>)getVolumeMounts()).basicRemove(otherEnd, msgs);
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
			case CoreV1Package.CONTAINER__ARGS:
				return getArgs();
			case CoreV1Package.CONTAINER__COMMAND:
				return getCommand();
			case CoreV1Package.CONTAINER__ENV:
				return getEnv();
			case CoreV1Package.CONTAINER__ENV_FROM:
				return getEnvFrom();
			case CoreV1Package.CONTAINER__IMAGE:
				return getImage();
			case CoreV1Package.CONTAINER__IMAGE_PULL_POLICY:
				return getImagePullPolicy();
			case CoreV1Package.CONTAINER__LIFECYCLE:
				return getLifecycle();
			case CoreV1Package.CONTAINER__LIVENESS_PROBE:
				return getLivenessProbe();
			case CoreV1Package.CONTAINER__NAME:
				return getName();
			case CoreV1Package.CONTAINER__PORTS:
				return getPorts();
			case CoreV1Package.CONTAINER__READINESS_PROBE:
				return getReadinessProbe();
			case CoreV1Package.CONTAINER__RESIZE_POLICY:
				return getResizePolicy();
			case CoreV1Package.CONTAINER__RESOURCES:
				return getResources();
			case CoreV1Package.CONTAINER__RESTART_POLICY:
				return getRestartPolicy();
			case CoreV1Package.CONTAINER__RESTART_POLICY_RULES:
				return getRestartPolicyRules();
			case CoreV1Package.CONTAINER__SECURITY_CONTEXT:
				return getSecurityContext();
			case CoreV1Package.CONTAINER__STARTUP_PROBE:
				return getStartupProbe();
			case CoreV1Package.CONTAINER__STDIN:
				return getStdin();
			case CoreV1Package.CONTAINER__STDIN_ONCE:
				return getStdinOnce();
			case CoreV1Package.CONTAINER__TERMINATION_MESSAGE_PATH:
				return getTerminationMessagePath();
			case CoreV1Package.CONTAINER__TERMINATION_MESSAGE_POLICY:
				return getTerminationMessagePolicy();
			case CoreV1Package.CONTAINER__TTY:
				return getTty();
			case CoreV1Package.CONTAINER__VOLUME_DEVICES:
				return getVolumeDevices();
			case CoreV1Package.CONTAINER__VOLUME_MOUNTS:
				return getVolumeMounts();
			case CoreV1Package.CONTAINER__WORKING_DIR:
				return getWorkingDir();
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
			case CoreV1Package.CONTAINER__ARGS:
				getArgs().clear();
				getArgs().addAll((Collection<? extends String>)newValue);
				return;
			case CoreV1Package.CONTAINER__COMMAND:
				getCommand().clear();
				getCommand().addAll((Collection<? extends String>)newValue);
				return;
			case CoreV1Package.CONTAINER__ENV:
				getEnv().clear();
				getEnv().addAll((Collection<? extends EnvVar>)newValue);
				return;
			case CoreV1Package.CONTAINER__ENV_FROM:
				getEnvFrom().clear();
				getEnvFrom().addAll((Collection<? extends EnvFromSource>)newValue);
				return;
			case CoreV1Package.CONTAINER__IMAGE:
				setImage((String)newValue);
				return;
			case CoreV1Package.CONTAINER__IMAGE_PULL_POLICY:
				setImagePullPolicy((String)newValue);
				return;
			case CoreV1Package.CONTAINER__LIFECYCLE:
				setLifecycle((Lifecycle)newValue);
				return;
			case CoreV1Package.CONTAINER__LIVENESS_PROBE:
				setLivenessProbe((Probe)newValue);
				return;
			case CoreV1Package.CONTAINER__NAME:
				setName((String)newValue);
				return;
			case CoreV1Package.CONTAINER__PORTS:
				getPorts().clear();
				getPorts().addAll((Collection<? extends ContainerPort>)newValue);
				return;
			case CoreV1Package.CONTAINER__READINESS_PROBE:
				setReadinessProbe((Probe)newValue);
				return;
			case CoreV1Package.CONTAINER__RESIZE_POLICY:
				getResizePolicy().clear();
				getResizePolicy().addAll((Collection<? extends ContainerResizePolicy>)newValue);
				return;
			case CoreV1Package.CONTAINER__RESOURCES:
				setResources((ResourceRequirements)newValue);
				return;
			case CoreV1Package.CONTAINER__RESTART_POLICY:
				setRestartPolicy((String)newValue);
				return;
			case CoreV1Package.CONTAINER__RESTART_POLICY_RULES:
				getRestartPolicyRules().clear();
				getRestartPolicyRules().addAll((Collection<? extends ContainerRestartRule>)newValue);
				return;
			case CoreV1Package.CONTAINER__SECURITY_CONTEXT:
				setSecurityContext((SecurityContext)newValue);
				return;
			case CoreV1Package.CONTAINER__STARTUP_PROBE:
				setStartupProbe((Probe)newValue);
				return;
			case CoreV1Package.CONTAINER__STDIN:
				setStdin((Boolean)newValue);
				return;
			case CoreV1Package.CONTAINER__STDIN_ONCE:
				setStdinOnce((Boolean)newValue);
				return;
			case CoreV1Package.CONTAINER__TERMINATION_MESSAGE_PATH:
				setTerminationMessagePath((String)newValue);
				return;
			case CoreV1Package.CONTAINER__TERMINATION_MESSAGE_POLICY:
				setTerminationMessagePolicy((String)newValue);
				return;
			case CoreV1Package.CONTAINER__TTY:
				setTty((Boolean)newValue);
				return;
			case CoreV1Package.CONTAINER__VOLUME_DEVICES:
				getVolumeDevices().clear();
				getVolumeDevices().addAll((Collection<? extends VolumeDevice>)newValue);
				return;
			case CoreV1Package.CONTAINER__VOLUME_MOUNTS:
				getVolumeMounts().clear();
				getVolumeMounts().addAll((Collection<? extends VolumeMount>)newValue);
				return;
			case CoreV1Package.CONTAINER__WORKING_DIR:
				setWorkingDir((String)newValue);
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
			case CoreV1Package.CONTAINER__ARGS:
				getArgs().clear();
				return;
			case CoreV1Package.CONTAINER__COMMAND:
				getCommand().clear();
				return;
			case CoreV1Package.CONTAINER__ENV:
				getEnv().clear();
				return;
			case CoreV1Package.CONTAINER__ENV_FROM:
				getEnvFrom().clear();
				return;
			case CoreV1Package.CONTAINER__IMAGE:
				setImage(IMAGE_EDEFAULT);
				return;
			case CoreV1Package.CONTAINER__IMAGE_PULL_POLICY:
				setImagePullPolicy(IMAGE_PULL_POLICY_EDEFAULT);
				return;
			case CoreV1Package.CONTAINER__LIFECYCLE:
				setLifecycle((Lifecycle)null);
				return;
			case CoreV1Package.CONTAINER__LIVENESS_PROBE:
				setLivenessProbe((Probe)null);
				return;
			case CoreV1Package.CONTAINER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CoreV1Package.CONTAINER__PORTS:
				getPorts().clear();
				return;
			case CoreV1Package.CONTAINER__READINESS_PROBE:
				setReadinessProbe((Probe)null);
				return;
			case CoreV1Package.CONTAINER__RESIZE_POLICY:
				getResizePolicy().clear();
				return;
			case CoreV1Package.CONTAINER__RESOURCES:
				setResources((ResourceRequirements)null);
				return;
			case CoreV1Package.CONTAINER__RESTART_POLICY:
				setRestartPolicy(RESTART_POLICY_EDEFAULT);
				return;
			case CoreV1Package.CONTAINER__RESTART_POLICY_RULES:
				getRestartPolicyRules().clear();
				return;
			case CoreV1Package.CONTAINER__SECURITY_CONTEXT:
				setSecurityContext((SecurityContext)null);
				return;
			case CoreV1Package.CONTAINER__STARTUP_PROBE:
				setStartupProbe((Probe)null);
				return;
			case CoreV1Package.CONTAINER__STDIN:
				setStdin(STDIN_EDEFAULT);
				return;
			case CoreV1Package.CONTAINER__STDIN_ONCE:
				setStdinOnce(STDIN_ONCE_EDEFAULT);
				return;
			case CoreV1Package.CONTAINER__TERMINATION_MESSAGE_PATH:
				setTerminationMessagePath(TERMINATION_MESSAGE_PATH_EDEFAULT);
				return;
			case CoreV1Package.CONTAINER__TERMINATION_MESSAGE_POLICY:
				setTerminationMessagePolicy(TERMINATION_MESSAGE_POLICY_EDEFAULT);
				return;
			case CoreV1Package.CONTAINER__TTY:
				setTty(TTY_EDEFAULT);
				return;
			case CoreV1Package.CONTAINER__VOLUME_DEVICES:
				getVolumeDevices().clear();
				return;
			case CoreV1Package.CONTAINER__VOLUME_MOUNTS:
				getVolumeMounts().clear();
				return;
			case CoreV1Package.CONTAINER__WORKING_DIR:
				setWorkingDir(WORKING_DIR_EDEFAULT);
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
			case CoreV1Package.CONTAINER__ARGS:
				return args != null && !args.isEmpty();
			case CoreV1Package.CONTAINER__COMMAND:
				return command != null && !command.isEmpty();
			case CoreV1Package.CONTAINER__ENV:
				return env != null && !env.isEmpty();
			case CoreV1Package.CONTAINER__ENV_FROM:
				return envFrom != null && !envFrom.isEmpty();
			case CoreV1Package.CONTAINER__IMAGE:
				return IMAGE_EDEFAULT == null ? image != null : !IMAGE_EDEFAULT.equals(image);
			case CoreV1Package.CONTAINER__IMAGE_PULL_POLICY:
				return IMAGE_PULL_POLICY_EDEFAULT == null ? imagePullPolicy != null : !IMAGE_PULL_POLICY_EDEFAULT.equals(imagePullPolicy);
			case CoreV1Package.CONTAINER__LIFECYCLE:
				return lifecycle != null;
			case CoreV1Package.CONTAINER__LIVENESS_PROBE:
				return livenessProbe != null;
			case CoreV1Package.CONTAINER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CoreV1Package.CONTAINER__PORTS:
				return ports != null && !ports.isEmpty();
			case CoreV1Package.CONTAINER__READINESS_PROBE:
				return readinessProbe != null;
			case CoreV1Package.CONTAINER__RESIZE_POLICY:
				return resizePolicy != null && !resizePolicy.isEmpty();
			case CoreV1Package.CONTAINER__RESOURCES:
				return resources != null;
			case CoreV1Package.CONTAINER__RESTART_POLICY:
				return RESTART_POLICY_EDEFAULT == null ? restartPolicy != null : !RESTART_POLICY_EDEFAULT.equals(restartPolicy);
			case CoreV1Package.CONTAINER__RESTART_POLICY_RULES:
				return restartPolicyRules != null && !restartPolicyRules.isEmpty();
			case CoreV1Package.CONTAINER__SECURITY_CONTEXT:
				return securityContext != null;
			case CoreV1Package.CONTAINER__STARTUP_PROBE:
				return startupProbe != null;
			case CoreV1Package.CONTAINER__STDIN:
				return STDIN_EDEFAULT == null ? stdin != null : !STDIN_EDEFAULT.equals(stdin);
			case CoreV1Package.CONTAINER__STDIN_ONCE:
				return STDIN_ONCE_EDEFAULT == null ? stdinOnce != null : !STDIN_ONCE_EDEFAULT.equals(stdinOnce);
			case CoreV1Package.CONTAINER__TERMINATION_MESSAGE_PATH:
				return TERMINATION_MESSAGE_PATH_EDEFAULT == null ? terminationMessagePath != null : !TERMINATION_MESSAGE_PATH_EDEFAULT.equals(terminationMessagePath);
			case CoreV1Package.CONTAINER__TERMINATION_MESSAGE_POLICY:
				return TERMINATION_MESSAGE_POLICY_EDEFAULT == null ? terminationMessagePolicy != null : !TERMINATION_MESSAGE_POLICY_EDEFAULT.equals(terminationMessagePolicy);
			case CoreV1Package.CONTAINER__TTY:
				return TTY_EDEFAULT == null ? tty != null : !TTY_EDEFAULT.equals(tty);
			case CoreV1Package.CONTAINER__VOLUME_DEVICES:
				return volumeDevices != null && !volumeDevices.isEmpty();
			case CoreV1Package.CONTAINER__VOLUME_MOUNTS:
				return volumeMounts != null && !volumeMounts.isEmpty();
			case CoreV1Package.CONTAINER__WORKING_DIR:
				return WORKING_DIR_EDEFAULT == null ? workingDir != null : !WORKING_DIR_EDEFAULT.equals(workingDir);
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
		result.append(" (args: ");
		result.append(args);
		result.append(", command: ");
		result.append(command);
		result.append(", image: ");
		result.append(image);
		result.append(", imagePullPolicy: ");
		result.append(imagePullPolicy);
		result.append(", name: ");
		result.append(name);
		result.append(", restartPolicy: ");
		result.append(restartPolicy);
		result.append(", stdin: ");
		result.append(stdin);
		result.append(", stdinOnce: ");
		result.append(stdinOnce);
		result.append(", terminationMessagePath: ");
		result.append(terminationMessagePath);
		result.append(", terminationMessagePolicy: ");
		result.append(terminationMessagePolicy);
		result.append(", tty: ");
		result.append(tty);
		result.append(", workingDir: ");
		result.append(workingDir);
		result.append(')');
		return result.toString();
	}

} //ContainerImpl
