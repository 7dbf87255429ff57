/**
 */
package io.pilothouse.model.k8s.discovery.v1.impl;

import io.pilothouse.model.k8s.core.v1.ObjectReference;

import io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package;
import io.pilothouse.model.k8s.discovery.v1.Endpoint;
import io.pilothouse.model.k8s.discovery.v1.EndpointConditions;
import io.pilothouse.model.k8s.discovery.v1.EndpointHints;

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
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Endpoint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.impl.EndpointImpl#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.impl.EndpointImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.impl.EndpointImpl#getDeprecatedTopology <em>Deprecated Topology</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.impl.EndpointImpl#getHints <em>Hints</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.impl.EndpointImpl#getHostname <em>Hostname</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.impl.EndpointImpl#getNodeName <em>Node Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.impl.EndpointImpl#getTargetRef <em>Target Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.impl.EndpointImpl#getZone <em>Zone</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EndpointImpl extends MinimalEObjectImpl.Container implements Endpoint {
	/**
	 * The cached value of the '{@link #getAddresses() <em>Addresses</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddresses()
	 * @generated
	 * @ordered
	 */
	protected EList<String> addresses;

	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EndpointConditions conditions;

	/**
	 * The cached value of the '{@link #getDeprecatedTopology() <em>Deprecated Topology</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeprecatedTopology()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> deprecatedTopology;

	/**
	 * The cached value of the '{@link #getHints() <em>Hints</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHints()
	 * @generated
	 * @ordered
	 */
	protected EndpointHints hints;

	/**
	 * The default value of the '{@link #getHostname() <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostname()
	 * @generated
	 * @ordered
	 */
	protected static final String HOSTNAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostname() <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostname()
	 * @generated
	 * @ordered
	 */
	protected String hostname = HOSTNAME_EDEFAULT;

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
	 * The cached value of the '{@link #getTargetRef() <em>Target Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetRef()
	 * @generated
	 * @ordered
	 */
	protected ObjectReference targetRef;

	/**
	 * The default value of the '{@link #getZone() <em>Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZone()
	 * @generated
	 * @ordered
	 */
	protected static final String ZONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getZone() <em>Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZone()
	 * @generated
	 * @ordered
	 */
	protected String zone = ZONE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EndpointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DiscoveryV1Package.Literals.ENDPOINT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAddresses() {
		if (addresses == null) {
			addresses = new EDataTypeUniqueEList<String>(String.class, this, DiscoveryV1Package.ENDPOINT__ADDRESSES);
		}
		return addresses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EndpointConditions getConditions() {
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetConditions(EndpointConditions newConditions, NotificationChain msgs) {
		EndpointConditions oldConditions = conditions;
		conditions = newConditions;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DiscoveryV1Package.ENDPOINT__CONDITIONS, oldConditions, newConditions);
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
	public void setConditions(EndpointConditions newConditions) {
		if (newConditions != conditions) {
			NotificationChain msgs = null;
			if (conditions != null)
				msgs = ((InternalEObject)conditions).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DiscoveryV1Package.ENDPOINT__CONDITIONS, null, msgs);
			if (newConditions != null)
				msgs = ((InternalEObject)newConditions).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DiscoveryV1Package.ENDPOINT__CONDITIONS, null, msgs);
			msgs = basicSetConditions(newConditions, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiscoveryV1Package.ENDPOINT__CONDITIONS, newConditions, newConditions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getDeprecatedTopology() {
		if (deprecatedTopology == null) {
			deprecatedTopology = new EcoreEMap<String,String>(DiscoveryV1Package.Literals.STRING_MAP_ENTRY, StringMapEntryImpl.class, this, DiscoveryV1Package.ENDPOINT__DEPRECATED_TOPOLOGY);
		}
		return deprecatedTopology;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EndpointHints getHints() {
		return hints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHints(EndpointHints newHints, NotificationChain msgs) {
		EndpointHints oldHints = hints;
		hints = newHints;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DiscoveryV1Package.ENDPOINT__HINTS, oldHints, newHints);
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
	public void setHints(EndpointHints newHints) {
		if (newHints != hints) {
			NotificationChain msgs = null;
			if (hints != null)
				msgs = ((InternalEObject)hints).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DiscoveryV1Package.ENDPOINT__HINTS, null, msgs);
			if (newHints != null)
				msgs = ((InternalEObject)newHints).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DiscoveryV1Package.ENDPOINT__HINTS, null, msgs);
			msgs = basicSetHints(newHints, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiscoveryV1Package.ENDPOINT__HINTS, newHints, newHints));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHostname() {
		return hostname;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostname(String newHostname) {
		String oldHostname = hostname;
		hostname = newHostname;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiscoveryV1Package.ENDPOINT__HOSTNAME, oldHostname, hostname));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DiscoveryV1Package.ENDPOINT__NODE_NAME, oldNodeName, nodeName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectReference getTargetRef() {
		return targetRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTargetRef(ObjectReference newTargetRef, NotificationChain msgs) {
		ObjectReference oldTargetRef = targetRef;
		targetRef = newTargetRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DiscoveryV1Package.ENDPOINT__TARGET_REF, oldTargetRef, newTargetRef);
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
	public void setTargetRef(ObjectReference newTargetRef) {
		if (newTargetRef != targetRef) {
			NotificationChain msgs = null;
			if (targetRef != null)
				msgs = ((InternalEObject)targetRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DiscoveryV1Package.ENDPOINT__TARGET_REF, null, msgs);
			if (newTargetRef != null)
				msgs = ((InternalEObject)newTargetRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DiscoveryV1Package.ENDPOINT__TARGET_REF, null, msgs);
			msgs = basicSetTargetRef(newTargetRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiscoveryV1Package.ENDPOINT__TARGET_REF, newTargetRef, newTargetRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getZone() {
		return zone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZone(String newZone) {
		String oldZone = zone;
		zone = newZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiscoveryV1Package.ENDPOINT__ZONE, oldZone, zone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DiscoveryV1Package.ENDPOINT__CONDITIONS:
				return basicSetConditions(null, msgs);
			case DiscoveryV1Package.ENDPOINT__DEPRECATED_TOPOLOGY:
				return ((InternalEList<?>)getDeprecatedTopology()).basicRemove(otherEnd, msgs);
			case DiscoveryV1Package.ENDPOINT__HINTS:
				return basicSetHints(null, msgs);
			case DiscoveryV1Package.ENDPOINT__TARGET_REF:
				return basicSetTargetRef(null, msgs);
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
			case DiscoveryV1Package.ENDPOINT__ADDRESSES:
				return getAddresses();
			case DiscoveryV1Package.ENDPOINT__CONDITIONS:
				return getConditions();
			case DiscoveryV1Package.ENDPOINT__DEPRECATED_TOPOLOGY:
				if (coreType) return getDeprecatedTopology();
				else return getDeprecatedTopology().map();
			case DiscoveryV1Package.ENDPOINT__HINTS:
				return getHints();
			case DiscoveryV1Package.ENDPOINT__HOSTNAME:
				return getHostname();
			case DiscoveryV1Package.ENDPOINT__NODE_NAME:
				return getNodeName();
			case DiscoveryV1Package.ENDPOINT__TARGET_REF:
				return getTargetRef();
			case DiscoveryV1Package.ENDPOINT__ZONE:
				return getZone();
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
			case DiscoveryV1Package.ENDPOINT__ADDRESSES:
				getAddresses().clear();
				getAddresses().addAll((Collection<? extends String>)newValue);
				return;
			case DiscoveryV1Package.ENDPOINT__CONDITIONS:
				setConditions((EndpointConditions)newValue);
				return;
			case DiscoveryV1Package.ENDPOINT__DEPRECATED_TOPOLOGY:
				((EStructuralFeature.Setting)getDeprecatedTopology()).set(newValue);
				return;
			case DiscoveryV1Package.ENDPOINT__HINTS:
				setHints((EndpointHints)newValue);
				return;
			case DiscoveryV1Package.ENDPOINT__HOSTNAME:
				setHostname((String)newValue);
				return;
			case DiscoveryV1Package.ENDPOINT__NODE_NAME:
				setNodeName((String)newValue);
				return;
			case DiscoveryV1Package.ENDPOINT__TARGET_REF:
				setTargetRef((ObjectReference)newValue);
				return;
			case DiscoveryV1Package.ENDPOINT__ZONE:
				setZone((String)newValue);
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
			case DiscoveryV1Package.ENDPOINT__ADDRESSES:
				getAddresses().clear();
				return;
			case DiscoveryV1Package.ENDPOINT__CONDITIONS:
				setConditions((EndpointConditions)null);
				return;
			case DiscoveryV1Package.ENDPOINT__DEPRECATED_TOPOLOGY:
				getDeprecatedTopology().clear();
				return;
			case DiscoveryV1Package.ENDPOINT__HINTS:
				setHints((EndpointHints)null);
				return;
			case DiscoveryV1Package.ENDPOINT__HOSTNAME:
				setHostname(HOSTNAME_EDEFAULT);
				return;
			case DiscoveryV1Package.ENDPOINT__NODE_NAME:
				setNodeName(NODE_NAME_EDEFAULT);
				return;
			case DiscoveryV1Package.ENDPOINT__TARGET_REF:
				setTargetRef((ObjectReference)null);
				return;
			case DiscoveryV1Package.ENDPOINT__ZONE:
				setZone(ZONE_EDEFAULT);
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
			case DiscoveryV1Package.ENDPOINT__ADDRESSES:
				return addresses != null && !addresses.isEmpty();
			case DiscoveryV1Package.ENDPOINT__CONDITIONS:
				return conditions != null;
			case DiscoveryV1Package.ENDPOINT__DEPRECATED_TOPOLOGY:
				return deprecatedTopology != null && !deprecatedTopology.isEmpty();
			case DiscoveryV1Package.ENDPOINT__HINTS:
				return hints != null;
			case DiscoveryV1Package.ENDPOINT__HOSTNAME:
				return HOSTNAME_EDEFAULT == null ? hostname != null : !HOSTNAME_EDEFAULT.equals(hostname);
			case DiscoveryV1Package.ENDPOINT__NODE_NAME:
				return NODE_NAME_EDEFAULT == null ? nodeName != null : !NODE_NAME_EDEFAULT.equals(nodeName);
			case DiscoveryV1Package.ENDPOINT__TARGET_REF:
				return targetRef != null;
			case DiscoveryV1Package.ENDPOINT__ZONE:
				return ZONE_EDEFAULT == null ? zone != null : !ZONE_EDEFAULT.equals(zone);
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
		result.append(" (addresses: ");
		result.append(addresses);
		result.append(", hostname: ");
		result.append(hostname);
		result.append(", nodeName: ");
		result.append(nodeName);
		result.append(", zone: ");
		result.append(zone);
		result.append(')');
		return result.toString();
	}

} //EndpointImpl
