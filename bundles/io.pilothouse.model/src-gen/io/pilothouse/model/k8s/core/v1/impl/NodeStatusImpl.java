/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.AttachedVolume;
import io.pilothouse.model.k8s.core.v1.ContainerImage;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.NodeAddress;
import io.pilothouse.model.k8s.core.v1.NodeCondition;
import io.pilothouse.model.k8s.core.v1.NodeConfigStatus;
import io.pilothouse.model.k8s.core.v1.NodeDaemonEndpoints;
import io.pilothouse.model.k8s.core.v1.NodeFeatures;
import io.pilothouse.model.k8s.core.v1.NodeRuntimeHandler;
import io.pilothouse.model.k8s.core.v1.NodeStatus;
import io.pilothouse.model.k8s.core.v1.NodeSystemInfo;

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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeStatusImpl#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeStatusImpl#getAllocatable <em>Allocatable</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeStatusImpl#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeStatusImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeStatusImpl#getConfig <em>Config</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeStatusImpl#getDaemonEndpoints <em>Daemon Endpoints</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeStatusImpl#getDeclaredFeatures <em>Declared Features</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeStatusImpl#getFeatures <em>Features</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeStatusImpl#getImages <em>Images</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeStatusImpl#getNodeInfo <em>Node Info</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeStatusImpl#getPhase <em>Phase</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeStatusImpl#getRuntimeHandlers <em>Runtime Handlers</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeStatusImpl#getVolumesAttached <em>Volumes Attached</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeStatusImpl#getVolumesInUse <em>Volumes In Use</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeStatusImpl extends MinimalEObjectImpl.Container implements NodeStatus {
	/**
	 * The cached value of the '{@link #getAddresses() <em>Addresses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddresses()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeAddress> addresses;

	/**
	 * The cached value of the '{@link #getAllocatable() <em>Allocatable</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocatable()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, Quantity> allocatable;

	/**
	 * The cached value of the '{@link #getCapacity() <em>Capacity</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacity()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, Quantity> capacity;

	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeCondition> conditions;

	/**
	 * The cached value of the '{@link #getConfig() <em>Config</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfig()
	 * @generated
	 * @ordered
	 */
	protected NodeConfigStatus config;

	/**
	 * The cached value of the '{@link #getDaemonEndpoints() <em>Daemon Endpoints</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDaemonEndpoints()
	 * @generated
	 * @ordered
	 */
	protected NodeDaemonEndpoints daemonEndpoints;

	/**
	 * The cached value of the '{@link #getDeclaredFeatures() <em>Declared Features</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclaredFeatures()
	 * @generated
	 * @ordered
	 */
	protected EList<String> declaredFeatures;

	/**
	 * The cached value of the '{@link #getFeatures() <em>Features</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatures()
	 * @generated
	 * @ordered
	 */
	protected NodeFeatures features;

	/**
	 * The cached value of the '{@link #getImages() <em>Images</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImages()
	 * @generated
	 * @ordered
	 */
	protected EList<ContainerImage> images;

	/**
	 * The cached value of the '{@link #getNodeInfo() <em>Node Info</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeInfo()
	 * @generated
	 * @ordered
	 */
	protected NodeSystemInfo nodeInfo;

	/**
	 * The default value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected static final String PHASE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected String phase = PHASE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRuntimeHandlers() <em>Runtime Handlers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuntimeHandlers()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeRuntimeHandler> runtimeHandlers;

	/**
	 * The cached value of the '{@link #getVolumesAttached() <em>Volumes Attached</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumesAttached()
	 * @generated
	 * @ordered
	 */
	protected EList<AttachedVolume> volumesAttached;

	/**
	 * The cached value of the '{@link #getVolumesInUse() <em>Volumes In Use</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumesInUse()
	 * @generated
	 * @ordered
	 */
	protected EList<String> volumesInUse;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.NODE_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeAddress> getAddresses() {
		if (addresses == null) {
			addresses = new EObjectContainmentEList<NodeAddress>(NodeAddress.class, this, CoreV1Package.NODE_STATUS__ADDRESSES);
		}
		return addresses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, Quantity> getAllocatable() {
		if (allocatable == null) {
			allocatable = new EcoreEMap<String,Quantity>(CoreV1Package.Literals.QUANTITY_MAP_ENTRY, QuantityMapEntryImpl.class, this, CoreV1Package.NODE_STATUS__ALLOCATABLE);
		}
		return allocatable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, Quantity> getCapacity() {
		if (capacity == null) {
			capacity = new EcoreEMap<String,Quantity>(CoreV1Package.Literals.QUANTITY_MAP_ENTRY, QuantityMapEntryImpl.class, this, CoreV1Package.NODE_STATUS__CAPACITY);
		}
		return capacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeCondition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<NodeCondition>(NodeCondition.class, this, CoreV1Package.NODE_STATUS__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeConfigStatus getConfig() {
		return config;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetConfig(NodeConfigStatus newConfig, NotificationChain msgs) {
		NodeConfigStatus oldConfig = config;
		config = newConfig;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_STATUS__CONFIG, oldConfig, newConfig);
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
	public void setConfig(NodeConfigStatus newConfig) {
		if (newConfig != config) {
			NotificationChain msgs = null;
			if (config != null)
				msgs = ((InternalEObject)config).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.NODE_STATUS__CONFIG, null, msgs);
			if (newConfig != null)
				msgs = ((InternalEObject)newConfig).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.NODE_STATUS__CONFIG, null, msgs);
			msgs = basicSetConfig(newConfig, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_STATUS__CONFIG, newConfig, newConfig));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeDaemonEndpoints getDaemonEndpoints() {
		return daemonEndpoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDaemonEndpoints(NodeDaemonEndpoints newDaemonEndpoints, NotificationChain msgs) {
		NodeDaemonEndpoints oldDaemonEndpoints = daemonEndpoints;
		daemonEndpoints = newDaemonEndpoints;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_STATUS__DAEMON_ENDPOINTS, oldDaemonEndpoints, newDaemonEndpoints);
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
	public void setDaemonEndpoints(NodeDaemonEndpoints newDaemonEndpoints) {
		if (newDaemonEndpoints != daemonEndpoints) {
			NotificationChain msgs = null;
			if (daemonEndpoints != null)
				msgs = ((InternalEObject)daemonEndpoints).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.NODE_STATUS__DAEMON_ENDPOINTS, null, msgs);
			if (newDaemonEndpoints != null)
				msgs = ((InternalEObject)newDaemonEndpoints).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.NODE_STATUS__DAEMON_ENDPOINTS, null, msgs);
			msgs = basicSetDaemonEndpoints(newDaemonEndpoints, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_STATUS__DAEMON_ENDPOINTS, newDaemonEndpoints, newDaemonEndpoints));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDeclaredFeatures() {
		if (declaredFeatures == null) {
			declaredFeatures = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.NODE_STATUS__DECLARED_FEATURES);
		}
		return declaredFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeFeatures getFeatures() {
		return features;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFeatures(NodeFeatures newFeatures, NotificationChain msgs) {
		NodeFeatures oldFeatures = features;
		features = newFeatures;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_STATUS__FEATURES, oldFeatures, newFeatures);
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
	public void setFeatures(NodeFeatures newFeatures) {
		if (newFeatures != features) {
			NotificationChain msgs = null;
			if (features != null)
				msgs = ((InternalEObject)features).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.NODE_STATUS__FEATURES, null, msgs);
			if (newFeatures != null)
				msgs = ((InternalEObject)newFeatures).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.NODE_STATUS__FEATURES, null, msgs);
			msgs = basicSetFeatures(newFeatures, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_STATUS__FEATURES, newFeatures, newFeatures));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContainerImage> getImages() {
		if (images == null) {
			images = new EObjectContainmentEList<ContainerImage>(ContainerImage.class, this, CoreV1Package.NODE_STATUS__IMAGES);
		}
		return images;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeSystemInfo getNodeInfo() {
		return nodeInfo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNodeInfo(NodeSystemInfo newNodeInfo, NotificationChain msgs) {
		NodeSystemInfo oldNodeInfo = nodeInfo;
		nodeInfo = newNodeInfo;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_STATUS__NODE_INFO, oldNodeInfo, newNodeInfo);
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
	public void setNodeInfo(NodeSystemInfo newNodeInfo) {
		if (newNodeInfo != nodeInfo) {
			NotificationChain msgs = null;
			if (nodeInfo != null)
				msgs = ((InternalEObject)nodeInfo).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.NODE_STATUS__NODE_INFO, null, msgs);
			if (newNodeInfo != null)
				msgs = ((InternalEObject)newNodeInfo).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.NODE_STATUS__NODE_INFO, null, msgs);
			msgs = basicSetNodeInfo(newNodeInfo, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_STATUS__NODE_INFO, newNodeInfo, newNodeInfo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhase() {
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhase(String newPhase) {
		String oldPhase = phase;
		phase = newPhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_STATUS__PHASE, oldPhase, phase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeRuntimeHandler> getRuntimeHandlers() {
		if (runtimeHandlers == null) {
			runtimeHandlers = new EObjectContainmentEList<NodeRuntimeHandler>(NodeRuntimeHandler.class, this, CoreV1Package.NODE_STATUS__RUNTIME_HANDLERS);
		}
		return runtimeHandlers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AttachedVolume> getVolumesAttached() {
		if (volumesAttached == null) {
			volumesAttached = new EObjectContainmentEList<AttachedVolume>(AttachedVolume.class, this, CoreV1Package.NODE_STATUS__VOLUMES_ATTACHED);
		}
		return volumesAttached;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getVolumesInUse() {
		if (volumesInUse == null) {
			volumesInUse = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.NODE_STATUS__VOLUMES_IN_USE);
		}
		return volumesInUse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.NODE_STATUS__ADDRESSES:
				return ((InternalEList<?>)getAddresses()).basicRemove(otherEnd, msgs);
			case CoreV1Package.NODE_STATUS__ALLOCATABLE:
				return ((InternalEList<?>)getAllocatable()).basicRemove(otherEnd, msgs);
			case CoreV1Package.NODE_STATUS__CAPACITY:
				return ((InternalEList<?>)getCapacity()).basicRemove(otherEnd, msgs);
			case CoreV1Package.NODE_STATUS__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
			case CoreV1Package.NODE_STATUS__CONFIG:
				return basicSetConfig(null, msgs);
			case CoreV1Package.NODE_STATUS__DAEMON_ENDPOINTS:
				return basicSetDaemonEndpoints(null, msgs);
			case CoreV1Package.NODE_STATUS__FEATURES:
				return basicSetFeatures(null, msgs);
			case CoreV1Package.NODE_STATUS__IMAGES:
				return ((InternalEList<?>)getImages()).basicRemove(otherEnd, msgs);
			case CoreV1Package.NODE_STATUS__NODE_INFO:
				return basicSetNodeInfo(null, msgs);
			case CoreV1Package.NODE_STATUS__RUNTIME_HANDLERS:
				return ((InternalEList<?>)getRuntimeHandlers()).basicRemove(otherEnd, msgs);
			case CoreV1Package.NODE_STATUS__VOLUMES_ATTACHED:
				return ((InternalEList<?>)getVolumesAttached()).basicRemove(otherEnd, msgs);
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
			case CoreV1Package.NODE_STATUS__ADDRESSES:
				return getAddresses();
			case CoreV1Package.NODE_STATUS__ALLOCATABLE:
				if (coreType) return getAllocatable();
				else return getAllocatable().map();
			case CoreV1Package.NODE_STATUS__CAPACITY:
				if (coreType) return getCapacity();
				else return getCapacity().map();
			case CoreV1Package.NODE_STATUS__CONDITIONS:
				return getConditions();
			case CoreV1Package.NODE_STATUS__CONFIG:
				return getConfig();
			case CoreV1Package.NODE_STATUS__DAEMON_ENDPOINTS:
				return getDaemonEndpoints();
			case CoreV1Package.NODE_STATUS__DECLARED_FEATURES:
				return getDeclaredFeatures();
			case CoreV1Package.NODE_STATUS__FEATURES:
				return getFeatures();
			case CoreV1Package.NODE_STATUS__IMAGES:
				return getImages();
			case CoreV1Package.NODE_STATUS__NODE_INFO:
				return getNodeInfo();
			case CoreV1Package.NODE_STATUS__PHASE:
				return getPhase();
			case CoreV1Package.NODE_STATUS__RUNTIME_HANDLERS:
				return getRuntimeHandlers();
			case CoreV1Package.NODE_STATUS__VOLUMES_ATTACHED:
				return getVolumesAttached();
			case CoreV1Package.NODE_STATUS__VOLUMES_IN_USE:
				return getVolumesInUse();
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
			case CoreV1Package.NODE_STATUS__ADDRESSES:
				getAddresses().clear();
				getAddresses().addAll((Collection<? extends NodeAddress>)newValue);
				return;
			case CoreV1Package.NODE_STATUS__ALLOCATABLE:
				((EStructuralFeature.Setting)getAllocatable()).set(newValue);
				return;
			case CoreV1Package.NODE_STATUS__CAPACITY:
				((EStructuralFeature.Setting)getCapacity()).set(newValue);
				return;
			case CoreV1Package.NODE_STATUS__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends NodeCondition>)newValue);
				return;
			case CoreV1Package.NODE_STATUS__CONFIG:
				setConfig((NodeConfigStatus)newValue);
				return;
			case CoreV1Package.NODE_STATUS__DAEMON_ENDPOINTS:
				setDaemonEndpoints((NodeDaemonEndpoints)newValue);
				return;
			case CoreV1Package.NODE_STATUS__DECLARED_FEATURES:
				getDeclaredFeatures().clear();
				getDeclaredFeatures().addAll((Collection<? extends String>)newValue);
				return;
			case CoreV1Package.NODE_STATUS__FEATURES:
				setFeatures((NodeFeatures)newValue);
				return;
			case CoreV1Package.NODE_STATUS__IMAGES:
				getImages().clear();
				getImages().addAll((Collection<? extends ContainerImage>)newValue);
				return;
			case CoreV1Package.NODE_STATUS__NODE_INFO:
				setNodeInfo((NodeSystemInfo)newValue);
				return;
			case CoreV1Package.NODE_STATUS__PHASE:
				setPhase((String)newValue);
				return;
			case CoreV1Package.NODE_STATUS__RUNTIME_HANDLERS:
				getRuntimeHandlers().clear();
				getRuntimeHandlers().addAll((Collection<? extends NodeRuntimeHandler>)newValue);
				return;
			case CoreV1Package.NODE_STATUS__VOLUMES_ATTACHED:
				getVolumesAttached().clear();
				getVolumesAttached().addAll((Collection<? extends AttachedVolume>)newValue);
				return;
			case CoreV1Package.NODE_STATUS__VOLUMES_IN_USE:
				getVolumesInUse().clear();
				getVolumesInUse().addAll((Collection<? extends String>)newValue);
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
			case CoreV1Package.NODE_STATUS__ADDRESSES:
				getAddresses().clear();
				return;
			case CoreV1Package.NODE_STATUS__ALLOCATABLE:
				getAllocatable().clear();
				return;
			case CoreV1Package.NODE_STATUS__CAPACITY:
				getCapacity().clear();
				return;
			case CoreV1Package.NODE_STATUS__CONDITIONS:
				getConditions().clear();
				return;
			case CoreV1Package.NODE_STATUS__CONFIG:
				setConfig((NodeConfigStatus)null);
				return;
			case CoreV1Package.NODE_STATUS__DAEMON_ENDPOINTS:
				setDaemonEndpoints((NodeDaemonEndpoints)null);
				return;
			case CoreV1Package.NODE_STATUS__DECLARED_FEATURES:
				getDeclaredFeatures().clear();
				return;
			case CoreV1Package.NODE_STATUS__FEATURES:
				setFeatures((NodeFeatures)null);
				return;
			case CoreV1Package.NODE_STATUS__IMAGES:
				getImages().clear();
				return;
			case CoreV1Package.NODE_STATUS__NODE_INFO:
				setNodeInfo((NodeSystemInfo)null);
				return;
			case CoreV1Package.NODE_STATUS__PHASE:
				setPhase(PHASE_EDEFAULT);
				return;
			case CoreV1Package.NODE_STATUS__RUNTIME_HANDLERS:
				getRuntimeHandlers().clear();
				return;
			case CoreV1Package.NODE_STATUS__VOLUMES_ATTACHED:
				getVolumesAttached().clear();
				return;
			case CoreV1Package.NODE_STATUS__VOLUMES_IN_USE:
				getVolumesInUse().clear();
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
			case CoreV1Package.NODE_STATUS__ADDRESSES:
				return addresses != null && !addresses.isEmpty();
			case CoreV1Package.NODE_STATUS__ALLOCATABLE:
				return allocatable != null && !allocatable.isEmpty();
			case CoreV1Package.NODE_STATUS__CAPACITY:
				return capacity != null && !capacity.isEmpty();
			case CoreV1Package.NODE_STATUS__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case CoreV1Package.NODE_STATUS__CONFIG:
				return config != null;
			case CoreV1Package.NODE_STATUS__DAEMON_ENDPOINTS:
				return daemonEndpoints != null;
			case CoreV1Package.NODE_STATUS__DECLARED_FEATURES:
				return declaredFeatures != null && !declaredFeatures.isEmpty();
			case CoreV1Package.NODE_STATUS__FEATURES:
				return features != null;
			case CoreV1Package.NODE_STATUS__IMAGES:
				return images != null && !images.isEmpty();
			case CoreV1Package.NODE_STATUS__NODE_INFO:
				return nodeInfo != null;
			case CoreV1Package.NODE_STATUS__PHASE:
				return PHASE_EDEFAULT == null ? phase != null : !PHASE_EDEFAULT.equals(phase);
			case CoreV1Package.NODE_STATUS__RUNTIME_HANDLERS:
				return runtimeHandlers != null && !runtimeHandlers.isEmpty();
			case CoreV1Package.NODE_STATUS__VOLUMES_ATTACHED:
				return volumesAttached != null && !volumesAttached.isEmpty();
			case CoreV1Package.NODE_STATUS__VOLUMES_IN_USE:
				return volumesInUse != null && !volumesInUse.isEmpty();
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
		result.append(" (declaredFeatures: ");
		result.append(declaredFeatures);
		result.append(", phase: ");
		result.append(phase);
		result.append(", volumesInUse: ");
		result.append(volumesInUse);
		result.append(')');
		return result.toString();
	}

} //NodeStatusImpl
