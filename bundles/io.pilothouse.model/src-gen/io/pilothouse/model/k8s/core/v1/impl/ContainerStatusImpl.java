/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.ContainerState;
import io.pilothouse.model.k8s.core.v1.ContainerStatus;
import io.pilothouse.model.k8s.core.v1.ContainerUser;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.ResourceRequirements;
import io.pilothouse.model.k8s.core.v1.ResourceStatus;
import io.pilothouse.model.k8s.core.v1.VolumeMountStatus;

import io.pilothouse.model.types.Quantity;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Container Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerStatusImpl#getAllocatedResources <em>Allocated Resources</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerStatusImpl#getAllocatedResourcesStatus <em>Allocated Resources Status</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerStatusImpl#getContainerID <em>Container ID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerStatusImpl#getImage <em>Image</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerStatusImpl#getImageID <em>Image ID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerStatusImpl#getLastState <em>Last State</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerStatusImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerStatusImpl#getReady <em>Ready</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerStatusImpl#getResources <em>Resources</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerStatusImpl#getRestartCount <em>Restart Count</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerStatusImpl#getStarted <em>Started</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerStatusImpl#getState <em>State</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerStatusImpl#getStopSignal <em>Stop Signal</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerStatusImpl#getUser <em>User</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerStatusImpl#getVolumeMounts <em>Volume Mounts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContainerStatusImpl extends MinimalEObjectImpl.Container implements ContainerStatus {
	/**
	 * The cached value of the '{@link #getAllocatedResources() <em>Allocated Resources</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocatedResources()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, Quantity> allocatedResources;

	/**
	 * The cached value of the '{@link #getAllocatedResourcesStatus() <em>Allocated Resources Status</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocatedResourcesStatus()
	 * @generated
	 * @ordered
	 */
	protected EList<ResourceStatus> allocatedResourcesStatus;

	/**
	 * The default value of the '{@link #getContainerID() <em>Container ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerID()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTAINER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContainerID() <em>Container ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerID()
	 * @generated
	 * @ordered
	 */
	protected String containerID = CONTAINER_ID_EDEFAULT;

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
	 * The default value of the '{@link #getImageID() <em>Image ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageID()
	 * @generated
	 * @ordered
	 */
	protected static final String IMAGE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImageID() <em>Image ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageID()
	 * @generated
	 * @ordered
	 */
	protected String imageID = IMAGE_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLastState() <em>Last State</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastState()
	 * @generated
	 * @ordered
	 */
	protected ContainerState lastState;

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
	 * The default value of the '{@link #getReady() <em>Ready</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReady()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean READY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReady() <em>Ready</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReady()
	 * @generated
	 * @ordered
	 */
	protected Boolean ready = READY_EDEFAULT;

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
	 * The default value of the '{@link #getRestartCount() <em>Restart Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestartCount()
	 * @generated
	 * @ordered
	 */
	protected static final Integer RESTART_COUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRestartCount() <em>Restart Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestartCount()
	 * @generated
	 * @ordered
	 */
	protected Integer restartCount = RESTART_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStarted() <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarted()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean STARTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStarted() <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarted()
	 * @generated
	 * @ordered
	 */
	protected Boolean started = STARTED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected ContainerState state;

	/**
	 * The default value of the '{@link #getStopSignal() <em>Stop Signal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStopSignal()
	 * @generated
	 * @ordered
	 */
	protected static final String STOP_SIGNAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStopSignal() <em>Stop Signal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStopSignal()
	 * @generated
	 * @ordered
	 */
	protected String stopSignal = STOP_SIGNAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUser() <em>User</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected ContainerUser user;

	/**
	 * The cached value of the '{@link #getVolumeMounts() <em>Volume Mounts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeMounts()
	 * @generated
	 * @ordered
	 */
	protected EList<VolumeMountStatus> volumeMounts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContainerStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.CONTAINER_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, Quantity> getAllocatedResources() {
		if (allocatedResources == null) {
			allocatedResources = new EcoreEMap<String,Quantity>(CoreV1Package.Literals.QUANTITY_MAP_ENTRY, QuantityMapEntryImpl.class, this, CoreV1Package.CONTAINER_STATUS__ALLOCATED_RESOURCES);
		}
		return allocatedResources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ResourceStatus> getAllocatedResourcesStatus() {
		if (allocatedResourcesStatus == null) {
			allocatedResourcesStatus = new EObjectContainmentEList<ResourceStatus>(ResourceStatus.class, this, CoreV1Package.CONTAINER_STATUS__ALLOCATED_RESOURCES_STATUS);
		}
		return allocatedResourcesStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContainerID() {
		return containerID;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContainerID(String newContainerID) {
		String oldContainerID = containerID;
		containerID = newContainerID;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATUS__CONTAINER_ID, oldContainerID, containerID));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATUS__IMAGE, oldImage, image));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImageID() {
		return imageID;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImageID(String newImageID) {
		String oldImageID = imageID;
		imageID = newImageID;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATUS__IMAGE_ID, oldImageID, imageID));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerState getLastState() {
		return lastState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLastState(ContainerState newLastState, NotificationChain msgs) {
		ContainerState oldLastState = lastState;
		lastState = newLastState;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATUS__LAST_STATE, oldLastState, newLastState);
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
	public void setLastState(ContainerState newLastState) {
		if (newLastState != lastState) {
			NotificationChain msgs = null;
			if (lastState != null)
				msgs = ((InternalEObject)lastState).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER_STATUS__LAST_STATE, null, msgs);
			if (newLastState != null)
				msgs = ((InternalEObject)newLastState).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER_STATUS__LAST_STATE, null, msgs);
			msgs = basicSetLastState(newLastState, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATUS__LAST_STATE, newLastState, newLastState));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATUS__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getReady() {
		return ready;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReady(Boolean newReady) {
		Boolean oldReady = ready;
		ready = newReady;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATUS__READY, oldReady, ready));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATUS__RESOURCES, oldResources, newResources);
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
				msgs = ((InternalEObject)resources).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER_STATUS__RESOURCES, null, msgs);
			if (newResources != null)
				msgs = ((InternalEObject)newResources).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER_STATUS__RESOURCES, null, msgs);
			msgs = basicSetResources(newResources, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATUS__RESOURCES, newResources, newResources));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getRestartCount() {
		return restartCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRestartCount(Integer newRestartCount) {
		Integer oldRestartCount = restartCount;
		restartCount = newRestartCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATUS__RESTART_COUNT, oldRestartCount, restartCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getStarted() {
		return started;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStarted(Boolean newStarted) {
		Boolean oldStarted = started;
		started = newStarted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATUS__STARTED, oldStarted, started));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetState(ContainerState newState, NotificationChain msgs) {
		ContainerState oldState = state;
		state = newState;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATUS__STATE, oldState, newState);
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
	public void setState(ContainerState newState) {
		if (newState != state) {
			NotificationChain msgs = null;
			if (state != null)
				msgs = ((InternalEObject)state).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER_STATUS__STATE, null, msgs);
			if (newState != null)
				msgs = ((InternalEObject)newState).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER_STATUS__STATE, null, msgs);
			msgs = basicSetState(newState, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATUS__STATE, newState, newState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStopSignal() {
		return stopSignal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStopSignal(String newStopSignal) {
		String oldStopSignal = stopSignal;
		stopSignal = newStopSignal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATUS__STOP_SIGNAL, oldStopSignal, stopSignal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerUser getUser() {
		return user;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetUser(ContainerUser newUser, NotificationChain msgs) {
		ContainerUser oldUser = user;
		user = newUser;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATUS__USER, oldUser, newUser);
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
	public void setUser(ContainerUser newUser) {
		if (newUser != user) {
			NotificationChain msgs = null;
			if (user != null)
				msgs = ((InternalEObject)user).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER_STATUS__USER, null, msgs);
			if (newUser != null)
				msgs = ((InternalEObject)newUser).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER_STATUS__USER, null, msgs);
			msgs = basicSetUser(newUser, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_STATUS__USER, newUser, newUser));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VolumeMountStatus> getVolumeMounts() {
		if (volumeMounts == null) {
			volumeMounts = new EObjectContainmentEList<VolumeMountStatus>(VolumeMountStatus.class, this, CoreV1Package.CONTAINER_STATUS__VOLUME_MOUNTS);
		}
		return volumeMounts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.CONTAINER_STATUS__ALLOCATED_RESOURCES:
				return ((InternalEList<?>)getAllocatedResources()).basicRemove(otherEnd, msgs);
			case CoreV1Package.CONTAINER_STATUS__ALLOCATED_RESOURCES_STATUS:
				return ((InternalEList<?>)getAllocatedResourcesStatus()).basicRemove(otherEnd, msgs);
			case CoreV1Package.CONTAINER_STATUS__LAST_STATE:
				return basicSetLastState(null, msgs);
			case CoreV1Package.CONTAINER_STATUS__RESOURCES:
				return basicSetResources(null, msgs);
			case CoreV1Package.CONTAINER_STATUS__STATE:
				return basicSetState(null, msgs);
			case CoreV1Package.CONTAINER_STATUS__USER:
				return basicSetUser(null, msgs);
			case CoreV1Package.CONTAINER_STATUS__VOLUME_MOUNTS:
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
			case CoreV1Package.CONTAINER_STATUS__ALLOCATED_RESOURCES:
				if (coreType) return getAllocatedResources();
				else return getAllocatedResources().map();
			case CoreV1Package.CONTAINER_STATUS__ALLOCATED_RESOURCES_STATUS:
				return getAllocatedResourcesStatus();
			case CoreV1Package.CONTAINER_STATUS__CONTAINER_ID:
				return getContainerID();
			case CoreV1Package.CONTAINER_STATUS__IMAGE:
				return getImage();
			case CoreV1Package.CONTAINER_STATUS__IMAGE_ID:
				return getImageID();
			case CoreV1Package.CONTAINER_STATUS__LAST_STATE:
				return getLastState();
			case CoreV1Package.CONTAINER_STATUS__NAME:
				return getName();
			case CoreV1Package.CONTAINER_STATUS__READY:
				return getReady();
			case CoreV1Package.CONTAINER_STATUS__RESOURCES:
				return getResources();
			case CoreV1Package.CONTAINER_STATUS__RESTART_COUNT:
				return getRestartCount();
			case CoreV1Package.CONTAINER_STATUS__STARTED:
				return getStarted();
			case CoreV1Package.CONTAINER_STATUS__STATE:
				return getState();
			case CoreV1Package.CONTAINER_STATUS__STOP_SIGNAL:
				return getStopSignal();
			case CoreV1Package.CONTAINER_STATUS__USER:
				return getUser();
			case CoreV1Package.CONTAINER_STATUS__VOLUME_MOUNTS:
				return getVolumeMounts();
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
			case CoreV1Package.CONTAINER_STATUS__ALLOCATED_RESOURCES:
				((EStructuralFeature.Setting)getAllocatedResources()).set(newValue);
				return;
			case CoreV1Package.CONTAINER_STATUS__ALLOCATED_RESOURCES_STATUS:
				getAllocatedResourcesStatus().clear();
				getAllocatedResourcesStatus().addAll((Collection<? extends ResourceStatus>)newValue);
				return;
			case CoreV1Package.CONTAINER_STATUS__CONTAINER_ID:
				setContainerID((String)newValue);
				return;
			case CoreV1Package.CONTAINER_STATUS__IMAGE:
				setImage((String)newValue);
				return;
			case CoreV1Package.CONTAINER_STATUS__IMAGE_ID:
				setImageID((String)newValue);
				return;
			case CoreV1Package.CONTAINER_STATUS__LAST_STATE:
				setLastState((ContainerState)newValue);
				return;
			case CoreV1Package.CONTAINER_STATUS__NAME:
				setName((String)newValue);
				return;
			case CoreV1Package.CONTAINER_STATUS__READY:
				setReady((Boolean)newValue);
				return;
			case CoreV1Package.CONTAINER_STATUS__RESOURCES:
				setResources((ResourceRequirements)newValue);
				return;
			case CoreV1Package.CONTAINER_STATUS__RESTART_COUNT:
				setRestartCount((Integer)newValue);
				return;
			case CoreV1Package.CONTAINER_STATUS__STARTED:
				setStarted((Boolean)newValue);
				return;
			case CoreV1Package.CONTAINER_STATUS__STATE:
				setState((ContainerState)newValue);
				return;
			case CoreV1Package.CONTAINER_STATUS__STOP_SIGNAL:
				setStopSignal((String)newValue);
				return;
			case CoreV1Package.CONTAINER_STATUS__USER:
				setUser((ContainerUser)newValue);
				return;
			case CoreV1Package.CONTAINER_STATUS__VOLUME_MOUNTS:
				getVolumeMounts().clear();
				getVolumeMounts().addAll((Collection<? extends VolumeMountStatus>)newValue);
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
			case CoreV1Package.CONTAINER_STATUS__ALLOCATED_RESOURCES:
				getAllocatedResources().clear();
				return;
			case CoreV1Package.CONTAINER_STATUS__ALLOCATED_RESOURCES_STATUS:
				getAllocatedResourcesStatus().clear();
				return;
			case CoreV1Package.CONTAINER_STATUS__CONTAINER_ID:
				setContainerID(CONTAINER_ID_EDEFAULT);
				return;
			case CoreV1Package.CONTAINER_STATUS__IMAGE:
				setImage(IMAGE_EDEFAULT);
				return;
			case CoreV1Package.CONTAINER_STATUS__IMAGE_ID:
				setImageID(IMAGE_ID_EDEFAULT);
				return;
			case CoreV1Package.CONTAINER_STATUS__LAST_STATE:
				setLastState((ContainerState)null);
				return;
			case CoreV1Package.CONTAINER_STATUS__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CoreV1Package.CONTAINER_STATUS__READY:
				setReady(READY_EDEFAULT);
				return;
			case CoreV1Package.CONTAINER_STATUS__RESOURCES:
				setResources((ResourceRequirements)null);
				return;
			case CoreV1Package.CONTAINER_STATUS__RESTART_COUNT:
				setRestartCount(RESTART_COUNT_EDEFAULT);
				return;
			case CoreV1Package.CONTAINER_STATUS__STARTED:
				setStarted(STARTED_EDEFAULT);
				return;
			case CoreV1Package.CONTAINER_STATUS__STATE:
				setState((ContainerState)null);
				return;
			case CoreV1Package.CONTAINER_STATUS__STOP_SIGNAL:
				setStopSignal(STOP_SIGNAL_EDEFAULT);
				return;
			case CoreV1Package.CONTAINER_STATUS__USER:
				setUser((ContainerUser)null);
				return;
			case CoreV1Package.CONTAINER_STATUS__VOLUME_MOUNTS:
				getVolumeMounts().clear();
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
			case CoreV1Package.CONTAINER_STATUS__ALLOCATED_RESOURCES:
				return allocatedResources != null && !allocatedResources.isEmpty();
			case CoreV1Package.CONTAINER_STATUS__ALLOCATED_RESOURCES_STATUS:
				return allocatedResourcesStatus != null && !allocatedResourcesStatus.isEmpty();
			case CoreV1Package.CONTAINER_STATUS__CONTAINER_ID:
				return CONTAINER_ID_EDEFAULT == null ? containerID != null : !CONTAINER_ID_EDEFAULT.equals(containerID);
			case CoreV1Package.CONTAINER_STATUS__IMAGE:
				return IMAGE_EDEFAULT == null ? image != null : !IMAGE_EDEFAULT.equals(image);
			case CoreV1Package.CONTAINER_STATUS__IMAGE_ID:
				return IMAGE_ID_EDEFAULT == null ? imageID != null : !IMAGE_ID_EDEFAULT.equals(imageID);
			case CoreV1Package.CONTAINER_STATUS__LAST_STATE:
				return lastState != null;
			case CoreV1Package.CONTAINER_STATUS__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CoreV1Package.CONTAINER_STATUS__READY:
				return READY_EDEFAULT == null ? ready != null : !READY_EDEFAULT.equals(ready);
			case CoreV1Package.CONTAINER_STATUS__RESOURCES:
				return resources != null;
			case CoreV1Package.CONTAINER_STATUS__RESTART_COUNT:
				return RESTART_COUNT_EDEFAULT == null ? restartCount != null : !RESTART_COUNT_EDEFAULT.equals(restartCount);
			case CoreV1Package.CONTAINER_STATUS__STARTED:
				return STARTED_EDEFAULT == null ? started != null : !STARTED_EDEFAULT.equals(started);
			case CoreV1Package.CONTAINER_STATUS__STATE:
				return state != null;
			case CoreV1Package.CONTAINER_STATUS__STOP_SIGNAL:
				return STOP_SIGNAL_EDEFAULT == null ? stopSignal != null : !STOP_SIGNAL_EDEFAULT.equals(stopSignal);
			case CoreV1Package.CONTAINER_STATUS__USER:
				return user != null;
			case CoreV1Package.CONTAINER_STATUS__VOLUME_MOUNTS:
				return volumeMounts != null && !volumeMounts.isEmpty();
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
		result.append(" (containerID: ");
		result.append(containerID);
		result.append(", image: ");
		result.append(image);
		result.append(", imageID: ");
		result.append(imageID);
		result.append(", name: ");
		result.append(name);
		result.append(", ready: ");
		result.append(ready);
		result.append(", restartCount: ");
		result.append(restartCount);
		result.append(", started: ");
		result.append(started);
		result.append(", stopSignal: ");
		result.append(stopSignal);
		result.append(')');
		return result.toString();
	}

} //ContainerStatusImpl
