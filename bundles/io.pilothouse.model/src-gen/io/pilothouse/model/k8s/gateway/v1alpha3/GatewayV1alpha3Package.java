/**
 */
package io.pilothouse.model.k8s.gateway.v1alpha3;

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
 * @see io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Factory
 * @generated
 */
public interface GatewayV1alpha3Package extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "v1alpha3";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://pilothouse.io/model/k8s/gateway/v1alpha3";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "gateway.v1alpha3";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	GatewayV1alpha3Package eINSTANCE = io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyImpl <em>Backend TLS Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getBackendTLSPolicy()
	 * @generated
	 */
	int BACKEND_TLS_POLICY = 0;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Backend TLS Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteImpl <em>TLS Route</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getTLSRoute()
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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicySpecImpl <em>Backend TLS Policy Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicySpecImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getBackendTLSPolicySpec()
	 * @generated
	 */
	int BACKEND_TLS_POLICY_SPEC = 2;

	/**
	 * The feature id for the '<em><b>Options</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_SPEC__OPTIONS = 0;

	/**
	 * The feature id for the '<em><b>Target Refs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_SPEC__TARGET_REFS = 1;

	/**
	 * The feature id for the '<em><b>Validation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_SPEC__VALIDATION = 2;

	/**
	 * The number of structural features of the '<em>Backend TLS Policy Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_SPEC_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyTargetRefImpl <em>Backend TLS Policy Target Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyTargetRefImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getBackendTLSPolicyTargetRef()
	 * @generated
	 */
	int BACKEND_TLS_POLICY_TARGET_REF = 3;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_TARGET_REF__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_TARGET_REF__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_TARGET_REF__NAME = 2;

	/**
	 * The feature id for the '<em><b>Section Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_TARGET_REF__SECTION_NAME = 3;

	/**
	 * The number of structural features of the '<em>Backend TLS Policy Target Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_TARGET_REF_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyValidationImpl <em>Backend TLS Policy Validation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyValidationImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getBackendTLSPolicyValidation()
	 * @generated
	 */
	int BACKEND_TLS_POLICY_VALIDATION = 4;

	/**
	 * The feature id for the '<em><b>Ca Certificate Refs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_VALIDATION__CA_CERTIFICATE_REFS = 0;

	/**
	 * The feature id for the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_VALIDATION__HOSTNAME = 1;

	/**
	 * The feature id for the '<em><b>Subject Alt Names</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_VALIDATION__SUBJECT_ALT_NAMES = 2;

	/**
	 * The feature id for the '<em><b>Well Known CA Certificates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_VALIDATION__WELL_KNOWN_CA_CERTIFICATES = 3;

	/**
	 * The number of structural features of the '<em>Backend TLS Policy Validation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_VALIDATION_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyCaCertificateRefImpl <em>Backend TLS Policy Ca Certificate Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyCaCertificateRefImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getBackendTLSPolicyCaCertificateRef()
	 * @generated
	 */
	int BACKEND_TLS_POLICY_CA_CERTIFICATE_REF = 5;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_CA_CERTIFICATE_REF__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_CA_CERTIFICATE_REF__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_CA_CERTIFICATE_REF__NAME = 2;

	/**
	 * The number of structural features of the '<em>Backend TLS Policy Ca Certificate Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_CA_CERTIFICATE_REF_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicySubjectAltNameImpl <em>Backend TLS Policy Subject Alt Name</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicySubjectAltNameImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getBackendTLSPolicySubjectAltName()
	 * @generated
	 */
	int BACKEND_TLS_POLICY_SUBJECT_ALT_NAME = 6;

	/**
	 * The feature id for the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_SUBJECT_ALT_NAME__HOSTNAME = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_SUBJECT_ALT_NAME__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_SUBJECT_ALT_NAME__URI = 2;

	/**
	 * The number of structural features of the '<em>Backend TLS Policy Subject Alt Name</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_SUBJECT_ALT_NAME_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyStatusImpl <em>Backend TLS Policy Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyStatusImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getBackendTLSPolicyStatus()
	 * @generated
	 */
	int BACKEND_TLS_POLICY_STATUS = 7;

	/**
	 * The feature id for the '<em><b>Ancestors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_STATUS__ANCESTORS = 0;

	/**
	 * The number of structural features of the '<em>Backend TLS Policy Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_STATUS_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyAncestorImpl <em>Backend TLS Policy Ancestor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyAncestorImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getBackendTLSPolicyAncestor()
	 * @generated
	 */
	int BACKEND_TLS_POLICY_ANCESTOR = 8;

	/**
	 * The feature id for the '<em><b>Ancestor Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_ANCESTOR__ANCESTOR_REF = 0;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_ANCESTOR__CONDITIONS = 1;

	/**
	 * The feature id for the '<em><b>Controller Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_ANCESTOR__CONTROLLER_NAME = 2;

	/**
	 * The number of structural features of the '<em>Backend TLS Policy Ancestor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_ANCESTOR_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyAncestorRefImpl <em>Backend TLS Policy Ancestor Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyAncestorRefImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getBackendTLSPolicyAncestorRef()
	 * @generated
	 */
	int BACKEND_TLS_POLICY_ANCESTOR_REF = 9;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_ANCESTOR_REF__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_ANCESTOR_REF__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_ANCESTOR_REF__NAME = 2;

	/**
	 * The feature id for the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_ANCESTOR_REF__NAMESPACE = 3;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_ANCESTOR_REF__PORT = 4;

	/**
	 * The feature id for the '<em><b>Section Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_ANCESTOR_REF__SECTION_NAME = 5;

	/**
	 * The number of structural features of the '<em>Backend TLS Policy Ancestor Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_ANCESTOR_REF_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyConditionImpl <em>Backend TLS Policy Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyConditionImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getBackendTLSPolicyCondition()
	 * @generated
	 */
	int BACKEND_TLS_POLICY_CONDITION = 10;

	/**
	 * The feature id for the '<em><b>Last Transition Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_CONDITION__LAST_TRANSITION_TIME = 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_CONDITION__MESSAGE = 1;

	/**
	 * The feature id for the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_CONDITION__OBSERVED_GENERATION = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_CONDITION__REASON = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_CONDITION__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_CONDITION__TYPE = 5;

	/**
	 * The number of structural features of the '<em>Backend TLS Policy Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_TLS_POLICY_CONDITION_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteSpecImpl <em>TLS Route Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteSpecImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getTLSRouteSpec()
	 * @generated
	 */
	int TLS_ROUTE_SPEC = 11;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteParentRefImpl <em>TLS Route Parent Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteParentRefImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getTLSRouteParentRef()
	 * @generated
	 */
	int TLS_ROUTE_PARENT_REF = 12;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteRuleImpl <em>TLS Route Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteRuleImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getTLSRouteRule()
	 * @generated
	 */
	int TLS_ROUTE_RULE = 13;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteBackendRefImpl <em>TLS Route Backend Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteBackendRefImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getTLSRouteBackendRef()
	 * @generated
	 */
	int TLS_ROUTE_BACKEND_REF = 14;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteStatusImpl <em>TLS Route Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteStatusImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getTLSRouteStatus()
	 * @generated
	 */
	int TLS_ROUTE_STATUS = 15;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteParentImpl <em>TLS Route Parent</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteParentImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getTLSRouteParent()
	 * @generated
	 */
	int TLS_ROUTE_PARENT = 16;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteConditionImpl <em>TLS Route Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteConditionImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getTLSRouteCondition()
	 * @generated
	 */
	int TLS_ROUTE_CONDITION = 17;

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
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.StringMapEntryImpl <em>String Map Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.StringMapEntryImpl
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getStringMapEntry()
	 * @generated
	 */
	int STRING_MAP_ENTRY = 18;

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
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicy <em>Backend TLS Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Backend TLS Policy</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicy
	 * @generated
	 */
	EClass getBackendTLSPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicy#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicy#getApiVersion()
	 * @see #getBackendTLSPolicy()
	 * @generated
	 */
	EAttribute getBackendTLSPolicy_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicy#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicy#getKind()
	 * @see #getBackendTLSPolicy()
	 * @generated
	 */
	EAttribute getBackendTLSPolicy_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicy#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicy#getMetadata()
	 * @see #getBackendTLSPolicy()
	 * @generated
	 */
	EReference getBackendTLSPolicy_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicy#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicy#getSpec()
	 * @see #getBackendTLSPolicy()
	 * @generated
	 */
	EReference getBackendTLSPolicy_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicy#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicy#getStatus()
	 * @see #getBackendTLSPolicy()
	 * @generated
	 */
	EReference getBackendTLSPolicy_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRoute <em>TLS Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>TLS Route</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRoute
	 * @generated
	 */
	EClass getTLSRoute();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRoute#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRoute#getApiVersion()
	 * @see #getTLSRoute()
	 * @generated
	 */
	EAttribute getTLSRoute_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRoute#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRoute#getKind()
	 * @see #getTLSRoute()
	 * @generated
	 */
	EAttribute getTLSRoute_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRoute#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRoute#getMetadata()
	 * @see #getTLSRoute()
	 * @generated
	 */
	EReference getTLSRoute_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRoute#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRoute#getSpec()
	 * @see #getTLSRoute()
	 * @generated
	 */
	EReference getTLSRoute_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRoute#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRoute#getStatus()
	 * @see #getTLSRoute()
	 * @generated
	 */
	EReference getTLSRoute_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicySpec <em>Backend TLS Policy Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Backend TLS Policy Spec</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicySpec
	 * @generated
	 */
	EClass getBackendTLSPolicySpec();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicySpec#getOptions <em>Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Options</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicySpec#getOptions()
	 * @see #getBackendTLSPolicySpec()
	 * @generated
	 */
	EReference getBackendTLSPolicySpec_Options();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicySpec#getTargetRefs <em>Target Refs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Target Refs</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicySpec#getTargetRefs()
	 * @see #getBackendTLSPolicySpec()
	 * @generated
	 */
	EReference getBackendTLSPolicySpec_TargetRefs();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicySpec#getValidation <em>Validation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Validation</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicySpec#getValidation()
	 * @see #getBackendTLSPolicySpec()
	 * @generated
	 */
	EReference getBackendTLSPolicySpec_Validation();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyTargetRef <em>Backend TLS Policy Target Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Backend TLS Policy Target Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyTargetRef
	 * @generated
	 */
	EClass getBackendTLSPolicyTargetRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyTargetRef#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyTargetRef#getGroup()
	 * @see #getBackendTLSPolicyTargetRef()
	 * @generated
	 */
	EAttribute getBackendTLSPolicyTargetRef_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyTargetRef#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyTargetRef#getKind()
	 * @see #getBackendTLSPolicyTargetRef()
	 * @generated
	 */
	EAttribute getBackendTLSPolicyTargetRef_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyTargetRef#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyTargetRef#getName()
	 * @see #getBackendTLSPolicyTargetRef()
	 * @generated
	 */
	EAttribute getBackendTLSPolicyTargetRef_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyTargetRef#getSectionName <em>Section Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyTargetRef#getSectionName()
	 * @see #getBackendTLSPolicyTargetRef()
	 * @generated
	 */
	EAttribute getBackendTLSPolicyTargetRef_SectionName();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyValidation <em>Backend TLS Policy Validation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Backend TLS Policy Validation</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyValidation
	 * @generated
	 */
	EClass getBackendTLSPolicyValidation();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyValidation#getCaCertificateRefs <em>Ca Certificate Refs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ca Certificate Refs</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyValidation#getCaCertificateRefs()
	 * @see #getBackendTLSPolicyValidation()
	 * @generated
	 */
	EReference getBackendTLSPolicyValidation_CaCertificateRefs();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyValidation#getHostname <em>Hostname</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hostname</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyValidation#getHostname()
	 * @see #getBackendTLSPolicyValidation()
	 * @generated
	 */
	EAttribute getBackendTLSPolicyValidation_Hostname();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyValidation#getSubjectAltNames <em>Subject Alt Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subject Alt Names</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyValidation#getSubjectAltNames()
	 * @see #getBackendTLSPolicyValidation()
	 * @generated
	 */
	EReference getBackendTLSPolicyValidation_SubjectAltNames();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyValidation#getWellKnownCACertificates <em>Well Known CA Certificates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Well Known CA Certificates</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyValidation#getWellKnownCACertificates()
	 * @see #getBackendTLSPolicyValidation()
	 * @generated
	 */
	EAttribute getBackendTLSPolicyValidation_WellKnownCACertificates();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyCaCertificateRef <em>Backend TLS Policy Ca Certificate Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Backend TLS Policy Ca Certificate Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyCaCertificateRef
	 * @generated
	 */
	EClass getBackendTLSPolicyCaCertificateRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyCaCertificateRef#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyCaCertificateRef#getGroup()
	 * @see #getBackendTLSPolicyCaCertificateRef()
	 * @generated
	 */
	EAttribute getBackendTLSPolicyCaCertificateRef_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyCaCertificateRef#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyCaCertificateRef#getKind()
	 * @see #getBackendTLSPolicyCaCertificateRef()
	 * @generated
	 */
	EAttribute getBackendTLSPolicyCaCertificateRef_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyCaCertificateRef#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyCaCertificateRef#getName()
	 * @see #getBackendTLSPolicyCaCertificateRef()
	 * @generated
	 */
	EAttribute getBackendTLSPolicyCaCertificateRef_Name();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicySubjectAltName <em>Backend TLS Policy Subject Alt Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Backend TLS Policy Subject Alt Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicySubjectAltName
	 * @generated
	 */
	EClass getBackendTLSPolicySubjectAltName();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicySubjectAltName#getHostname <em>Hostname</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hostname</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicySubjectAltName#getHostname()
	 * @see #getBackendTLSPolicySubjectAltName()
	 * @generated
	 */
	EAttribute getBackendTLSPolicySubjectAltName_Hostname();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicySubjectAltName#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicySubjectAltName#getType()
	 * @see #getBackendTLSPolicySubjectAltName()
	 * @generated
	 */
	EAttribute getBackendTLSPolicySubjectAltName_Type();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicySubjectAltName#getUri <em>Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uri</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicySubjectAltName#getUri()
	 * @see #getBackendTLSPolicySubjectAltName()
	 * @generated
	 */
	EAttribute getBackendTLSPolicySubjectAltName_Uri();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyStatus <em>Backend TLS Policy Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Backend TLS Policy Status</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyStatus
	 * @generated
	 */
	EClass getBackendTLSPolicyStatus();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyStatus#getAncestors <em>Ancestors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ancestors</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyStatus#getAncestors()
	 * @see #getBackendTLSPolicyStatus()
	 * @generated
	 */
	EReference getBackendTLSPolicyStatus_Ancestors();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestor <em>Backend TLS Policy Ancestor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Backend TLS Policy Ancestor</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestor
	 * @generated
	 */
	EClass getBackendTLSPolicyAncestor();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestor#getAncestorRef <em>Ancestor Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Ancestor Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestor#getAncestorRef()
	 * @see #getBackendTLSPolicyAncestor()
	 * @generated
	 */
	EReference getBackendTLSPolicyAncestor_AncestorRef();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestor#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestor#getConditions()
	 * @see #getBackendTLSPolicyAncestor()
	 * @generated
	 */
	EReference getBackendTLSPolicyAncestor_Conditions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestor#getControllerName <em>Controller Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Controller Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestor#getControllerName()
	 * @see #getBackendTLSPolicyAncestor()
	 * @generated
	 */
	EAttribute getBackendTLSPolicyAncestor_ControllerName();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestorRef <em>Backend TLS Policy Ancestor Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Backend TLS Policy Ancestor Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestorRef
	 * @generated
	 */
	EClass getBackendTLSPolicyAncestorRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestorRef#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestorRef#getGroup()
	 * @see #getBackendTLSPolicyAncestorRef()
	 * @generated
	 */
	EAttribute getBackendTLSPolicyAncestorRef_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestorRef#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestorRef#getKind()
	 * @see #getBackendTLSPolicyAncestorRef()
	 * @generated
	 */
	EAttribute getBackendTLSPolicyAncestorRef_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestorRef#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestorRef#getName()
	 * @see #getBackendTLSPolicyAncestorRef()
	 * @generated
	 */
	EAttribute getBackendTLSPolicyAncestorRef_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestorRef#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestorRef#getNamespace()
	 * @see #getBackendTLSPolicyAncestorRef()
	 * @generated
	 */
	EAttribute getBackendTLSPolicyAncestorRef_Namespace();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestorRef#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestorRef#getPort()
	 * @see #getBackendTLSPolicyAncestorRef()
	 * @generated
	 */
	EAttribute getBackendTLSPolicyAncestorRef_Port();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestorRef#getSectionName <em>Section Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyAncestorRef#getSectionName()
	 * @see #getBackendTLSPolicyAncestorRef()
	 * @generated
	 */
	EAttribute getBackendTLSPolicyAncestorRef_SectionName();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyCondition <em>Backend TLS Policy Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Backend TLS Policy Condition</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyCondition
	 * @generated
	 */
	EClass getBackendTLSPolicyCondition();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyCondition#getLastTransitionTime <em>Last Transition Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Transition Time</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyCondition#getLastTransitionTime()
	 * @see #getBackendTLSPolicyCondition()
	 * @generated
	 */
	EAttribute getBackendTLSPolicyCondition_LastTransitionTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyCondition#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyCondition#getMessage()
	 * @see #getBackendTLSPolicyCondition()
	 * @generated
	 */
	EAttribute getBackendTLSPolicyCondition_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyCondition#getObservedGeneration <em>Observed Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed Generation</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyCondition#getObservedGeneration()
	 * @see #getBackendTLSPolicyCondition()
	 * @generated
	 */
	EAttribute getBackendTLSPolicyCondition_ObservedGeneration();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyCondition#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyCondition#getReason()
	 * @see #getBackendTLSPolicyCondition()
	 * @generated
	 */
	EAttribute getBackendTLSPolicyCondition_Reason();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyCondition#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyCondition#getStatus()
	 * @see #getBackendTLSPolicyCondition()
	 * @generated
	 */
	EAttribute getBackendTLSPolicyCondition_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyCondition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicyCondition#getType()
	 * @see #getBackendTLSPolicyCondition()
	 * @generated
	 */
	EAttribute getBackendTLSPolicyCondition_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteSpec <em>TLS Route Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>TLS Route Spec</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteSpec
	 * @generated
	 */
	EClass getTLSRouteSpec();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteSpec#getHostnames <em>Hostnames</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Hostnames</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteSpec#getHostnames()
	 * @see #getTLSRouteSpec()
	 * @generated
	 */
	EAttribute getTLSRouteSpec_Hostnames();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteSpec#getParentRefs <em>Parent Refs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parent Refs</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteSpec#getParentRefs()
	 * @see #getTLSRouteSpec()
	 * @generated
	 */
	EReference getTLSRouteSpec_ParentRefs();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteSpec#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteSpec#getRules()
	 * @see #getTLSRouteSpec()
	 * @generated
	 */
	EReference getTLSRouteSpec_Rules();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteParentRef <em>TLS Route Parent Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>TLS Route Parent Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteParentRef
	 * @generated
	 */
	EClass getTLSRouteParentRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteParentRef#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteParentRef#getGroup()
	 * @see #getTLSRouteParentRef()
	 * @generated
	 */
	EAttribute getTLSRouteParentRef_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteParentRef#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteParentRef#getKind()
	 * @see #getTLSRouteParentRef()
	 * @generated
	 */
	EAttribute getTLSRouteParentRef_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteParentRef#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteParentRef#getName()
	 * @see #getTLSRouteParentRef()
	 * @generated
	 */
	EAttribute getTLSRouteParentRef_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteParentRef#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteParentRef#getNamespace()
	 * @see #getTLSRouteParentRef()
	 * @generated
	 */
	EAttribute getTLSRouteParentRef_Namespace();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteParentRef#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteParentRef#getPort()
	 * @see #getTLSRouteParentRef()
	 * @generated
	 */
	EAttribute getTLSRouteParentRef_Port();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteParentRef#getSectionName <em>Section Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteParentRef#getSectionName()
	 * @see #getTLSRouteParentRef()
	 * @generated
	 */
	EAttribute getTLSRouteParentRef_SectionName();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteRule <em>TLS Route Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>TLS Route Rule</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteRule
	 * @generated
	 */
	EClass getTLSRouteRule();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteRule#getBackendRefs <em>Backend Refs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Backend Refs</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteRule#getBackendRefs()
	 * @see #getTLSRouteRule()
	 * @generated
	 */
	EReference getTLSRouteRule_BackendRefs();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteRule#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteRule#getName()
	 * @see #getTLSRouteRule()
	 * @generated
	 */
	EAttribute getTLSRouteRule_Name();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteBackendRef <em>TLS Route Backend Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>TLS Route Backend Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteBackendRef
	 * @generated
	 */
	EClass getTLSRouteBackendRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteBackendRef#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteBackendRef#getGroup()
	 * @see #getTLSRouteBackendRef()
	 * @generated
	 */
	EAttribute getTLSRouteBackendRef_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteBackendRef#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteBackendRef#getKind()
	 * @see #getTLSRouteBackendRef()
	 * @generated
	 */
	EAttribute getTLSRouteBackendRef_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteBackendRef#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteBackendRef#getName()
	 * @see #getTLSRouteBackendRef()
	 * @generated
	 */
	EAttribute getTLSRouteBackendRef_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteBackendRef#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteBackendRef#getNamespace()
	 * @see #getTLSRouteBackendRef()
	 * @generated
	 */
	EAttribute getTLSRouteBackendRef_Namespace();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteBackendRef#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteBackendRef#getPort()
	 * @see #getTLSRouteBackendRef()
	 * @generated
	 */
	EAttribute getTLSRouteBackendRef_Port();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteBackendRef#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteBackendRef#getWeight()
	 * @see #getTLSRouteBackendRef()
	 * @generated
	 */
	EAttribute getTLSRouteBackendRef_Weight();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteStatus <em>TLS Route Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>TLS Route Status</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteStatus
	 * @generated
	 */
	EClass getTLSRouteStatus();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteStatus#getParents <em>Parents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parents</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteStatus#getParents()
	 * @see #getTLSRouteStatus()
	 * @generated
	 */
	EReference getTLSRouteStatus_Parents();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteParent <em>TLS Route Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>TLS Route Parent</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteParent
	 * @generated
	 */
	EClass getTLSRouteParent();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteParent#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteParent#getConditions()
	 * @see #getTLSRouteParent()
	 * @generated
	 */
	EReference getTLSRouteParent_Conditions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteParent#getControllerName <em>Controller Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Controller Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteParent#getControllerName()
	 * @see #getTLSRouteParent()
	 * @generated
	 */
	EAttribute getTLSRouteParent_ControllerName();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteParent#getParentRef <em>Parent Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Parent Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteParent#getParentRef()
	 * @see #getTLSRouteParent()
	 * @generated
	 */
	EReference getTLSRouteParent_ParentRef();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteCondition <em>TLS Route Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>TLS Route Condition</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteCondition
	 * @generated
	 */
	EClass getTLSRouteCondition();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteCondition#getLastTransitionTime <em>Last Transition Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Transition Time</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteCondition#getLastTransitionTime()
	 * @see #getTLSRouteCondition()
	 * @generated
	 */
	EAttribute getTLSRouteCondition_LastTransitionTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteCondition#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteCondition#getMessage()
	 * @see #getTLSRouteCondition()
	 * @generated
	 */
	EAttribute getTLSRouteCondition_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteCondition#getObservedGeneration <em>Observed Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed Generation</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteCondition#getObservedGeneration()
	 * @see #getTLSRouteCondition()
	 * @generated
	 */
	EAttribute getTLSRouteCondition_ObservedGeneration();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteCondition#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteCondition#getReason()
	 * @see #getTLSRouteCondition()
	 * @generated
	 */
	EAttribute getTLSRouteCondition_Reason();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteCondition#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteCondition#getStatus()
	 * @see #getTLSRouteCondition()
	 * @generated
	 */
	EAttribute getTLSRouteCondition_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteCondition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1alpha3.TLSRouteCondition#getType()
	 * @see #getTLSRouteCondition()
	 * @generated
	 */
	EAttribute getTLSRouteCondition_Type();

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
	GatewayV1alpha3Factory getGatewayV1alpha3Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyImpl <em>Backend TLS Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getBackendTLSPolicy()
		 * @generated
		 */
		EClass BACKEND_TLS_POLICY = eINSTANCE.getBackendTLSPolicy();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY__API_VERSION = eINSTANCE.getBackendTLSPolicy_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY__KIND = eINSTANCE.getBackendTLSPolicy_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BACKEND_TLS_POLICY__METADATA = eINSTANCE.getBackendTLSPolicy_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BACKEND_TLS_POLICY__SPEC = eINSTANCE.getBackendTLSPolicy_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BACKEND_TLS_POLICY__STATUS = eINSTANCE.getBackendTLSPolicy_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteImpl <em>TLS Route</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getTLSRoute()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicySpecImpl <em>Backend TLS Policy Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicySpecImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getBackendTLSPolicySpec()
		 * @generated
		 */
		EClass BACKEND_TLS_POLICY_SPEC = eINSTANCE.getBackendTLSPolicySpec();

		/**
		 * The meta object literal for the '<em><b>Options</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BACKEND_TLS_POLICY_SPEC__OPTIONS = eINSTANCE.getBackendTLSPolicySpec_Options();

		/**
		 * The meta object literal for the '<em><b>Target Refs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BACKEND_TLS_POLICY_SPEC__TARGET_REFS = eINSTANCE.getBackendTLSPolicySpec_TargetRefs();

		/**
		 * The meta object literal for the '<em><b>Validation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BACKEND_TLS_POLICY_SPEC__VALIDATION = eINSTANCE.getBackendTLSPolicySpec_Validation();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyTargetRefImpl <em>Backend TLS Policy Target Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyTargetRefImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getBackendTLSPolicyTargetRef()
		 * @generated
		 */
		EClass BACKEND_TLS_POLICY_TARGET_REF = eINSTANCE.getBackendTLSPolicyTargetRef();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY_TARGET_REF__GROUP = eINSTANCE.getBackendTLSPolicyTargetRef_Group();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY_TARGET_REF__KIND = eINSTANCE.getBackendTLSPolicyTargetRef_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY_TARGET_REF__NAME = eINSTANCE.getBackendTLSPolicyTargetRef_Name();

		/**
		 * The meta object literal for the '<em><b>Section Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY_TARGET_REF__SECTION_NAME = eINSTANCE.getBackendTLSPolicyTargetRef_SectionName();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyValidationImpl <em>Backend TLS Policy Validation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyValidationImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getBackendTLSPolicyValidation()
		 * @generated
		 */
		EClass BACKEND_TLS_POLICY_VALIDATION = eINSTANCE.getBackendTLSPolicyValidation();

		/**
		 * The meta object literal for the '<em><b>Ca Certificate Refs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BACKEND_TLS_POLICY_VALIDATION__CA_CERTIFICATE_REFS = eINSTANCE.getBackendTLSPolicyValidation_CaCertificateRefs();

		/**
		 * The meta object literal for the '<em><b>Hostname</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY_VALIDATION__HOSTNAME = eINSTANCE.getBackendTLSPolicyValidation_Hostname();

		/**
		 * The meta object literal for the '<em><b>Subject Alt Names</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BACKEND_TLS_POLICY_VALIDATION__SUBJECT_ALT_NAMES = eINSTANCE.getBackendTLSPolicyValidation_SubjectAltNames();

		/**
		 * The meta object literal for the '<em><b>Well Known CA Certificates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY_VALIDATION__WELL_KNOWN_CA_CERTIFICATES = eINSTANCE.getBackendTLSPolicyValidation_WellKnownCACertificates();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyCaCertificateRefImpl <em>Backend TLS Policy Ca Certificate Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyCaCertificateRefImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getBackendTLSPolicyCaCertificateRef()
		 * @generated
		 */
		EClass BACKEND_TLS_POLICY_CA_CERTIFICATE_REF = eINSTANCE.getBackendTLSPolicyCaCertificateRef();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY_CA_CERTIFICATE_REF__GROUP = eINSTANCE.getBackendTLSPolicyCaCertificateRef_Group();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY_CA_CERTIFICATE_REF__KIND = eINSTANCE.getBackendTLSPolicyCaCertificateRef_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY_CA_CERTIFICATE_REF__NAME = eINSTANCE.getBackendTLSPolicyCaCertificateRef_Name();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicySubjectAltNameImpl <em>Backend TLS Policy Subject Alt Name</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicySubjectAltNameImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getBackendTLSPolicySubjectAltName()
		 * @generated
		 */
		EClass BACKEND_TLS_POLICY_SUBJECT_ALT_NAME = eINSTANCE.getBackendTLSPolicySubjectAltName();

		/**
		 * The meta object literal for the '<em><b>Hostname</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY_SUBJECT_ALT_NAME__HOSTNAME = eINSTANCE.getBackendTLSPolicySubjectAltName_Hostname();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY_SUBJECT_ALT_NAME__TYPE = eINSTANCE.getBackendTLSPolicySubjectAltName_Type();

		/**
		 * The meta object literal for the '<em><b>Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY_SUBJECT_ALT_NAME__URI = eINSTANCE.getBackendTLSPolicySubjectAltName_Uri();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyStatusImpl <em>Backend TLS Policy Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyStatusImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getBackendTLSPolicyStatus()
		 * @generated
		 */
		EClass BACKEND_TLS_POLICY_STATUS = eINSTANCE.getBackendTLSPolicyStatus();

		/**
		 * The meta object literal for the '<em><b>Ancestors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BACKEND_TLS_POLICY_STATUS__ANCESTORS = eINSTANCE.getBackendTLSPolicyStatus_Ancestors();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyAncestorImpl <em>Backend TLS Policy Ancestor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyAncestorImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getBackendTLSPolicyAncestor()
		 * @generated
		 */
		EClass BACKEND_TLS_POLICY_ANCESTOR = eINSTANCE.getBackendTLSPolicyAncestor();

		/**
		 * The meta object literal for the '<em><b>Ancestor Ref</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BACKEND_TLS_POLICY_ANCESTOR__ANCESTOR_REF = eINSTANCE.getBackendTLSPolicyAncestor_AncestorRef();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BACKEND_TLS_POLICY_ANCESTOR__CONDITIONS = eINSTANCE.getBackendTLSPolicyAncestor_Conditions();

		/**
		 * The meta object literal for the '<em><b>Controller Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY_ANCESTOR__CONTROLLER_NAME = eINSTANCE.getBackendTLSPolicyAncestor_ControllerName();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyAncestorRefImpl <em>Backend TLS Policy Ancestor Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyAncestorRefImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getBackendTLSPolicyAncestorRef()
		 * @generated
		 */
		EClass BACKEND_TLS_POLICY_ANCESTOR_REF = eINSTANCE.getBackendTLSPolicyAncestorRef();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY_ANCESTOR_REF__GROUP = eINSTANCE.getBackendTLSPolicyAncestorRef_Group();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY_ANCESTOR_REF__KIND = eINSTANCE.getBackendTLSPolicyAncestorRef_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY_ANCESTOR_REF__NAME = eINSTANCE.getBackendTLSPolicyAncestorRef_Name();

		/**
		 * The meta object literal for the '<em><b>Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY_ANCESTOR_REF__NAMESPACE = eINSTANCE.getBackendTLSPolicyAncestorRef_Namespace();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY_ANCESTOR_REF__PORT = eINSTANCE.getBackendTLSPolicyAncestorRef_Port();

		/**
		 * The meta object literal for the '<em><b>Section Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY_ANCESTOR_REF__SECTION_NAME = eINSTANCE.getBackendTLSPolicyAncestorRef_SectionName();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyConditionImpl <em>Backend TLS Policy Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicyConditionImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getBackendTLSPolicyCondition()
		 * @generated
		 */
		EClass BACKEND_TLS_POLICY_CONDITION = eINSTANCE.getBackendTLSPolicyCondition();

		/**
		 * The meta object literal for the '<em><b>Last Transition Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY_CONDITION__LAST_TRANSITION_TIME = eINSTANCE.getBackendTLSPolicyCondition_LastTransitionTime();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY_CONDITION__MESSAGE = eINSTANCE.getBackendTLSPolicyCondition_Message();

		/**
		 * The meta object literal for the '<em><b>Observed Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY_CONDITION__OBSERVED_GENERATION = eINSTANCE.getBackendTLSPolicyCondition_ObservedGeneration();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY_CONDITION__REASON = eINSTANCE.getBackendTLSPolicyCondition_Reason();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY_CONDITION__STATUS = eINSTANCE.getBackendTLSPolicyCondition_Status();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_TLS_POLICY_CONDITION__TYPE = eINSTANCE.getBackendTLSPolicyCondition_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteSpecImpl <em>TLS Route Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteSpecImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getTLSRouteSpec()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteParentRefImpl <em>TLS Route Parent Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteParentRefImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getTLSRouteParentRef()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteRuleImpl <em>TLS Route Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteRuleImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getTLSRouteRule()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteBackendRefImpl <em>TLS Route Backend Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteBackendRefImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getTLSRouteBackendRef()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteStatusImpl <em>TLS Route Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteStatusImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getTLSRouteStatus()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteParentImpl <em>TLS Route Parent</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteParentImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getTLSRouteParent()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteConditionImpl <em>TLS Route Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.TLSRouteConditionImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getTLSRouteCondition()
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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.StringMapEntryImpl <em>String Map Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.StringMapEntryImpl
		 * @see io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl#getStringMapEntry()
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

} //GatewayV1alpha3Package
