/**
 */
package io.pilothouse.model.k8s.gateway.v1alpha2;

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
 * @see io.pilothouse.model.k8s.gateway.v1alpha2.GatewayV1alpha2Factory
 * @generated
 */
public interface GatewayV1alpha2Package extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "v1alpha2";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://pilothouse.io/model/k8s/gateway/v1alpha2";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "gateway.v1alpha2";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	GatewayV1alpha2Package eINSTANCE = io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteImpl <em>TCP Route</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTCPRoute()
	 * @generated
	 */
	int TCP_ROUTE = 0;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE__STATUS = 4;

	/**
	 * The number of structural features of the '<em>TCP Route</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteImpl <em>TLS Route</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTLSRoute()
	 * @generated
	 */
	int TLS_ROUTE = 1;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE__STATUS = 4;

	/**
	 * The number of structural features of the '<em>TLS Route</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteImpl <em>UDP Route</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getUDPRoute()
	 * @generated
	 */
	int UDP_ROUTE = 2;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE__STATUS = 4;

	/**
	 * The number of structural features of the '<em>UDP Route</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteSpecImpl <em>TCP Route Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteSpecImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTCPRouteSpec()
	 * @generated
	 */
	int TCP_ROUTE_SPEC = 3;

	/**
	 * The feature id for the '<em><b>Parent Refs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_SPEC__PARENT_REFS = 0;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_SPEC__RULES = 1;

	/**
	 * The number of structural features of the '<em>TCP Route Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_SPEC_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteParentRefImpl <em>TCP Route Parent Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteParentRefImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTCPRouteParentRef()
	 * @generated
	 */
	int TCP_ROUTE_PARENT_REF = 4;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_PARENT_REF__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_PARENT_REF__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_PARENT_REF__NAME = 2;

	/**
	 * The feature id for the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_PARENT_REF__NAMESPACE = 3;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_PARENT_REF__PORT = 4;

	/**
	 * The feature id for the '<em><b>Section Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_PARENT_REF__SECTION_NAME = 5;

	/**
	 * The number of structural features of the '<em>TCP Route Parent Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_PARENT_REF_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteRuleImpl <em>TCP Route Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteRuleImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTCPRouteRule()
	 * @generated
	 */
	int TCP_ROUTE_RULE = 5;

	/**
	 * The feature id for the '<em><b>Backend Refs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_RULE__BACKEND_REFS = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_RULE__NAME = 1;

	/**
	 * The number of structural features of the '<em>TCP Route Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_RULE_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteBackendRefImpl <em>TCP Route Backend Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteBackendRefImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTCPRouteBackendRef()
	 * @generated
	 */
	int TCP_ROUTE_BACKEND_REF = 6;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_BACKEND_REF__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_BACKEND_REF__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_BACKEND_REF__NAME = 2;

	/**
	 * The feature id for the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_BACKEND_REF__NAMESPACE = 3;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_BACKEND_REF__PORT = 4;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_BACKEND_REF__WEIGHT = 5;

	/**
	 * The number of structural features of the '<em>TCP Route Backend Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_BACKEND_REF_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteStatusImpl <em>TCP Route Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteStatusImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTCPRouteStatus()
	 * @generated
	 */
	int TCP_ROUTE_STATUS = 7;

	/**
	 * The feature id for the '<em><b>Parents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_STATUS__PARENTS = 0;

	/**
	 * The number of structural features of the '<em>TCP Route Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_STATUS_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteParentImpl <em>TCP Route Parent</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteParentImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTCPRouteParent()
	 * @generated
	 */
	int TCP_ROUTE_PARENT = 8;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_PARENT__CONDITIONS = 0;

	/**
	 * The feature id for the '<em><b>Controller Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_PARENT__CONTROLLER_NAME = 1;

	/**
	 * The feature id for the '<em><b>Parent Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_PARENT__PARENT_REF = 2;

	/**
	 * The number of structural features of the '<em>TCP Route Parent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_PARENT_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteConditionImpl <em>TCP Route Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteConditionImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTCPRouteCondition()
	 * @generated
	 */
	int TCP_ROUTE_CONDITION = 9;

	/**
	 * The feature id for the '<em><b>Last Transition Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_CONDITION__LAST_TRANSITION_TIME = 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_CONDITION__MESSAGE = 1;

	/**
	 * The feature id for the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_CONDITION__OBSERVED_GENERATION = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_CONDITION__REASON = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_CONDITION__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_CONDITION__TYPE = 5;

	/**
	 * The number of structural features of the '<em>TCP Route Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_ROUTE_CONDITION_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteSpecImpl <em>TLS Route Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteSpecImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTLSRouteSpec()
	 * @generated
	 */
	int TLS_ROUTE_SPEC = 10;

	/**
	 * The feature id for the '<em><b>Hostnames</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_SPEC__HOSTNAMES = 0;

	/**
	 * The feature id for the '<em><b>Parent Refs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_SPEC__PARENT_REFS = 1;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_SPEC__RULES = 2;

	/**
	 * The number of structural features of the '<em>TLS Route Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_SPEC_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteParentRefImpl <em>TLS Route Parent Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteParentRefImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTLSRouteParentRef()
	 * @generated
	 */
	int TLS_ROUTE_PARENT_REF = 11;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_PARENT_REF__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_PARENT_REF__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_PARENT_REF__NAME = 2;

	/**
	 * The feature id for the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_PARENT_REF__NAMESPACE = 3;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_PARENT_REF__PORT = 4;

	/**
	 * The feature id for the '<em><b>Section Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_PARENT_REF__SECTION_NAME = 5;

	/**
	 * The number of structural features of the '<em>TLS Route Parent Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_PARENT_REF_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteRuleImpl <em>TLS Route Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteRuleImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTLSRouteRule()
	 * @generated
	 */
	int TLS_ROUTE_RULE = 12;

	/**
	 * The feature id for the '<em><b>Backend Refs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_RULE__BACKEND_REFS = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_RULE__NAME = 1;

	/**
	 * The number of structural features of the '<em>TLS Route Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_RULE_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteBackendRefImpl <em>TLS Route Backend Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteBackendRefImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTLSRouteBackendRef()
	 * @generated
	 */
	int TLS_ROUTE_BACKEND_REF = 13;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_BACKEND_REF__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_BACKEND_REF__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_BACKEND_REF__NAME = 2;

	/**
	 * The feature id for the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_BACKEND_REF__NAMESPACE = 3;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_BACKEND_REF__PORT = 4;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_BACKEND_REF__WEIGHT = 5;

	/**
	 * The number of structural features of the '<em>TLS Route Backend Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_BACKEND_REF_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteStatusImpl <em>TLS Route Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteStatusImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTLSRouteStatus()
	 * @generated
	 */
	int TLS_ROUTE_STATUS = 14;

	/**
	 * The feature id for the '<em><b>Parents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_STATUS__PARENTS = 0;

	/**
	 * The number of structural features of the '<em>TLS Route Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_STATUS_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteParentImpl <em>TLS Route Parent</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteParentImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTLSRouteParent()
	 * @generated
	 */
	int TLS_ROUTE_PARENT = 15;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_PARENT__CONDITIONS = 0;

	/**
	 * The feature id for the '<em><b>Controller Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_PARENT__CONTROLLER_NAME = 1;

	/**
	 * The feature id for the '<em><b>Parent Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_PARENT__PARENT_REF = 2;

	/**
	 * The number of structural features of the '<em>TLS Route Parent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_PARENT_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteConditionImpl <em>TLS Route Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteConditionImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTLSRouteCondition()
	 * @generated
	 */
	int TLS_ROUTE_CONDITION = 16;

	/**
	 * The feature id for the '<em><b>Last Transition Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_CONDITION__LAST_TRANSITION_TIME = 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_CONDITION__MESSAGE = 1;

	/**
	 * The feature id for the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_CONDITION__OBSERVED_GENERATION = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_CONDITION__REASON = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_CONDITION__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_CONDITION__TYPE = 5;

	/**
	 * The number of structural features of the '<em>TLS Route Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TLS_ROUTE_CONDITION_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteSpecImpl <em>UDP Route Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteSpecImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getUDPRouteSpec()
	 * @generated
	 */
	int UDP_ROUTE_SPEC = 17;

	/**
	 * The feature id for the '<em><b>Parent Refs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_SPEC__PARENT_REFS = 0;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_SPEC__RULES = 1;

	/**
	 * The number of structural features of the '<em>UDP Route Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_SPEC_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteParentRefImpl <em>UDP Route Parent Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteParentRefImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getUDPRouteParentRef()
	 * @generated
	 */
	int UDP_ROUTE_PARENT_REF = 18;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_PARENT_REF__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_PARENT_REF__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_PARENT_REF__NAME = 2;

	/**
	 * The feature id for the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_PARENT_REF__NAMESPACE = 3;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_PARENT_REF__PORT = 4;

	/**
	 * The feature id for the '<em><b>Section Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_PARENT_REF__SECTION_NAME = 5;

	/**
	 * The number of structural features of the '<em>UDP Route Parent Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_PARENT_REF_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteRuleImpl <em>UDP Route Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteRuleImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getUDPRouteRule()
	 * @generated
	 */
	int UDP_ROUTE_RULE = 19;

	/**
	 * The feature id for the '<em><b>Backend Refs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_RULE__BACKEND_REFS = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_RULE__NAME = 1;

	/**
	 * The number of structural features of the '<em>UDP Route Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_RULE_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteBackendRefImpl <em>UDP Route Backend Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteBackendRefImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getUDPRouteBackendRef()
	 * @generated
	 */
	int UDP_ROUTE_BACKEND_REF = 20;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_BACKEND_REF__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_BACKEND_REF__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_BACKEND_REF__NAME = 2;

	/**
	 * The feature id for the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_BACKEND_REF__NAMESPACE = 3;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_BACKEND_REF__PORT = 4;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_BACKEND_REF__WEIGHT = 5;

	/**
	 * The number of structural features of the '<em>UDP Route Backend Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_BACKEND_REF_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteStatusImpl <em>UDP Route Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteStatusImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getUDPRouteStatus()
	 * @generated
	 */
	int UDP_ROUTE_STATUS = 21;

	/**
	 * The feature id for the '<em><b>Parents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_STATUS__PARENTS = 0;

	/**
	 * The number of structural features of the '<em>UDP Route Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_STATUS_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteParentImpl <em>UDP Route Parent</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteParentImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getUDPRouteParent()
	 * @generated
	 */
	int UDP_ROUTE_PARENT = 22;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_PARENT__CONDITIONS = 0;

	/**
	 * The feature id for the '<em><b>Controller Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_PARENT__CONTROLLER_NAME = 1;

	/**
	 * The feature id for the '<em><b>Parent Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_PARENT__PARENT_REF = 2;

	/**
	 * The number of structural features of the '<em>UDP Route Parent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_PARENT_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteConditionImpl <em>UDP Route Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteConditionImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getUDPRouteCondition()
	 * @generated
	 */
	int UDP_ROUTE_CONDITION = 23;

	/**
	 * The feature id for the '<em><b>Last Transition Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_CONDITION__LAST_TRANSITION_TIME = 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_CONDITION__MESSAGE = 1;

	/**
	 * The feature id for the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_CONDITION__OBSERVED_GENERATION = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_CONDITION__REASON = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_CONDITION__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_CONDITION__TYPE = 5;

	/**
	 * The number of structural features of the '<em>UDP Route Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_ROUTE_CONDITION_FEATURE_COUNT = 6;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRoute <em>TCP Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>TCP Route</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRoute
	 * @generated
	 */
	EClass getTCPRoute();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRoute#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRoute#getApiVersion()
	 * @see #getTCPRoute()
	 * @generated
	 */
	EAttribute getTCPRoute_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRoute#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRoute#getKind()
	 * @see #getTCPRoute()
	 * @generated
	 */
	EAttribute getTCPRoute_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRoute#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRoute#getMetadata()
	 * @see #getTCPRoute()
	 * @generated
	 */
	EReference getTCPRoute_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRoute#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRoute#getSpec()
	 * @see #getTCPRoute()
	 * @generated
	 */
	EReference getTCPRoute_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRoute#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRoute#getStatus()
	 * @see #getTCPRoute()
	 * @generated
	 */
	EReference getTCPRoute_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRoute <em>TLS Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>TLS Route</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRoute
	 * @generated
	 */
	EClass getTLSRoute();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRoute#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRoute#getApiVersion()
	 * @see #getTLSRoute()
	 * @generated
	 */
	EAttribute getTLSRoute_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRoute#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRoute#getKind()
	 * @see #getTLSRoute()
	 * @generated
	 */
	EAttribute getTLSRoute_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRoute#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRoute#getMetadata()
	 * @see #getTLSRoute()
	 * @generated
	 */
	EReference getTLSRoute_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRoute#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRoute#getSpec()
	 * @see #getTLSRoute()
	 * @generated
	 */
	EReference getTLSRoute_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRoute#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRoute#getStatus()
	 * @see #getTLSRoute()
	 * @generated
	 */
	EReference getTLSRoute_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRoute <em>UDP Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>UDP Route</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRoute
	 * @generated
	 */
	EClass getUDPRoute();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRoute#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRoute#getApiVersion()
	 * @see #getUDPRoute()
	 * @generated
	 */
	EAttribute getUDPRoute_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRoute#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRoute#getKind()
	 * @see #getUDPRoute()
	 * @generated
	 */
	EAttribute getUDPRoute_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRoute#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRoute#getMetadata()
	 * @see #getUDPRoute()
	 * @generated
	 */
	EReference getUDPRoute_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRoute#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRoute#getSpec()
	 * @see #getUDPRoute()
	 * @generated
	 */
	EReference getUDPRoute_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRoute#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRoute#getStatus()
	 * @see #getUDPRoute()
	 * @generated
	 */
	EReference getUDPRoute_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteSpec <em>TCP Route Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>TCP Route Spec</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteSpec
	 * @generated
	 */
	EClass getTCPRouteSpec();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteSpec#getParentRefs <em>Parent Refs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parent Refs</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteSpec#getParentRefs()
	 * @see #getTCPRouteSpec()
	 * @generated
	 */
	EReference getTCPRouteSpec_ParentRefs();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteSpec#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteSpec#getRules()
	 * @see #getTCPRouteSpec()
	 * @generated
	 */
	EReference getTCPRouteSpec_Rules();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteParentRef <em>TCP Route Parent Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>TCP Route Parent Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteParentRef
	 * @generated
	 */
	EClass getTCPRouteParentRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteParentRef#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteParentRef#getGroup()
	 * @see #getTCPRouteParentRef()
	 * @generated
	 */
	EAttribute getTCPRouteParentRef_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteParentRef#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteParentRef#getKind()
	 * @see #getTCPRouteParentRef()
	 * @generated
	 */
	EAttribute getTCPRouteParentRef_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteParentRef#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteParentRef#getName()
	 * @see #getTCPRouteParentRef()
	 * @generated
	 */
	EAttribute getTCPRouteParentRef_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteParentRef#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteParentRef#getNamespace()
	 * @see #getTCPRouteParentRef()
	 * @generated
	 */
	EAttribute getTCPRouteParentRef_Namespace();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteParentRef#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteParentRef#getPort()
	 * @see #getTCPRouteParentRef()
	 * @generated
	 */
	EAttribute getTCPRouteParentRef_Port();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteParentRef#getSectionName <em>Section Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteParentRef#getSectionName()
	 * @see #getTCPRouteParentRef()
	 * @generated
	 */
	EAttribute getTCPRouteParentRef_SectionName();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteRule <em>TCP Route Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>TCP Route Rule</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteRule
	 * @generated
	 */
	EClass getTCPRouteRule();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteRule#getBackendRefs <em>Backend Refs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Backend Refs</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteRule#getBackendRefs()
	 * @see #getTCPRouteRule()
	 * @generated
	 */
	EReference getTCPRouteRule_BackendRefs();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteRule#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteRule#getName()
	 * @see #getTCPRouteRule()
	 * @generated
	 */
	EAttribute getTCPRouteRule_Name();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteBackendRef <em>TCP Route Backend Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>TCP Route Backend Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteBackendRef
	 * @generated
	 */
	EClass getTCPRouteBackendRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteBackendRef#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteBackendRef#getGroup()
	 * @see #getTCPRouteBackendRef()
	 * @generated
	 */
	EAttribute getTCPRouteBackendRef_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteBackendRef#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteBackendRef#getKind()
	 * @see #getTCPRouteBackendRef()
	 * @generated
	 */
	EAttribute getTCPRouteBackendRef_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteBackendRef#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteBackendRef#getName()
	 * @see #getTCPRouteBackendRef()
	 * @generated
	 */
	EAttribute getTCPRouteBackendRef_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteBackendRef#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteBackendRef#getNamespace()
	 * @see #getTCPRouteBackendRef()
	 * @generated
	 */
	EAttribute getTCPRouteBackendRef_Namespace();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteBackendRef#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteBackendRef#getPort()
	 * @see #getTCPRouteBackendRef()
	 * @generated
	 */
	EAttribute getTCPRouteBackendRef_Port();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteBackendRef#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteBackendRef#getWeight()
	 * @see #getTCPRouteBackendRef()
	 * @generated
	 */
	EAttribute getTCPRouteBackendRef_Weight();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteStatus <em>TCP Route Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>TCP Route Status</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteStatus
	 * @generated
	 */
	EClass getTCPRouteStatus();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteStatus#getParents <em>Parents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parents</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteStatus#getParents()
	 * @see #getTCPRouteStatus()
	 * @generated
	 */
	EReference getTCPRouteStatus_Parents();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteParent <em>TCP Route Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>TCP Route Parent</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteParent
	 * @generated
	 */
	EClass getTCPRouteParent();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteParent#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteParent#getConditions()
	 * @see #getTCPRouteParent()
	 * @generated
	 */
	EReference getTCPRouteParent_Conditions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteParent#getControllerName <em>Controller Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Controller Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteParent#getControllerName()
	 * @see #getTCPRouteParent()
	 * @generated
	 */
	EAttribute getTCPRouteParent_ControllerName();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteParent#getParentRef <em>Parent Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Parent Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteParent#getParentRef()
	 * @see #getTCPRouteParent()
	 * @generated
	 */
	EReference getTCPRouteParent_ParentRef();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteCondition <em>TCP Route Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>TCP Route Condition</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteCondition
	 * @generated
	 */
	EClass getTCPRouteCondition();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteCondition#getLastTransitionTime <em>Last Transition Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Transition Time</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteCondition#getLastTransitionTime()
	 * @see #getTCPRouteCondition()
	 * @generated
	 */
	EAttribute getTCPRouteCondition_LastTransitionTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteCondition#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteCondition#getMessage()
	 * @see #getTCPRouteCondition()
	 * @generated
	 */
	EAttribute getTCPRouteCondition_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteCondition#getObservedGeneration <em>Observed Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed Generation</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteCondition#getObservedGeneration()
	 * @see #getTCPRouteCondition()
	 * @generated
	 */
	EAttribute getTCPRouteCondition_ObservedGeneration();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteCondition#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteCondition#getReason()
	 * @see #getTCPRouteCondition()
	 * @generated
	 */
	EAttribute getTCPRouteCondition_Reason();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteCondition#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteCondition#getStatus()
	 * @see #getTCPRouteCondition()
	 * @generated
	 */
	EAttribute getTCPRouteCondition_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteCondition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TCPRouteCondition#getType()
	 * @see #getTCPRouteCondition()
	 * @generated
	 */
	EAttribute getTCPRouteCondition_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteSpec <em>TLS Route Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>TLS Route Spec</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteSpec
	 * @generated
	 */
	EClass getTLSRouteSpec();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteSpec#getHostnames <em>Hostnames</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Hostnames</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteSpec#getHostnames()
	 * @see #getTLSRouteSpec()
	 * @generated
	 */
	EAttribute getTLSRouteSpec_Hostnames();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteSpec#getParentRefs <em>Parent Refs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parent Refs</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteSpec#getParentRefs()
	 * @see #getTLSRouteSpec()
	 * @generated
	 */
	EReference getTLSRouteSpec_ParentRefs();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteSpec#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteSpec#getRules()
	 * @see #getTLSRouteSpec()
	 * @generated
	 */
	EReference getTLSRouteSpec_Rules();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteParentRef <em>TLS Route Parent Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>TLS Route Parent Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteParentRef
	 * @generated
	 */
	EClass getTLSRouteParentRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteParentRef#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteParentRef#getGroup()
	 * @see #getTLSRouteParentRef()
	 * @generated
	 */
	EAttribute getTLSRouteParentRef_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteParentRef#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteParentRef#getKind()
	 * @see #getTLSRouteParentRef()
	 * @generated
	 */
	EAttribute getTLSRouteParentRef_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteParentRef#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteParentRef#getName()
	 * @see #getTLSRouteParentRef()
	 * @generated
	 */
	EAttribute getTLSRouteParentRef_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteParentRef#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteParentRef#getNamespace()
	 * @see #getTLSRouteParentRef()
	 * @generated
	 */
	EAttribute getTLSRouteParentRef_Namespace();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteParentRef#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteParentRef#getPort()
	 * @see #getTLSRouteParentRef()
	 * @generated
	 */
	EAttribute getTLSRouteParentRef_Port();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteParentRef#getSectionName <em>Section Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteParentRef#getSectionName()
	 * @see #getTLSRouteParentRef()
	 * @generated
	 */
	EAttribute getTLSRouteParentRef_SectionName();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteRule <em>TLS Route Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>TLS Route Rule</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteRule
	 * @generated
	 */
	EClass getTLSRouteRule();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteRule#getBackendRefs <em>Backend Refs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Backend Refs</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteRule#getBackendRefs()
	 * @see #getTLSRouteRule()
	 * @generated
	 */
	EReference getTLSRouteRule_BackendRefs();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteRule#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteRule#getName()
	 * @see #getTLSRouteRule()
	 * @generated
	 */
	EAttribute getTLSRouteRule_Name();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteBackendRef <em>TLS Route Backend Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>TLS Route Backend Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteBackendRef
	 * @generated
	 */
	EClass getTLSRouteBackendRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteBackendRef#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteBackendRef#getGroup()
	 * @see #getTLSRouteBackendRef()
	 * @generated
	 */
	EAttribute getTLSRouteBackendRef_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteBackendRef#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteBackendRef#getKind()
	 * @see #getTLSRouteBackendRef()
	 * @generated
	 */
	EAttribute getTLSRouteBackendRef_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteBackendRef#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteBackendRef#getName()
	 * @see #getTLSRouteBackendRef()
	 * @generated
	 */
	EAttribute getTLSRouteBackendRef_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteBackendRef#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteBackendRef#getNamespace()
	 * @see #getTLSRouteBackendRef()
	 * @generated
	 */
	EAttribute getTLSRouteBackendRef_Namespace();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteBackendRef#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteBackendRef#getPort()
	 * @see #getTLSRouteBackendRef()
	 * @generated
	 */
	EAttribute getTLSRouteBackendRef_Port();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteBackendRef#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteBackendRef#getWeight()
	 * @see #getTLSRouteBackendRef()
	 * @generated
	 */
	EAttribute getTLSRouteBackendRef_Weight();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteStatus <em>TLS Route Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>TLS Route Status</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteStatus
	 * @generated
	 */
	EClass getTLSRouteStatus();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteStatus#getParents <em>Parents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parents</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteStatus#getParents()
	 * @see #getTLSRouteStatus()
	 * @generated
	 */
	EReference getTLSRouteStatus_Parents();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteParent <em>TLS Route Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>TLS Route Parent</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteParent
	 * @generated
	 */
	EClass getTLSRouteParent();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteParent#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteParent#getConditions()
	 * @see #getTLSRouteParent()
	 * @generated
	 */
	EReference getTLSRouteParent_Conditions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteParent#getControllerName <em>Controller Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Controller Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteParent#getControllerName()
	 * @see #getTLSRouteParent()
	 * @generated
	 */
	EAttribute getTLSRouteParent_ControllerName();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteParent#getParentRef <em>Parent Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Parent Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteParent#getParentRef()
	 * @see #getTLSRouteParent()
	 * @generated
	 */
	EReference getTLSRouteParent_ParentRef();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteCondition <em>TLS Route Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>TLS Route Condition</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteCondition
	 * @generated
	 */
	EClass getTLSRouteCondition();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteCondition#getLastTransitionTime <em>Last Transition Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Transition Time</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteCondition#getLastTransitionTime()
	 * @see #getTLSRouteCondition()
	 * @generated
	 */
	EAttribute getTLSRouteCondition_LastTransitionTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteCondition#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteCondition#getMessage()
	 * @see #getTLSRouteCondition()
	 * @generated
	 */
	EAttribute getTLSRouteCondition_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteCondition#getObservedGeneration <em>Observed Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed Generation</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteCondition#getObservedGeneration()
	 * @see #getTLSRouteCondition()
	 * @generated
	 */
	EAttribute getTLSRouteCondition_ObservedGeneration();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteCondition#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteCondition#getReason()
	 * @see #getTLSRouteCondition()
	 * @generated
	 */
	EAttribute getTLSRouteCondition_Reason();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteCondition#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteCondition#getStatus()
	 * @see #getTLSRouteCondition()
	 * @generated
	 */
	EAttribute getTLSRouteCondition_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteCondition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.TLSRouteCondition#getType()
	 * @see #getTLSRouteCondition()
	 * @generated
	 */
	EAttribute getTLSRouteCondition_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteSpec <em>UDP Route Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>UDP Route Spec</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteSpec
	 * @generated
	 */
	EClass getUDPRouteSpec();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteSpec#getParentRefs <em>Parent Refs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parent Refs</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteSpec#getParentRefs()
	 * @see #getUDPRouteSpec()
	 * @generated
	 */
	EReference getUDPRouteSpec_ParentRefs();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteSpec#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteSpec#getRules()
	 * @see #getUDPRouteSpec()
	 * @generated
	 */
	EReference getUDPRouteSpec_Rules();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteParentRef <em>UDP Route Parent Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>UDP Route Parent Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteParentRef
	 * @generated
	 */
	EClass getUDPRouteParentRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteParentRef#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteParentRef#getGroup()
	 * @see #getUDPRouteParentRef()
	 * @generated
	 */
	EAttribute getUDPRouteParentRef_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteParentRef#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteParentRef#getKind()
	 * @see #getUDPRouteParentRef()
	 * @generated
	 */
	EAttribute getUDPRouteParentRef_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteParentRef#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteParentRef#getName()
	 * @see #getUDPRouteParentRef()
	 * @generated
	 */
	EAttribute getUDPRouteParentRef_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteParentRef#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteParentRef#getNamespace()
	 * @see #getUDPRouteParentRef()
	 * @generated
	 */
	EAttribute getUDPRouteParentRef_Namespace();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteParentRef#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteParentRef#getPort()
	 * @see #getUDPRouteParentRef()
	 * @generated
	 */
	EAttribute getUDPRouteParentRef_Port();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteParentRef#getSectionName <em>Section Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteParentRef#getSectionName()
	 * @see #getUDPRouteParentRef()
	 * @generated
	 */
	EAttribute getUDPRouteParentRef_SectionName();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteRule <em>UDP Route Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>UDP Route Rule</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteRule
	 * @generated
	 */
	EClass getUDPRouteRule();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteRule#getBackendRefs <em>Backend Refs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Backend Refs</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteRule#getBackendRefs()
	 * @see #getUDPRouteRule()
	 * @generated
	 */
	EReference getUDPRouteRule_BackendRefs();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteRule#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteRule#getName()
	 * @see #getUDPRouteRule()
	 * @generated
	 */
	EAttribute getUDPRouteRule_Name();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteBackendRef <em>UDP Route Backend Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>UDP Route Backend Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteBackendRef
	 * @generated
	 */
	EClass getUDPRouteBackendRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteBackendRef#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteBackendRef#getGroup()
	 * @see #getUDPRouteBackendRef()
	 * @generated
	 */
	EAttribute getUDPRouteBackendRef_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteBackendRef#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteBackendRef#getKind()
	 * @see #getUDPRouteBackendRef()
	 * @generated
	 */
	EAttribute getUDPRouteBackendRef_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteBackendRef#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteBackendRef#getName()
	 * @see #getUDPRouteBackendRef()
	 * @generated
	 */
	EAttribute getUDPRouteBackendRef_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteBackendRef#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteBackendRef#getNamespace()
	 * @see #getUDPRouteBackendRef()
	 * @generated
	 */
	EAttribute getUDPRouteBackendRef_Namespace();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteBackendRef#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteBackendRef#getPort()
	 * @see #getUDPRouteBackendRef()
	 * @generated
	 */
	EAttribute getUDPRouteBackendRef_Port();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteBackendRef#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteBackendRef#getWeight()
	 * @see #getUDPRouteBackendRef()
	 * @generated
	 */
	EAttribute getUDPRouteBackendRef_Weight();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteStatus <em>UDP Route Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>UDP Route Status</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteStatus
	 * @generated
	 */
	EClass getUDPRouteStatus();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteStatus#getParents <em>Parents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parents</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteStatus#getParents()
	 * @see #getUDPRouteStatus()
	 * @generated
	 */
	EReference getUDPRouteStatus_Parents();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteParent <em>UDP Route Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>UDP Route Parent</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteParent
	 * @generated
	 */
	EClass getUDPRouteParent();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteParent#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteParent#getConditions()
	 * @see #getUDPRouteParent()
	 * @generated
	 */
	EReference getUDPRouteParent_Conditions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteParent#getControllerName <em>Controller Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Controller Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteParent#getControllerName()
	 * @see #getUDPRouteParent()
	 * @generated
	 */
	EAttribute getUDPRouteParent_ControllerName();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteParent#getParentRef <em>Parent Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Parent Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteParent#getParentRef()
	 * @see #getUDPRouteParent()
	 * @generated
	 */
	EReference getUDPRouteParent_ParentRef();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteCondition <em>UDP Route Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>UDP Route Condition</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteCondition
	 * @generated
	 */
	EClass getUDPRouteCondition();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteCondition#getLastTransitionTime <em>Last Transition Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Transition Time</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteCondition#getLastTransitionTime()
	 * @see #getUDPRouteCondition()
	 * @generated
	 */
	EAttribute getUDPRouteCondition_LastTransitionTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteCondition#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteCondition#getMessage()
	 * @see #getUDPRouteCondition()
	 * @generated
	 */
	EAttribute getUDPRouteCondition_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteCondition#getObservedGeneration <em>Observed Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed Generation</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteCondition#getObservedGeneration()
	 * @see #getUDPRouteCondition()
	 * @generated
	 */
	EAttribute getUDPRouteCondition_ObservedGeneration();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteCondition#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteCondition#getReason()
	 * @see #getUDPRouteCondition()
	 * @generated
	 */
	EAttribute getUDPRouteCondition_Reason();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteCondition#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteCondition#getStatus()
	 * @see #getUDPRouteCondition()
	 * @generated
	 */
	EAttribute getUDPRouteCondition_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteCondition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha2.UDPRouteCondition#getType()
	 * @see #getUDPRouteCondition()
	 * @generated
	 */
	EAttribute getUDPRouteCondition_Type();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	GatewayV1alpha2Factory getGatewayV1alpha2Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteImpl <em>TCP Route</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTCPRoute()
		 * @generated
		 */
		EClass TCP_ROUTE = eINSTANCE.getTCPRoute();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ROUTE__API_VERSION = eINSTANCE.getTCPRoute_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ROUTE__KIND = eINSTANCE.getTCPRoute_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TCP_ROUTE__METADATA = eINSTANCE.getTCPRoute_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TCP_ROUTE__SPEC = eINSTANCE.getTCPRoute_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TCP_ROUTE__STATUS = eINSTANCE.getTCPRoute_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteImpl <em>TLS Route</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTLSRoute()
		 * @generated
		 */
		EClass TLS_ROUTE = eINSTANCE.getTLSRoute();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TLS_ROUTE__API_VERSION = eINSTANCE.getTLSRoute_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TLS_ROUTE__KIND = eINSTANCE.getTLSRoute_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TLS_ROUTE__METADATA = eINSTANCE.getTLSRoute_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TLS_ROUTE__SPEC = eINSTANCE.getTLSRoute_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TLS_ROUTE__STATUS = eINSTANCE.getTLSRoute_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteImpl <em>UDP Route</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getUDPRoute()
		 * @generated
		 */
		EClass UDP_ROUTE = eINSTANCE.getUDPRoute();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UDP_ROUTE__API_VERSION = eINSTANCE.getUDPRoute_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UDP_ROUTE__KIND = eINSTANCE.getUDPRoute_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UDP_ROUTE__METADATA = eINSTANCE.getUDPRoute_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UDP_ROUTE__SPEC = eINSTANCE.getUDPRoute_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UDP_ROUTE__STATUS = eINSTANCE.getUDPRoute_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteSpecImpl <em>TCP Route Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteSpecImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTCPRouteSpec()
		 * @generated
		 */
		EClass TCP_ROUTE_SPEC = eINSTANCE.getTCPRouteSpec();

		/**
		 * The meta object literal for the '<em><b>Parent Refs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TCP_ROUTE_SPEC__PARENT_REFS = eINSTANCE.getTCPRouteSpec_ParentRefs();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TCP_ROUTE_SPEC__RULES = eINSTANCE.getTCPRouteSpec_Rules();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteParentRefImpl <em>TCP Route Parent Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteParentRefImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTCPRouteParentRef()
		 * @generated
		 */
		EClass TCP_ROUTE_PARENT_REF = eINSTANCE.getTCPRouteParentRef();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ROUTE_PARENT_REF__GROUP = eINSTANCE.getTCPRouteParentRef_Group();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ROUTE_PARENT_REF__KIND = eINSTANCE.getTCPRouteParentRef_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ROUTE_PARENT_REF__NAME = eINSTANCE.getTCPRouteParentRef_Name();

		/**
		 * The meta object literal for the '<em><b>Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ROUTE_PARENT_REF__NAMESPACE = eINSTANCE.getTCPRouteParentRef_Namespace();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ROUTE_PARENT_REF__PORT = eINSTANCE.getTCPRouteParentRef_Port();

		/**
		 * The meta object literal for the '<em><b>Section Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ROUTE_PARENT_REF__SECTION_NAME = eINSTANCE.getTCPRouteParentRef_SectionName();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteRuleImpl <em>TCP Route Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteRuleImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTCPRouteRule()
		 * @generated
		 */
		EClass TCP_ROUTE_RULE = eINSTANCE.getTCPRouteRule();

		/**
		 * The meta object literal for the '<em><b>Backend Refs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TCP_ROUTE_RULE__BACKEND_REFS = eINSTANCE.getTCPRouteRule_BackendRefs();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ROUTE_RULE__NAME = eINSTANCE.getTCPRouteRule_Name();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteBackendRefImpl <em>TCP Route Backend Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteBackendRefImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTCPRouteBackendRef()
		 * @generated
		 */
		EClass TCP_ROUTE_BACKEND_REF = eINSTANCE.getTCPRouteBackendRef();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ROUTE_BACKEND_REF__GROUP = eINSTANCE.getTCPRouteBackendRef_Group();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ROUTE_BACKEND_REF__KIND = eINSTANCE.getTCPRouteBackendRef_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ROUTE_BACKEND_REF__NAME = eINSTANCE.getTCPRouteBackendRef_Name();

		/**
		 * The meta object literal for the '<em><b>Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ROUTE_BACKEND_REF__NAMESPACE = eINSTANCE.getTCPRouteBackendRef_Namespace();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ROUTE_BACKEND_REF__PORT = eINSTANCE.getTCPRouteBackendRef_Port();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ROUTE_BACKEND_REF__WEIGHT = eINSTANCE.getTCPRouteBackendRef_Weight();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteStatusImpl <em>TCP Route Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteStatusImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTCPRouteStatus()
		 * @generated
		 */
		EClass TCP_ROUTE_STATUS = eINSTANCE.getTCPRouteStatus();

		/**
		 * The meta object literal for the '<em><b>Parents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TCP_ROUTE_STATUS__PARENTS = eINSTANCE.getTCPRouteStatus_Parents();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteParentImpl <em>TCP Route Parent</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteParentImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTCPRouteParent()
		 * @generated
		 */
		EClass TCP_ROUTE_PARENT = eINSTANCE.getTCPRouteParent();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TCP_ROUTE_PARENT__CONDITIONS = eINSTANCE.getTCPRouteParent_Conditions();

		/**
		 * The meta object literal for the '<em><b>Controller Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ROUTE_PARENT__CONTROLLER_NAME = eINSTANCE.getTCPRouteParent_ControllerName();

		/**
		 * The meta object literal for the '<em><b>Parent Ref</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TCP_ROUTE_PARENT__PARENT_REF = eINSTANCE.getTCPRouteParent_ParentRef();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteConditionImpl <em>TCP Route Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TCPRouteConditionImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTCPRouteCondition()
		 * @generated
		 */
		EClass TCP_ROUTE_CONDITION = eINSTANCE.getTCPRouteCondition();

		/**
		 * The meta object literal for the '<em><b>Last Transition Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ROUTE_CONDITION__LAST_TRANSITION_TIME = eINSTANCE.getTCPRouteCondition_LastTransitionTime();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ROUTE_CONDITION__MESSAGE = eINSTANCE.getTCPRouteCondition_Message();

		/**
		 * The meta object literal for the '<em><b>Observed Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ROUTE_CONDITION__OBSERVED_GENERATION = eINSTANCE.getTCPRouteCondition_ObservedGeneration();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ROUTE_CONDITION__REASON = eINSTANCE.getTCPRouteCondition_Reason();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ROUTE_CONDITION__STATUS = eINSTANCE.getTCPRouteCondition_Status();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_ROUTE_CONDITION__TYPE = eINSTANCE.getTCPRouteCondition_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteSpecImpl <em>TLS Route Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteSpecImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTLSRouteSpec()
		 * @generated
		 */
		EClass TLS_ROUTE_SPEC = eINSTANCE.getTLSRouteSpec();

		/**
		 * The meta object literal for the '<em><b>Hostnames</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TLS_ROUTE_SPEC__HOSTNAMES = eINSTANCE.getTLSRouteSpec_Hostnames();

		/**
		 * The meta object literal for the '<em><b>Parent Refs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TLS_ROUTE_SPEC__PARENT_REFS = eINSTANCE.getTLSRouteSpec_ParentRefs();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TLS_ROUTE_SPEC__RULES = eINSTANCE.getTLSRouteSpec_Rules();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteParentRefImpl <em>TLS Route Parent Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteParentRefImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTLSRouteParentRef()
		 * @generated
		 */
		EClass TLS_ROUTE_PARENT_REF = eINSTANCE.getTLSRouteParentRef();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TLS_ROUTE_PARENT_REF__GROUP = eINSTANCE.getTLSRouteParentRef_Group();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TLS_ROUTE_PARENT_REF__KIND = eINSTANCE.getTLSRouteParentRef_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TLS_ROUTE_PARENT_REF__NAME = eINSTANCE.getTLSRouteParentRef_Name();

		/**
		 * The meta object literal for the '<em><b>Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TLS_ROUTE_PARENT_REF__NAMESPACE = eINSTANCE.getTLSRouteParentRef_Namespace();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TLS_ROUTE_PARENT_REF__PORT = eINSTANCE.getTLSRouteParentRef_Port();

		/**
		 * The meta object literal for the '<em><b>Section Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TLS_ROUTE_PARENT_REF__SECTION_NAME = eINSTANCE.getTLSRouteParentRef_SectionName();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteRuleImpl <em>TLS Route Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteRuleImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTLSRouteRule()
		 * @generated
		 */
		EClass TLS_ROUTE_RULE = eINSTANCE.getTLSRouteRule();

		/**
		 * The meta object literal for the '<em><b>Backend Refs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TLS_ROUTE_RULE__BACKEND_REFS = eINSTANCE.getTLSRouteRule_BackendRefs();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TLS_ROUTE_RULE__NAME = eINSTANCE.getTLSRouteRule_Name();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteBackendRefImpl <em>TLS Route Backend Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteBackendRefImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTLSRouteBackendRef()
		 * @generated
		 */
		EClass TLS_ROUTE_BACKEND_REF = eINSTANCE.getTLSRouteBackendRef();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TLS_ROUTE_BACKEND_REF__GROUP = eINSTANCE.getTLSRouteBackendRef_Group();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TLS_ROUTE_BACKEND_REF__KIND = eINSTANCE.getTLSRouteBackendRef_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TLS_ROUTE_BACKEND_REF__NAME = eINSTANCE.getTLSRouteBackendRef_Name();

		/**
		 * The meta object literal for the '<em><b>Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TLS_ROUTE_BACKEND_REF__NAMESPACE = eINSTANCE.getTLSRouteBackendRef_Namespace();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TLS_ROUTE_BACKEND_REF__PORT = eINSTANCE.getTLSRouteBackendRef_Port();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TLS_ROUTE_BACKEND_REF__WEIGHT = eINSTANCE.getTLSRouteBackendRef_Weight();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteStatusImpl <em>TLS Route Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteStatusImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTLSRouteStatus()
		 * @generated
		 */
		EClass TLS_ROUTE_STATUS = eINSTANCE.getTLSRouteStatus();

		/**
		 * The meta object literal for the '<em><b>Parents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TLS_ROUTE_STATUS__PARENTS = eINSTANCE.getTLSRouteStatus_Parents();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteParentImpl <em>TLS Route Parent</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteParentImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTLSRouteParent()
		 * @generated
		 */
		EClass TLS_ROUTE_PARENT = eINSTANCE.getTLSRouteParent();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TLS_ROUTE_PARENT__CONDITIONS = eINSTANCE.getTLSRouteParent_Conditions();

		/**
		 * The meta object literal for the '<em><b>Controller Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TLS_ROUTE_PARENT__CONTROLLER_NAME = eINSTANCE.getTLSRouteParent_ControllerName();

		/**
		 * The meta object literal for the '<em><b>Parent Ref</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TLS_ROUTE_PARENT__PARENT_REF = eINSTANCE.getTLSRouteParent_ParentRef();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteConditionImpl <em>TLS Route Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.TLSRouteConditionImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getTLSRouteCondition()
		 * @generated
		 */
		EClass TLS_ROUTE_CONDITION = eINSTANCE.getTLSRouteCondition();

		/**
		 * The meta object literal for the '<em><b>Last Transition Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TLS_ROUTE_CONDITION__LAST_TRANSITION_TIME = eINSTANCE.getTLSRouteCondition_LastTransitionTime();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TLS_ROUTE_CONDITION__MESSAGE = eINSTANCE.getTLSRouteCondition_Message();

		/**
		 * The meta object literal for the '<em><b>Observed Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TLS_ROUTE_CONDITION__OBSERVED_GENERATION = eINSTANCE.getTLSRouteCondition_ObservedGeneration();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TLS_ROUTE_CONDITION__REASON = eINSTANCE.getTLSRouteCondition_Reason();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TLS_ROUTE_CONDITION__STATUS = eINSTANCE.getTLSRouteCondition_Status();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TLS_ROUTE_CONDITION__TYPE = eINSTANCE.getTLSRouteCondition_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteSpecImpl <em>UDP Route Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteSpecImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getUDPRouteSpec()
		 * @generated
		 */
		EClass UDP_ROUTE_SPEC = eINSTANCE.getUDPRouteSpec();

		/**
		 * The meta object literal for the '<em><b>Parent Refs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UDP_ROUTE_SPEC__PARENT_REFS = eINSTANCE.getUDPRouteSpec_ParentRefs();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UDP_ROUTE_SPEC__RULES = eINSTANCE.getUDPRouteSpec_Rules();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteParentRefImpl <em>UDP Route Parent Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteParentRefImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getUDPRouteParentRef()
		 * @generated
		 */
		EClass UDP_ROUTE_PARENT_REF = eINSTANCE.getUDPRouteParentRef();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UDP_ROUTE_PARENT_REF__GROUP = eINSTANCE.getUDPRouteParentRef_Group();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UDP_ROUTE_PARENT_REF__KIND = eINSTANCE.getUDPRouteParentRef_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UDP_ROUTE_PARENT_REF__NAME = eINSTANCE.getUDPRouteParentRef_Name();

		/**
		 * The meta object literal for the '<em><b>Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UDP_ROUTE_PARENT_REF__NAMESPACE = eINSTANCE.getUDPRouteParentRef_Namespace();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UDP_ROUTE_PARENT_REF__PORT = eINSTANCE.getUDPRouteParentRef_Port();

		/**
		 * The meta object literal for the '<em><b>Section Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UDP_ROUTE_PARENT_REF__SECTION_NAME = eINSTANCE.getUDPRouteParentRef_SectionName();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteRuleImpl <em>UDP Route Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteRuleImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getUDPRouteRule()
		 * @generated
		 */
		EClass UDP_ROUTE_RULE = eINSTANCE.getUDPRouteRule();

		/**
		 * The meta object literal for the '<em><b>Backend Refs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UDP_ROUTE_RULE__BACKEND_REFS = eINSTANCE.getUDPRouteRule_BackendRefs();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UDP_ROUTE_RULE__NAME = eINSTANCE.getUDPRouteRule_Name();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteBackendRefImpl <em>UDP Route Backend Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteBackendRefImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getUDPRouteBackendRef()
		 * @generated
		 */
		EClass UDP_ROUTE_BACKEND_REF = eINSTANCE.getUDPRouteBackendRef();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UDP_ROUTE_BACKEND_REF__GROUP = eINSTANCE.getUDPRouteBackendRef_Group();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UDP_ROUTE_BACKEND_REF__KIND = eINSTANCE.getUDPRouteBackendRef_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UDP_ROUTE_BACKEND_REF__NAME = eINSTANCE.getUDPRouteBackendRef_Name();

		/**
		 * The meta object literal for the '<em><b>Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UDP_ROUTE_BACKEND_REF__NAMESPACE = eINSTANCE.getUDPRouteBackendRef_Namespace();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UDP_ROUTE_BACKEND_REF__PORT = eINSTANCE.getUDPRouteBackendRef_Port();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UDP_ROUTE_BACKEND_REF__WEIGHT = eINSTANCE.getUDPRouteBackendRef_Weight();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteStatusImpl <em>UDP Route Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteStatusImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getUDPRouteStatus()
		 * @generated
		 */
		EClass UDP_ROUTE_STATUS = eINSTANCE.getUDPRouteStatus();

		/**
		 * The meta object literal for the '<em><b>Parents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UDP_ROUTE_STATUS__PARENTS = eINSTANCE.getUDPRouteStatus_Parents();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteParentImpl <em>UDP Route Parent</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteParentImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getUDPRouteParent()
		 * @generated
		 */
		EClass UDP_ROUTE_PARENT = eINSTANCE.getUDPRouteParent();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UDP_ROUTE_PARENT__CONDITIONS = eINSTANCE.getUDPRouteParent_Conditions();

		/**
		 * The meta object literal for the '<em><b>Controller Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UDP_ROUTE_PARENT__CONTROLLER_NAME = eINSTANCE.getUDPRouteParent_ControllerName();

		/**
		 * The meta object literal for the '<em><b>Parent Ref</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UDP_ROUTE_PARENT__PARENT_REF = eINSTANCE.getUDPRouteParent_ParentRef();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteConditionImpl <em>UDP Route Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.UDPRouteConditionImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl#getUDPRouteCondition()
		 * @generated
		 */
		EClass UDP_ROUTE_CONDITION = eINSTANCE.getUDPRouteCondition();

		/**
		 * The meta object literal for the '<em><b>Last Transition Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UDP_ROUTE_CONDITION__LAST_TRANSITION_TIME = eINSTANCE.getUDPRouteCondition_LastTransitionTime();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UDP_ROUTE_CONDITION__MESSAGE = eINSTANCE.getUDPRouteCondition_Message();

		/**
		 * The meta object literal for the '<em><b>Observed Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UDP_ROUTE_CONDITION__OBSERVED_GENERATION = eINSTANCE.getUDPRouteCondition_ObservedGeneration();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UDP_ROUTE_CONDITION__REASON = eINSTANCE.getUDPRouteCondition_Reason();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UDP_ROUTE_CONDITION__STATUS = eINSTANCE.getUDPRouteCondition_Status();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UDP_ROUTE_CONDITION__TYPE = eINSTANCE.getUDPRouteCondition_Type();

	}

} //GatewayV1alpha2Package
