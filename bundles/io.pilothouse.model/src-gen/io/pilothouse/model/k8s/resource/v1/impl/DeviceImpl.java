/**
 */
package io.pilothouse.model.k8s.resource.v1.impl;

import io.pilothouse.model.k8s.core.v1.NodeSelector;

import io.pilothouse.model.k8s.resource.v1.Device;
import io.pilothouse.model.k8s.resource.v1.DeviceAttribute;
import io.pilothouse.model.k8s.resource.v1.DeviceCapacity;
import io.pilothouse.model.k8s.resource.v1.DeviceCounterConsumption;
import io.pilothouse.model.k8s.resource.v1.DeviceTaint;
import io.pilothouse.model.k8s.resource.v1.NodeAllocatableResourceMapping;
import io.pilothouse.model.k8s.resource.v1.ResourceV1Package;

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
 * An implementation of the model object '<em><b>Device</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceImpl#getAllNodes <em>All Nodes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceImpl#getAllowMultipleAllocations <em>Allow Multiple Allocations</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceImpl#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceImpl#getBindingConditions <em>Binding Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceImpl#getBindingFailureConditions <em>Binding Failure Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceImpl#getBindsToNode <em>Binds To Node</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceImpl#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceImpl#getConsumesCounters <em>Consumes Counters</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceImpl#getNodeAllocatableResourceMappings <em>Node Allocatable Resource Mappings</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceImpl#getNodeName <em>Node Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceImpl#getNodeSelector <em>Node Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.DeviceImpl#getTaints <em>Taints</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceImpl extends MinimalEObjectImpl.Container implements Device {
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
	 * The default value of the '{@link #getAllowMultipleAllocations() <em>Allow Multiple Allocations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowMultipleAllocations()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean ALLOW_MULTIPLE_ALLOCATIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAllowMultipleAllocations() <em>Allow Multiple Allocations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowMultipleAllocations()
	 * @generated
	 * @ordered
	 */
	protected Boolean allowMultipleAllocations = ALLOW_MULTIPLE_ALLOCATIONS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAttributes() <em>Attributes</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributes()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, DeviceAttribute> attributes;

	/**
	 * The cached value of the '{@link #getBindingConditions() <em>Binding Conditions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBindingConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> bindingConditions;

	/**
	 * The cached value of the '{@link #getBindingFailureConditions() <em>Binding Failure Conditions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBindingFailureConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> bindingFailureConditions;

	/**
	 * The default value of the '{@link #getBindsToNode() <em>Binds To Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBindsToNode()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean BINDS_TO_NODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBindsToNode() <em>Binds To Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBindsToNode()
	 * @generated
	 * @ordered
	 */
	protected Boolean bindsToNode = BINDS_TO_NODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCapacity() <em>Capacity</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacity()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, DeviceCapacity> capacity;

	/**
	 * The cached value of the '{@link #getConsumesCounters() <em>Consumes Counters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsumesCounters()
	 * @generated
	 * @ordered
	 */
	protected EList<DeviceCounterConsumption> consumesCounters;

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
	 * The cached value of the '{@link #getNodeAllocatableResourceMappings() <em>Node Allocatable Resource Mappings</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeAllocatableResourceMappings()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, NodeAllocatableResourceMapping> nodeAllocatableResourceMappings;

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
	 * The cached value of the '{@link #getTaints() <em>Taints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaints()
	 * @generated
	 * @ordered
	 */
	protected EList<DeviceTaint> taints;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1Package.Literals.DEVICE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.DEVICE__ALL_NODES, oldAllNodes, allNodes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getAllowMultipleAllocations() {
		return allowMultipleAllocations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllowMultipleAllocations(Boolean newAllowMultipleAllocations) {
		Boolean oldAllowMultipleAllocations = allowMultipleAllocations;
		allowMultipleAllocations = newAllowMultipleAllocations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.DEVICE__ALLOW_MULTIPLE_ALLOCATIONS, oldAllowMultipleAllocations, allowMultipleAllocations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, DeviceAttribute> getAttributes() {
		if (attributes == null) {
			attributes = new EcoreEMap<String,DeviceAttribute>(ResourceV1Package.Literals.DEVICE_ATTRIBUTE_MAP_ENTRY, DeviceAttributeMapEntryImpl.class, this, ResourceV1Package.DEVICE__ATTRIBUTES);
		}
		return attributes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getBindingConditions() {
		if (bindingConditions == null) {
			bindingConditions = new EDataTypeUniqueEList<String>(String.class, this, ResourceV1Package.DEVICE__BINDING_CONDITIONS);
		}
		return bindingConditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getBindingFailureConditions() {
		if (bindingFailureConditions == null) {
			bindingFailureConditions = new EDataTypeUniqueEList<String>(String.class, this, ResourceV1Package.DEVICE__BINDING_FAILURE_CONDITIONS);
		}
		return bindingFailureConditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getBindsToNode() {
		return bindsToNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBindsToNode(Boolean newBindsToNode) {
		Boolean oldBindsToNode = bindsToNode;
		bindsToNode = newBindsToNode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.DEVICE__BINDS_TO_NODE, oldBindsToNode, bindsToNode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, DeviceCapacity> getCapacity() {
		if (capacity == null) {
			capacity = new EcoreEMap<String,DeviceCapacity>(ResourceV1Package.Literals.DEVICE_CAPACITY_MAP_ENTRY, DeviceCapacityMapEntryImpl.class, this, ResourceV1Package.DEVICE__CAPACITY);
		}
		return capacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeviceCounterConsumption> getConsumesCounters() {
		if (consumesCounters == null) {
			consumesCounters = new EObjectContainmentEList<DeviceCounterConsumption>(DeviceCounterConsumption.class, this, ResourceV1Package.DEVICE__CONSUMES_COUNTERS);
		}
		return consumesCounters;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.DEVICE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, NodeAllocatableResourceMapping> getNodeAllocatableResourceMappings() {
		if (nodeAllocatableResourceMappings == null) {
			nodeAllocatableResourceMappings = new EcoreEMap<String,NodeAllocatableResourceMapping>(ResourceV1Package.Literals.NODE_ALLOCATABLE_RESOURCE_MAPPING_MAP_ENTRY, NodeAllocatableResourceMappingMapEntryImpl.class, this, ResourceV1Package.DEVICE__NODE_ALLOCATABLE_RESOURCE_MAPPINGS);
		}
		return nodeAllocatableResourceMappings;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.DEVICE__NODE_NAME, oldNodeName, nodeName));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ResourceV1Package.DEVICE__NODE_SELECTOR, oldNodeSelector, newNodeSelector);
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
				msgs = ((InternalEObject)nodeSelector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ResourceV1Package.DEVICE__NODE_SELECTOR, null, msgs);
			if (newNodeSelector != null)
				msgs = ((InternalEObject)newNodeSelector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ResourceV1Package.DEVICE__NODE_SELECTOR, null, msgs);
			msgs = basicSetNodeSelector(newNodeSelector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.DEVICE__NODE_SELECTOR, newNodeSelector, newNodeSelector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeviceTaint> getTaints() {
		if (taints == null) {
			taints = new EObjectContainmentEList<DeviceTaint>(DeviceTaint.class, this, ResourceV1Package.DEVICE__TAINTS);
		}
		return taints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResourceV1Package.DEVICE__ATTRIBUTES:
				return ((InternalEList<?>)getAttributes()).basicRemove(otherEnd, msgs);
			case ResourceV1Package.DEVICE__CAPACITY:
				return ((InternalEList<?>)getCapacity()).basicRemove(otherEnd, msgs);
			case ResourceV1Package.DEVICE__CONSUMES_COUNTERS:
				return ((InternalEList<?>)getConsumesCounters()).basicRemove(otherEnd, msgs);
			case ResourceV1Package.DEVICE__NODE_ALLOCATABLE_RESOURCE_MAPPINGS:
				return ((InternalEList<?>)getNodeAllocatableResourceMappings()).basicRemove(otherEnd, msgs);
			case ResourceV1Package.DEVICE__NODE_SELECTOR:
				return basicSetNodeSelector(null, msgs);
			case ResourceV1Package.DEVICE__TAINTS:
				return ((InternalEList<?>)getTaints()).basicRemove(otherEnd, msgs);
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
			case ResourceV1Package.DEVICE__ALL_NODES:
				return getAllNodes();
			case ResourceV1Package.DEVICE__ALLOW_MULTIPLE_ALLOCATIONS:
				return getAllowMultipleAllocations();
			case ResourceV1Package.DEVICE__ATTRIBUTES:
				if (coreType) return getAttributes();
				else return getAttributes().map();
			case ResourceV1Package.DEVICE__BINDING_CONDITIONS:
				return getBindingConditions();
			case ResourceV1Package.DEVICE__BINDING_FAILURE_CONDITIONS:
				return getBindingFailureConditions();
			case ResourceV1Package.DEVICE__BINDS_TO_NODE:
				return getBindsToNode();
			case ResourceV1Package.DEVICE__CAPACITY:
				if (coreType) return getCapacity();
				else return getCapacity().map();
			case ResourceV1Package.DEVICE__CONSUMES_COUNTERS:
				return getConsumesCounters();
			case ResourceV1Package.DEVICE__NAME:
				return getName();
			case ResourceV1Package.DEVICE__NODE_ALLOCATABLE_RESOURCE_MAPPINGS:
				if (coreType) return getNodeAllocatableResourceMappings();
				else return getNodeAllocatableResourceMappings().map();
			case ResourceV1Package.DEVICE__NODE_NAME:
				return getNodeName();
			case ResourceV1Package.DEVICE__NODE_SELECTOR:
				return getNodeSelector();
			case ResourceV1Package.DEVICE__TAINTS:
				return getTaints();
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
			case ResourceV1Package.DEVICE__ALL_NODES:
				setAllNodes((Boolean)newValue);
				return;
			case ResourceV1Package.DEVICE__ALLOW_MULTIPLE_ALLOCATIONS:
				setAllowMultipleAllocations((Boolean)newValue);
				return;
			case ResourceV1Package.DEVICE__ATTRIBUTES:
				((EStructuralFeature.Setting)getAttributes()).set(newValue);
				return;
			case ResourceV1Package.DEVICE__BINDING_CONDITIONS:
				getBindingConditions().clear();
				getBindingConditions().addAll((Collection<? extends String>)newValue);
				return;
			case ResourceV1Package.DEVICE__BINDING_FAILURE_CONDITIONS:
				getBindingFailureConditions().clear();
				getBindingFailureConditions().addAll((Collection<? extends String>)newValue);
				return;
			case ResourceV1Package.DEVICE__BINDS_TO_NODE:
				setBindsToNode((Boolean)newValue);
				return;
			case ResourceV1Package.DEVICE__CAPACITY:
				((EStructuralFeature.Setting)getCapacity()).set(newValue);
				return;
			case ResourceV1Package.DEVICE__CONSUMES_COUNTERS:
				getConsumesCounters().clear();
				getConsumesCounters().addAll((Collection<? extends DeviceCounterConsumption>)newValue);
				return;
			case ResourceV1Package.DEVICE__NAME:
				setName((String)newValue);
				return;
			case ResourceV1Package.DEVICE__NODE_ALLOCATABLE_RESOURCE_MAPPINGS:
				((EStructuralFeature.Setting)getNodeAllocatableResourceMappings()).set(newValue);
				return;
			case ResourceV1Package.DEVICE__NODE_NAME:
				setNodeName((String)newValue);
				return;
			case ResourceV1Package.DEVICE__NODE_SELECTOR:
				setNodeSelector((NodeSelector)newValue);
				return;
			case ResourceV1Package.DEVICE__TAINTS:
				getTaints().clear();
				getTaints().addAll((Collection<? extends DeviceTaint>)newValue);
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
			case ResourceV1Package.DEVICE__ALL_NODES:
				setAllNodes(ALL_NODES_EDEFAULT);
				return;
			case ResourceV1Package.DEVICE__ALLOW_MULTIPLE_ALLOCATIONS:
				setAllowMultipleAllocations(ALLOW_MULTIPLE_ALLOCATIONS_EDEFAULT);
				return;
			case ResourceV1Package.DEVICE__ATTRIBUTES:
				getAttributes().clear();
				return;
			case ResourceV1Package.DEVICE__BINDING_CONDITIONS:
				getBindingConditions().clear();
				return;
			case ResourceV1Package.DEVICE__BINDING_FAILURE_CONDITIONS:
				getBindingFailureConditions().clear();
				return;
			case ResourceV1Package.DEVICE__BINDS_TO_NODE:
				setBindsToNode(BINDS_TO_NODE_EDEFAULT);
				return;
			case ResourceV1Package.DEVICE__CAPACITY:
				getCapacity().clear();
				return;
			case ResourceV1Package.DEVICE__CONSUMES_COUNTERS:
				getConsumesCounters().clear();
				return;
			case ResourceV1Package.DEVICE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ResourceV1Package.DEVICE__NODE_ALLOCATABLE_RESOURCE_MAPPINGS:
				getNodeAllocatableResourceMappings().clear();
				return;
			case ResourceV1Package.DEVICE__NODE_NAME:
				setNodeName(NODE_NAME_EDEFAULT);
				return;
			case ResourceV1Package.DEVICE__NODE_SELECTOR:
				setNodeSelector((NodeSelector)null);
				return;
			case ResourceV1Package.DEVICE__TAINTS:
				getTaints().clear();
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
			case ResourceV1Package.DEVICE__ALL_NODES:
				return ALL_NODES_EDEFAULT == null ? allNodes != null : !ALL_NODES_EDEFAULT.equals(allNodes);
			case ResourceV1Package.DEVICE__ALLOW_MULTIPLE_ALLOCATIONS:
				return ALLOW_MULTIPLE_ALLOCATIONS_EDEFAULT == null ? allowMultipleAllocations != null : !ALLOW_MULTIPLE_ALLOCATIONS_EDEFAULT.equals(allowMultipleAllocations);
			case ResourceV1Package.DEVICE__ATTRIBUTES:
				return attributes != null && !attributes.isEmpty();
			case ResourceV1Package.DEVICE__BINDING_CONDITIONS:
				return bindingConditions != null && !bindingConditions.isEmpty();
			case ResourceV1Package.DEVICE__BINDING_FAILURE_CONDITIONS:
				return bindingFailureConditions != null && !bindingFailureConditions.isEmpty();
			case ResourceV1Package.DEVICE__BINDS_TO_NODE:
				return BINDS_TO_NODE_EDEFAULT == null ? bindsToNode != null : !BINDS_TO_NODE_EDEFAULT.equals(bindsToNode);
			case ResourceV1Package.DEVICE__CAPACITY:
				return capacity != null && !capacity.isEmpty();
			case ResourceV1Package.DEVICE__CONSUMES_COUNTERS:
				return consumesCounters != null && !consumesCounters.isEmpty();
			case ResourceV1Package.DEVICE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ResourceV1Package.DEVICE__NODE_ALLOCATABLE_RESOURCE_MAPPINGS:
				return nodeAllocatableResourceMappings != null && !nodeAllocatableResourceMappings.isEmpty();
			case ResourceV1Package.DEVICE__NODE_NAME:
				return NODE_NAME_EDEFAULT == null ? nodeName != null : !NODE_NAME_EDEFAULT.equals(nodeName);
			case ResourceV1Package.DEVICE__NODE_SELECTOR:
				return nodeSelector != null;
			case ResourceV1Package.DEVICE__TAINTS:
				return taints != null && !taints.isEmpty();
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
		result.append(", allowMultipleAllocations: ");
		result.append(allowMultipleAllocations);
		result.append(", bindingConditions: ");
		result.append(bindingConditions);
		result.append(", bindingFailureConditions: ");
		result.append(bindingFailureConditions);
		result.append(", bindsToNode: ");
		result.append(bindsToNode);
		result.append(", name: ");
		result.append(name);
		result.append(", nodeName: ");
		result.append(nodeName);
		result.append(')');
		return result.toString();
	}

} //DeviceImpl
