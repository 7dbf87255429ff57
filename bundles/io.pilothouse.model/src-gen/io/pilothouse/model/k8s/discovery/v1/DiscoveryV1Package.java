/**
 */
package io.pilothouse.model.k8s.discovery.v1;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Factory
 * @generated
 */
public interface DiscoveryV1Package extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "v1";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://pilothouse.io/model/k8s/discovery/v1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "discovery.v1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DiscoveryV1Package eINSTANCE = io.pilothouse.model.k8s.discovery.v1.impl.DiscoveryV1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.discovery.v1.impl.EndpointImpl <em>Endpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.discovery.v1.impl.EndpointImpl
	 * @see io.pilothouse.model.k8s.discovery.v1.impl.DiscoveryV1PackageImpl#getEndpoint()
	 * @generated
	 */
	int ENDPOINT = 0;

	/**
	 * The feature id for the '<em><b>Addresses</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__ADDRESSES = 0;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__CONDITIONS = 1;

	/**
	 * The feature id for the '<em><b>Deprecated Topology</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__DEPRECATED_TOPOLOGY = 2;

	/**
	 * The feature id for the '<em><b>Hints</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__HINTS = 3;

	/**
	 * The feature id for the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__HOSTNAME = 4;

	/**
	 * The feature id for the '<em><b>Node Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__NODE_NAME = 5;

	/**
	 * The feature id for the '<em><b>Target Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__TARGET_REF = 6;

	/**
	 * The feature id for the '<em><b>Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__ZONE = 7;

	/**
	 * The number of structural features of the '<em>Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_FEATURE_COUNT = 8;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.discovery.v1.impl.EndpointConditionsImpl <em>Endpoint Conditions</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.discovery.v1.impl.EndpointConditionsImpl
	 * @see io.pilothouse.model.k8s.discovery.v1.impl.DiscoveryV1PackageImpl#getEndpointConditions()
	 * @generated
	 */
	int ENDPOINT_CONDITIONS = 1;

	/**
	 * The feature id for the '<em><b>Ready</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_CONDITIONS__READY = 0;

	/**
	 * The feature id for the '<em><b>Serving</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_CONDITIONS__SERVING = 1;

	/**
	 * The feature id for the '<em><b>Terminating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_CONDITIONS__TERMINATING = 2;

	/**
	 * The number of structural features of the '<em>Endpoint Conditions</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_CONDITIONS_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.discovery.v1.impl.EndpointHintsImpl <em>Endpoint Hints</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.discovery.v1.impl.EndpointHintsImpl
	 * @see io.pilothouse.model.k8s.discovery.v1.impl.DiscoveryV1PackageImpl#getEndpointHints()
	 * @generated
	 */
	int ENDPOINT_HINTS = 2;

	/**
	 * The feature id for the '<em><b>For Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_HINTS__FOR_NODES = 0;

	/**
	 * The feature id for the '<em><b>For Zones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_HINTS__FOR_ZONES = 1;

	/**
	 * The number of structural features of the '<em>Endpoint Hints</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_HINTS_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.discovery.v1.impl.EndpointPortImpl <em>Endpoint Port</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.discovery.v1.impl.EndpointPortImpl
	 * @see io.pilothouse.model.k8s.discovery.v1.impl.DiscoveryV1PackageImpl#getEndpointPort()
	 * @generated
	 */
	int ENDPOINT_PORT = 3;

	/**
	 * The feature id for the '<em><b>App Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_PORT__APP_PROTOCOL = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_PORT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_PORT__PORT = 2;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_PORT__PROTOCOL = 3;

	/**
	 * The number of structural features of the '<em>Endpoint Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_PORT_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.discovery.v1.impl.EndpointSliceImpl <em>Endpoint Slice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.discovery.v1.impl.EndpointSliceImpl
	 * @see io.pilothouse.model.k8s.discovery.v1.impl.DiscoveryV1PackageImpl#getEndpointSlice()
	 * @generated
	 */
	int ENDPOINT_SLICE = 4;

	/**
	 * The feature id for the '<em><b>Address Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_SLICE__ADDRESS_TYPE = 0;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_SLICE__API_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Endpoints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_SLICE__ENDPOINTS = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_SLICE__KIND = 3;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_SLICE__METADATA = 4;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_SLICE__PORTS = 5;

	/**
	 * The number of structural features of the '<em>Endpoint Slice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_SLICE_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.discovery.v1.impl.EndpointSliceListImpl <em>Endpoint Slice List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.discovery.v1.impl.EndpointSliceListImpl
	 * @see io.pilothouse.model.k8s.discovery.v1.impl.DiscoveryV1PackageImpl#getEndpointSliceList()
	 * @generated
	 */
	int ENDPOINT_SLICE_LIST = 5;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_SLICE_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_SLICE_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_SLICE_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_SLICE_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Endpoint Slice List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_SLICE_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.discovery.v1.impl.ForNodeImpl <em>For Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.discovery.v1.impl.ForNodeImpl
	 * @see io.pilothouse.model.k8s.discovery.v1.impl.DiscoveryV1PackageImpl#getForNode()
	 * @generated
	 */
	int FOR_NODE = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOR_NODE__NAME = 0;

	/**
	 * The number of structural features of the '<em>For Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOR_NODE_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.discovery.v1.impl.ForZoneImpl <em>For Zone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.discovery.v1.impl.ForZoneImpl
	 * @see io.pilothouse.model.k8s.discovery.v1.impl.DiscoveryV1PackageImpl#getForZone()
	 * @generated
	 */
	int FOR_ZONE = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOR_ZONE__NAME = 0;

	/**
	 * The number of structural features of the '<em>For Zone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOR_ZONE_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.discovery.v1.impl.StringMapEntryImpl <em>String Map Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.discovery.v1.impl.StringMapEntryImpl
	 * @see io.pilothouse.model.k8s.discovery.v1.impl.DiscoveryV1PackageImpl#getStringMapEntry()
	 * @generated
	 */
	int STRING_MAP_ENTRY = 8;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_MAP_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_MAP_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>String Map Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_MAP_ENTRY_FEATURE_COUNT = 2;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.discovery.v1.Endpoint <em>Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Endpoint</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.Endpoint
	 * @generated
	 */
	EClass getEndpoint();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.discovery.v1.Endpoint#getAddresses <em>Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Addresses</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.Endpoint#getAddresses()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Addresses();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.discovery.v1.Endpoint#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.Endpoint#getConditions()
	 * @see #getEndpoint()
	 * @generated
	 */
	EReference getEndpoint_Conditions();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.discovery.v1.Endpoint#getDeprecatedTopology <em>Deprecated Topology</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Deprecated Topology</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.Endpoint#getDeprecatedTopology()
	 * @see #getEndpoint()
	 * @generated
	 */
	EReference getEndpoint_DeprecatedTopology();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.discovery.v1.Endpoint#getHints <em>Hints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Hints</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.Endpoint#getHints()
	 * @see #getEndpoint()
	 * @generated
	 */
	EReference getEndpoint_Hints();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.discovery.v1.Endpoint#getHostname <em>Hostname</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hostname</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.Endpoint#getHostname()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Hostname();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.discovery.v1.Endpoint#getNodeName <em>Node Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Node Name</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.Endpoint#getNodeName()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_NodeName();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.discovery.v1.Endpoint#getTargetRef <em>Target Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Target Ref</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.Endpoint#getTargetRef()
	 * @see #getEndpoint()
	 * @generated
	 */
	EReference getEndpoint_TargetRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.discovery.v1.Endpoint#getZone <em>Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zone</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.Endpoint#getZone()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Zone();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.discovery.v1.EndpointConditions <em>Endpoint Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Endpoint Conditions</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.EndpointConditions
	 * @generated
	 */
	EClass getEndpointConditions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.discovery.v1.EndpointConditions#getReady <em>Ready</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ready</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.EndpointConditions#getReady()
	 * @see #getEndpointConditions()
	 * @generated
	 */
	EAttribute getEndpointConditions_Ready();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.discovery.v1.EndpointConditions#getServing <em>Serving</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Serving</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.EndpointConditions#getServing()
	 * @see #getEndpointConditions()
	 * @generated
	 */
	EAttribute getEndpointConditions_Serving();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.discovery.v1.EndpointConditions#getTerminating <em>Terminating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Terminating</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.EndpointConditions#getTerminating()
	 * @see #getEndpointConditions()
	 * @generated
	 */
	EAttribute getEndpointConditions_Terminating();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.discovery.v1.EndpointHints <em>Endpoint Hints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Endpoint Hints</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.EndpointHints
	 * @generated
	 */
	EClass getEndpointHints();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.discovery.v1.EndpointHints#getForNodes <em>For Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>For Nodes</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.EndpointHints#getForNodes()
	 * @see #getEndpointHints()
	 * @generated
	 */
	EReference getEndpointHints_ForNodes();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.discovery.v1.EndpointHints#getForZones <em>For Zones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>For Zones</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.EndpointHints#getForZones()
	 * @see #getEndpointHints()
	 * @generated
	 */
	EReference getEndpointHints_ForZones();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.discovery.v1.EndpointPort <em>Endpoint Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Endpoint Port</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.EndpointPort
	 * @generated
	 */
	EClass getEndpointPort();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.discovery.v1.EndpointPort#getAppProtocol <em>App Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>App Protocol</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.EndpointPort#getAppProtocol()
	 * @see #getEndpointPort()
	 * @generated
	 */
	EAttribute getEndpointPort_AppProtocol();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.discovery.v1.EndpointPort#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.EndpointPort#getName()
	 * @see #getEndpointPort()
	 * @generated
	 */
	EAttribute getEndpointPort_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.discovery.v1.EndpointPort#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.EndpointPort#getPort()
	 * @see #getEndpointPort()
	 * @generated
	 */
	EAttribute getEndpointPort_Port();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.discovery.v1.EndpointPort#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.EndpointPort#getProtocol()
	 * @see #getEndpointPort()
	 * @generated
	 */
	EAttribute getEndpointPort_Protocol();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.discovery.v1.EndpointSlice <em>Endpoint Slice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Endpoint Slice</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.EndpointSlice
	 * @generated
	 */
	EClass getEndpointSlice();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.discovery.v1.EndpointSlice#getAddressType <em>Address Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address Type</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.EndpointSlice#getAddressType()
	 * @see #getEndpointSlice()
	 * @generated
	 */
	EAttribute getEndpointSlice_AddressType();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.discovery.v1.EndpointSlice#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.EndpointSlice#getApiVersion()
	 * @see #getEndpointSlice()
	 * @generated
	 */
	EAttribute getEndpointSlice_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.discovery.v1.EndpointSlice#getEndpoints <em>Endpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Endpoints</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.EndpointSlice#getEndpoints()
	 * @see #getEndpointSlice()
	 * @generated
	 */
	EReference getEndpointSlice_Endpoints();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.discovery.v1.EndpointSlice#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.EndpointSlice#getKind()
	 * @see #getEndpointSlice()
	 * @generated
	 */
	EAttribute getEndpointSlice_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.discovery.v1.EndpointSlice#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.EndpointSlice#getMetadata()
	 * @see #getEndpointSlice()
	 * @generated
	 */
	EReference getEndpointSlice_Metadata();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.discovery.v1.EndpointSlice#getPorts <em>Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ports</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.EndpointSlice#getPorts()
	 * @see #getEndpointSlice()
	 * @generated
	 */
	EReference getEndpointSlice_Ports();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.discovery.v1.EndpointSliceList <em>Endpoint Slice List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Endpoint Slice List</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.EndpointSliceList
	 * @generated
	 */
	EClass getEndpointSliceList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.discovery.v1.EndpointSliceList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.EndpointSliceList#getApiVersion()
	 * @see #getEndpointSliceList()
	 * @generated
	 */
	EAttribute getEndpointSliceList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.discovery.v1.EndpointSliceList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.EndpointSliceList#getItems()
	 * @see #getEndpointSliceList()
	 * @generated
	 */
	EReference getEndpointSliceList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.discovery.v1.EndpointSliceList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.EndpointSliceList#getKind()
	 * @see #getEndpointSliceList()
	 * @generated
	 */
	EAttribute getEndpointSliceList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.discovery.v1.EndpointSliceList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.EndpointSliceList#getMetadata()
	 * @see #getEndpointSliceList()
	 * @generated
	 */
	EReference getEndpointSliceList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.discovery.v1.ForNode <em>For Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>For Node</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.ForNode
	 * @generated
	 */
	EClass getForNode();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.discovery.v1.ForNode#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.ForNode#getName()
	 * @see #getForNode()
	 * @generated
	 */
	EAttribute getForNode_Name();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.discovery.v1.ForZone <em>For Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>For Zone</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.ForZone
	 * @generated
	 */
	EClass getForZone();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.discovery.v1.ForZone#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.discovery.v1.ForZone#getName()
	 * @see #getForZone()
	 * @generated
	 */
	EAttribute getForZone_Name();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>String Map Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>String Map Entry</em>'.
	 * @see java.util.Map.Entry
	 * @generated
	 */
	EClass getStringMapEntry();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getStringMapEntry()
	 * @generated
	 */
	EAttribute getStringMapEntry_Key();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getStringMapEntry()
	 * @generated
	 */
	EAttribute getStringMapEntry_Value();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DiscoveryV1Factory getDiscoveryV1Factory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.discovery.v1.impl.EndpointImpl <em>Endpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.discovery.v1.impl.EndpointImpl
		 * @see io.pilothouse.model.k8s.discovery.v1.impl.DiscoveryV1PackageImpl#getEndpoint()
		 * @generated
		 */
		EClass ENDPOINT = eINSTANCE.getEndpoint();

		/**
		 * The meta object literal for the '<em><b>Addresses</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__ADDRESSES = eINSTANCE.getEndpoint_Addresses();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT__CONDITIONS = eINSTANCE.getEndpoint_Conditions();

		/**
		 * The meta object literal for the '<em><b>Deprecated Topology</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT__DEPRECATED_TOPOLOGY = eINSTANCE.getEndpoint_DeprecatedTopology();

		/**
		 * The meta object literal for the '<em><b>Hints</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT__HINTS = eINSTANCE.getEndpoint_Hints();

		/**
		 * The meta object literal for the '<em><b>Hostname</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__HOSTNAME = eINSTANCE.getEndpoint_Hostname();

		/**
		 * The meta object literal for the '<em><b>Node Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__NODE_NAME = eINSTANCE.getEndpoint_NodeName();

		/**
		 * The meta object literal for the '<em><b>Target Ref</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT__TARGET_REF = eINSTANCE.getEndpoint_TargetRef();

		/**
		 * The meta object literal for the '<em><b>Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__ZONE = eINSTANCE.getEndpoint_Zone();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.discovery.v1.impl.EndpointConditionsImpl <em>Endpoint Conditions</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.discovery.v1.impl.EndpointConditionsImpl
		 * @see io.pilothouse.model.k8s.discovery.v1.impl.DiscoveryV1PackageImpl#getEndpointConditions()
		 * @generated
		 */
		EClass ENDPOINT_CONDITIONS = eINSTANCE.getEndpointConditions();

		/**
		 * The meta object literal for the '<em><b>Ready</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT_CONDITIONS__READY = eINSTANCE.getEndpointConditions_Ready();

		/**
		 * The meta object literal for the '<em><b>Serving</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT_CONDITIONS__SERVING = eINSTANCE.getEndpointConditions_Serving();

		/**
		 * The meta object literal for the '<em><b>Terminating</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT_CONDITIONS__TERMINATING = eINSTANCE.getEndpointConditions_Terminating();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.discovery.v1.impl.EndpointHintsImpl <em>Endpoint Hints</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.discovery.v1.impl.EndpointHintsImpl
		 * @see io.pilothouse.model.k8s.discovery.v1.impl.DiscoveryV1PackageImpl#getEndpointHints()
		 * @generated
		 */
		EClass ENDPOINT_HINTS = eINSTANCE.getEndpointHints();

		/**
		 * The meta object literal for the '<em><b>For Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT_HINTS__FOR_NODES = eINSTANCE.getEndpointHints_ForNodes();

		/**
		 * The meta object literal for the '<em><b>For Zones</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT_HINTS__FOR_ZONES = eINSTANCE.getEndpointHints_ForZones();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.discovery.v1.impl.EndpointPortImpl <em>Endpoint Port</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.discovery.v1.impl.EndpointPortImpl
		 * @see io.pilothouse.model.k8s.discovery.v1.impl.DiscoveryV1PackageImpl#getEndpointPort()
		 * @generated
		 */
		EClass ENDPOINT_PORT = eINSTANCE.getEndpointPort();

		/**
		 * The meta object literal for the '<em><b>App Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT_PORT__APP_PROTOCOL = eINSTANCE.getEndpointPort_AppProtocol();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT_PORT__NAME = eINSTANCE.getEndpointPort_Name();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT_PORT__PORT = eINSTANCE.getEndpointPort_Port();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT_PORT__PROTOCOL = eINSTANCE.getEndpointPort_Protocol();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.discovery.v1.impl.EndpointSliceImpl <em>Endpoint Slice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.discovery.v1.impl.EndpointSliceImpl
		 * @see io.pilothouse.model.k8s.discovery.v1.impl.DiscoveryV1PackageImpl#getEndpointSlice()
		 * @generated
		 */
		EClass ENDPOINT_SLICE = eINSTANCE.getEndpointSlice();

		/**
		 * The meta object literal for the '<em><b>Address Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT_SLICE__ADDRESS_TYPE = eINSTANCE.getEndpointSlice_AddressType();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT_SLICE__API_VERSION = eINSTANCE.getEndpointSlice_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Endpoints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT_SLICE__ENDPOINTS = eINSTANCE.getEndpointSlice_Endpoints();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT_SLICE__KIND = eINSTANCE.getEndpointSlice_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT_SLICE__METADATA = eINSTANCE.getEndpointSlice_Metadata();

		/**
		 * The meta object literal for the '<em><b>Ports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT_SLICE__PORTS = eINSTANCE.getEndpointSlice_Ports();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.discovery.v1.impl.EndpointSliceListImpl <em>Endpoint Slice List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.discovery.v1.impl.EndpointSliceListImpl
		 * @see io.pilothouse.model.k8s.discovery.v1.impl.DiscoveryV1PackageImpl#getEndpointSliceList()
		 * @generated
		 */
		EClass ENDPOINT_SLICE_LIST = eINSTANCE.getEndpointSliceList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT_SLICE_LIST__API_VERSION = eINSTANCE.getEndpointSliceList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT_SLICE_LIST__ITEMS = eINSTANCE.getEndpointSliceList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT_SLICE_LIST__KIND = eINSTANCE.getEndpointSliceList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT_SLICE_LIST__METADATA = eINSTANCE.getEndpointSliceList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.discovery.v1.impl.ForNodeImpl <em>For Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.discovery.v1.impl.ForNodeImpl
		 * @see io.pilothouse.model.k8s.discovery.v1.impl.DiscoveryV1PackageImpl#getForNode()
		 * @generated
		 */
		EClass FOR_NODE = eINSTANCE.getForNode();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOR_NODE__NAME = eINSTANCE.getForNode_Name();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.discovery.v1.impl.ForZoneImpl <em>For Zone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.discovery.v1.impl.ForZoneImpl
		 * @see io.pilothouse.model.k8s.discovery.v1.impl.DiscoveryV1PackageImpl#getForZone()
		 * @generated
		 */
		EClass FOR_ZONE = eINSTANCE.getForZone();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOR_ZONE__NAME = eINSTANCE.getForZone_Name();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.discovery.v1.impl.StringMapEntryImpl <em>String Map Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.discovery.v1.impl.StringMapEntryImpl
		 * @see io.pilothouse.model.k8s.discovery.v1.impl.DiscoveryV1PackageImpl#getStringMapEntry()
		 * @generated
		 */
		EClass STRING_MAP_ENTRY = eINSTANCE.getStringMapEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRING_MAP_ENTRY__KEY = eINSTANCE.getStringMapEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRING_MAP_ENTRY__VALUE = eINSTANCE.getStringMapEntry_Value();

	}

} //DiscoveryV1Package
