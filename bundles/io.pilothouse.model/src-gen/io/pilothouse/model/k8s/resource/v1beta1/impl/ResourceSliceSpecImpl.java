/**
 */
package io.pilothouse.model.k8s.resource.v1beta1.impl;

import io.pilothouse.model.k8s.core.v1.NodeSelector;

import io.pilothouse.model.k8s.resource.v1beta1.CounterSet;
import io.pilothouse.model.k8s.resource.v1beta1.Device;
import io.pilothouse.model.k8s.resource.v1beta1.ResourcePool;
import io.pilothouse.model.k8s.resource.v1beta1.ResourceSliceSpec;
import io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package;

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
 * An implementation of the model object '<em><b>Resource Slice Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceSliceSpecImpl#getAllNodes <em>All Nodes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceSliceSpecImpl#getDevices <em>Devices</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceSliceSpecImpl#getDriver <em>Driver</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceSliceSpecImpl#getNodeName <em>Node Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceSliceSpecImpl#getNodeSelector <em>Node Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceSliceSpecImpl#getPerDeviceNodeSelection <em>Per Device Node Selection</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceSliceSpecImpl#getPool <em>Pool</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceSliceSpecImpl#getSharedCounters <em>Shared Counters</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResourceSliceSpecImpl extends MinimalEObjectImpl.Container implements ResourceSliceSpec {
	/**
	 * The default value of the '{@link #getAllNodes() <em>All Nodes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllNodes()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean ALL_NODES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAllNodes() <em>All Nodes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllNodes()
	 * @generated
	 * @ordered
	 */
	protected Boolean allNodes = ALL_NODES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDevices() <em>Devices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevices()
	 * @generated
	 * @ordered
	 */
	protected EList<Device> devices;

	/**
	 * The default value of the '{@link #getDriver() <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected static final String DRIVER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDriver() <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected String driver = DRIVER_EDEFAULT;

	/**
	 * The default value of the '{@link #getNodeName() <em>Node Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeName()
	 * @generated
	 * @ordered
	 */
	protected static final String NODE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNodeName() <em>Node Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeName()
	 * @generated
	 * @ordered
	 */
	protected String nodeName = NODE_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNodeSelector() <em>Node Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeSelector()
	 * @generated
	 * @ordered
	 */
	protected NodeSelector nodeSelector;

	/**
	 * The default value of the '{@link #getPerDeviceNodeSelection() <em>Per Device Node Selection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerDeviceNodeSelection()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean PER_DEVICE_NODE_SELECTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPerDeviceNodeSelection() <em>Per Device Node Selection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerDeviceNodeSelection()
	 * @generated
	 * @ordered
	 */
	protected Boolean perDeviceNodeSelection = PER_DEVICE_NODE_SELECTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPool() <em>Pool</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPool()
	 * @generated
	 * @ordered
	 */
	protected ResourcePool pool;

	/**
	 * The cached value of the '{@link #getSharedCounters() <em>Shared Counters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSharedCounters()
	 * @generated
	 * @ordered
	 */
	protected EList<CounterSet> sharedCounters;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResourceSliceSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1beta1Package.Literals.RESOURCE_SLICE_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getAllNodes() {
		return allNodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllNodes(Boolean newAllNodes) {
		Boolean oldAllNodes = allNodes;
		allNodes = newAllNodes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.RESOURCE_SLICE_SPEC__ALL_NODES, oldAllNodes, allNodes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Device> getDevices() {
		if (devices == null) {
			devices = new EObjectContainmentEList<Device>(Device.class, this, ResourceV1beta1Package.RESOURCE_SLICE_SPEC__DEVICES);
		}
		return devices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDriver() {
		return driver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriver(String newDriver) {
		String oldDriver = driver;
		driver = newDriver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.RESOURCE_SLICE_SPEC__DRIVER, oldDriver, driver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNodeName() {
		return nodeName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNodeName(String newNodeName) {
		String oldNodeName = nodeName;
		nodeName = newNodeName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.RESOURCE_SLICE_SPEC__NODE_NAME, oldNodeName, nodeName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeSelector getNodeSelector() {
		return nodeSelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNodeSelector(NodeSelector newNodeSelector, NotificationChain msgs) {
		NodeSelector oldNodeSelector = nodeSelector;
		nodeSelector = newNodeSelector;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.RESOURCE_SLICE_SPEC__NODE_SELECTOR, oldNodeSelector, newNodeSelector);
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
	public void setNodeSelector(NodeSelector newNodeSelector) {
		if (newNodeSelector != nodeSelector) {
			NotificationChain msgs = null;
			if (nodeSelector != null)
				msgs = ((InternalEObject)nodeSelector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ResourceV1beta1Package.RESOURCE_SLICE_SPEC__NODE_SELECTOR, null, msgs);
			if (newNodeSelector != null)
				msgs = ((InternalEObject)newNodeSelector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ResourceV1beta1Package.RESOURCE_SLICE_SPEC__NODE_SELECTOR, null, msgs);
			msgs = basicSetNodeSelector(newNodeSelector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.RESOURCE_SLICE_SPEC__NODE_SELECTOR, newNodeSelector, newNodeSelector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getPerDeviceNodeSelection() {
		return perDeviceNodeSelection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerDeviceNodeSelection(Boolean newPerDeviceNodeSelection) {
		Boolean oldPerDeviceNodeSelection = perDeviceNodeSelection;
		perDeviceNodeSelection = newPerDeviceNodeSelection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.RESOURCE_SLICE_SPEC__PER_DEVICE_NODE_SELECTION, oldPerDeviceNodeSelection, perDeviceNodeSelection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourcePool getPool() {
		return pool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPool(ResourcePool newPool, NotificationChain msgs) {
		ResourcePool oldPool = pool;
		pool = newPool;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.RESOURCE_SLICE_SPEC__POOL, oldPool, newPool);
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
	public void setPool(ResourcePool newPool) {
		if (newPool != pool) {
			NotificationChain msgs = null;
			if (pool != null)
				msgs = ((InternalEObject)pool).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ResourceV1beta1Package.RESOURCE_SLICE_SPEC__POOL, null, msgs);
			if (newPool != null)
				msgs = ((InternalEObject)newPool).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ResourceV1beta1Package.RESOURCE_SLICE_SPEC__POOL, null, msgs);
			msgs = basicSetPool(newPool, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.RESOURCE_SLICE_SPEC__POOL, newPool, newPool));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CounterSet> getSharedCounters() {
		if (sharedCounters == null) {
			sharedCounters = new EObjectContainmentEList<CounterSet>(CounterSet.class, this, ResourceV1beta1Package.RESOURCE_SLICE_SPEC__SHARED_COUNTERS);
		}
		return sharedCounters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__DEVICES:
				return ((InternalEList<?>)getDevices()).basicRemove(otherEnd, msgs);
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__NODE_SELECTOR:
				return basicSetNodeSelector(null, msgs);
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__POOL:
				return basicSetPool(null, msgs);
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__SHARED_COUNTERS:
				return ((InternalEList<?>)getSharedCounters()).basicRemove(otherEnd, msgs);
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
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__ALL_NODES:
				return getAllNodes();
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__DEVICES:
				return getDevices();
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__DRIVER:
				return getDriver();
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__NODE_NAME:
				return getNodeName();
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__NODE_SELECTOR:
				return getNodeSelector();
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__PER_DEVICE_NODE_SELECTION:
				return getPerDeviceNodeSelection();
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__POOL:
				return getPool();
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__SHARED_COUNTERS:
				return getSharedCounters();
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
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__ALL_NODES:
				setAllNodes((Boolean)newValue);
				return;
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__DEVICES:
				getDevices().clear();
				getDevices().addAll((Collection<? extends Device>)newValue);
				return;
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__DRIVER:
				setDriver((String)newValue);
				return;
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__NODE_NAME:
				setNodeName((String)newValue);
				return;
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__NODE_SELECTOR:
				setNodeSelector((NodeSelector)newValue);
				return;
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__PER_DEVICE_NODE_SELECTION:
				setPerDeviceNodeSelection((Boolean)newValue);
				return;
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__POOL:
				setPool((ResourcePool)newValue);
				return;
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__SHARED_COUNTERS:
				getSharedCounters().clear();
				getSharedCounters().addAll((Collection<? extends CounterSet>)newValue);
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
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__ALL_NODES:
				setAllNodes(ALL_NODES_EDEFAULT);
				return;
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__DEVICES:
				getDevices().clear();
				return;
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__DRIVER:
				setDriver(DRIVER_EDEFAULT);
				return;
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__NODE_NAME:
				setNodeName(NODE_NAME_EDEFAULT);
				return;
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__NODE_SELECTOR:
				setNodeSelector((NodeSelector)null);
				return;
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__PER_DEVICE_NODE_SELECTION:
				setPerDeviceNodeSelection(PER_DEVICE_NODE_SELECTION_EDEFAULT);
				return;
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__POOL:
				setPool((ResourcePool)null);
				return;
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__SHARED_COUNTERS:
				getSharedCounters().clear();
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
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__ALL_NODES:
				return ALL_NODES_EDEFAULT == null ? allNodes != null : !ALL_NODES_EDEFAULT.equals(allNodes);
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__DEVICES:
				return devices != null && !devices.isEmpty();
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__DRIVER:
				return DRIVER_EDEFAULT == null ? driver != null : !DRIVER_EDEFAULT.equals(driver);
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__NODE_NAME:
				return NODE_NAME_EDEFAULT == null ? nodeName != null : !NODE_NAME_EDEFAULT.equals(nodeName);
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__NODE_SELECTOR:
				return nodeSelector != null;
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__PER_DEVICE_NODE_SELECTION:
				return PER_DEVICE_NODE_SELECTION_EDEFAULT == null ? perDeviceNodeSelection != null : !PER_DEVICE_NODE_SELECTION_EDEFAULT.equals(perDeviceNodeSelection);
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__POOL:
				return pool != null;
			case ResourceV1beta1Package.RESOURCE_SLICE_SPEC__SHARED_COUNTERS:
				return sharedCounters != null && !sharedCounters.isEmpty();
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
		result.append(" (allNodes: ");
		result.append(allNodes);
		result.append(", driver: ");
		result.append(driver);
		result.append(", nodeName: ");
		result.append(nodeName);
		result.append(", perDeviceNodeSelection: ");
		result.append(perDeviceNodeSelection);
		result.append(')');
		return result.toString();
	}

} //ResourceSliceSpecImpl
