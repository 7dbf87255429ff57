/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1;

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
 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Factory
 * @generated
 */
public interface GatewayV1beta1Package extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "v1beta1";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://pilothouse.io/model/k8s/gateway/v1beta1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "gateway.v1beta1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	GatewayV1beta1Package eINSTANCE = io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayClassImpl <em>Gateway Class</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayClassImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayClass()
	 * @generated
	 */
	int GATEWAY_CLASS = 0;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Gateway Class</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayImpl <em>Gateway</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGateway()
	 * @generated
	 */
	int GATEWAY = 1;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Gateway</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteImpl <em>HTTP Route</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRoute()
	 * @generated
	 */
	int HTTP_ROUTE = 2;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE__STATUS = 4;

	/**
	 * The number of structural features of the '<em>HTTP Route</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.ReferenceGrantImpl <em>Reference Grant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.ReferenceGrantImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getReferenceGrant()
	 * @generated
	 */
	int REFERENCE_GRANT = 3;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_GRANT__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_GRANT__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_GRANT__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_GRANT__SPEC = 3;

	/**
	 * The number of structural features of the '<em>Reference Grant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_GRANT_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayClassSpecImpl <em>Gateway Class Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayClassSpecImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayClassSpec()
	 * @generated
	 */
	int GATEWAY_CLASS_SPEC = 4;

	/**
	 * The feature id for the '<em><b>Controller Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS_SPEC__CONTROLLER_NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS_SPEC__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Parameters Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS_SPEC__PARAMETERS_REF = 2;

	/**
	 * The number of structural features of the '<em>Gateway Class Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS_SPEC_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayClassParametersRefImpl <em>Gateway Class Parameters Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayClassParametersRefImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayClassParametersRef()
	 * @generated
	 */
	int GATEWAY_CLASS_PARAMETERS_REF = 5;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS_PARAMETERS_REF__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS_PARAMETERS_REF__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS_PARAMETERS_REF__NAME = 2;

	/**
	 * The feature id for the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS_PARAMETERS_REF__NAMESPACE = 3;

	/**
	 * The number of structural features of the '<em>Gateway Class Parameters Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS_PARAMETERS_REF_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayClassStatusImpl <em>Gateway Class Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayClassStatusImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayClassStatus()
	 * @generated
	 */
	int GATEWAY_CLASS_STATUS = 6;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS_STATUS__CONDITIONS = 0;

	/**
	 * The feature id for the '<em><b>Supported Features</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS_STATUS__SUPPORTED_FEATURES = 1;

	/**
	 * The number of structural features of the '<em>Gateway Class Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS_STATUS_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayClassConditionImpl <em>Gateway Class Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayClassConditionImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayClassCondition()
	 * @generated
	 */
	int GATEWAY_CLASS_CONDITION = 7;

	/**
	 * The feature id for the '<em><b>Last Transition Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS_CONDITION__LAST_TRANSITION_TIME = 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS_CONDITION__MESSAGE = 1;

	/**
	 * The feature id for the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS_CONDITION__OBSERVED_GENERATION = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS_CONDITION__REASON = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS_CONDITION__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS_CONDITION__TYPE = 5;

	/**
	 * The number of structural features of the '<em>Gateway Class Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS_CONDITION_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayClassSupportedFeatureImpl <em>Gateway Class Supported Feature</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayClassSupportedFeatureImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayClassSupportedFeature()
	 * @generated
	 */
	int GATEWAY_CLASS_SUPPORTED_FEATURE = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS_SUPPORTED_FEATURE__NAME = 0;

	/**
	 * The number of structural features of the '<em>Gateway Class Supported Feature</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CLASS_SUPPORTED_FEATURE_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySpecImpl <em>Gateway Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySpecImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewaySpec()
	 * @generated
	 */
	int GATEWAY_SPEC = 9;

	/**
	 * The feature id for the '<em><b>Addresses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_SPEC__ADDRESSES = 0;

	/**
	 * The feature id for the '<em><b>Allowed Listeners</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_SPEC__ALLOWED_LISTENERS = 1;

	/**
	 * The feature id for the '<em><b>Gateway Class Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_SPEC__GATEWAY_CLASS_NAME = 2;

	/**
	 * The feature id for the '<em><b>Infrastructure</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_SPEC__INFRASTRUCTURE = 3;

	/**
	 * The feature id for the '<em><b>Listeners</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_SPEC__LISTENERS = 4;

	/**
	 * The feature id for the '<em><b>Tls</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_SPEC__TLS = 5;

	/**
	 * The number of structural features of the '<em>Gateway Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_SPEC_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySpecAddressImpl <em>Gateway Spec Address</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySpecAddressImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewaySpecAddress()
	 * @generated
	 */
	int GATEWAY_SPEC_ADDRESS = 10;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_SPEC_ADDRESS__TYPE = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_SPEC_ADDRESS__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Gateway Spec Address</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_SPEC_ADDRESS_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayAllowedListenersImpl <em>Gateway Allowed Listeners</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayAllowedListenersImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayAllowedListeners()
	 * @generated
	 */
	int GATEWAY_ALLOWED_LISTENERS = 11;

	/**
	 * The feature id for the '<em><b>Namespaces</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_ALLOWED_LISTENERS__NAMESPACES = 0;

	/**
	 * The number of structural features of the '<em>Gateway Allowed Listeners</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_ALLOWED_LISTENERS_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayAllowedListenersNamespacesImpl <em>Gateway Allowed Listeners Namespaces</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayAllowedListenersNamespacesImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayAllowedListenersNamespaces()
	 * @generated
	 */
	int GATEWAY_ALLOWED_LISTENERS_NAMESPACES = 12;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_ALLOWED_LISTENERS_NAMESPACES__FROM = 0;

	/**
	 * The feature id for the '<em><b>Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_ALLOWED_LISTENERS_NAMESPACES__SELECTOR = 1;

	/**
	 * The number of structural features of the '<em>Gateway Allowed Listeners Namespaces</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_ALLOWED_LISTENERS_NAMESPACES_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySelectorImpl <em>Gateway Selector</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySelectorImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewaySelector()
	 * @generated
	 */
	int GATEWAY_SELECTOR = 13;

	/**
	 * The feature id for the '<em><b>Match Expressions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_SELECTOR__MATCH_EXPRESSIONS = 0;

	/**
	 * The feature id for the '<em><b>Match Labels</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_SELECTOR__MATCH_LABELS = 1;

	/**
	 * The number of structural features of the '<em>Gateway Selector</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_SELECTOR_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayMatchExpressionImpl <em>Gateway Match Expression</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayMatchExpressionImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayMatchExpression()
	 * @generated
	 */
	int GATEWAY_MATCH_EXPRESSION = 14;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_MATCH_EXPRESSION__KEY = 0;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_MATCH_EXPRESSION__OPERATOR = 1;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_MATCH_EXPRESSION__VALUES = 2;

	/**
	 * The number of structural features of the '<em>Gateway Match Expression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_MATCH_EXPRESSION_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayInfrastructureImpl <em>Gateway Infrastructure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayInfrastructureImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayInfrastructure()
	 * @generated
	 */
	int GATEWAY_INFRASTRUCTURE = 15;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_INFRASTRUCTURE__ANNOTATIONS = 0;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_INFRASTRUCTURE__LABELS = 1;

	/**
	 * The feature id for the '<em><b>Parameters Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_INFRASTRUCTURE__PARAMETERS_REF = 2;

	/**
	 * The number of structural features of the '<em>Gateway Infrastructure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_INFRASTRUCTURE_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayParametersRefImpl <em>Gateway Parameters Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayParametersRefImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayParametersRef()
	 * @generated
	 */
	int GATEWAY_PARAMETERS_REF = 16;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_PARAMETERS_REF__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_PARAMETERS_REF__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_PARAMETERS_REF__NAME = 2;

	/**
	 * The number of structural features of the '<em>Gateway Parameters Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_PARAMETERS_REF_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySpecListenerImpl <em>Gateway Spec Listener</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySpecListenerImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewaySpecListener()
	 * @generated
	 */
	int GATEWAY_SPEC_LISTENER = 17;

	/**
	 * The feature id for the '<em><b>Allowed Routes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_SPEC_LISTENER__ALLOWED_ROUTES = 0;

	/**
	 * The feature id for the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_SPEC_LISTENER__HOSTNAME = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_SPEC_LISTENER__NAME = 2;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_SPEC_LISTENER__PORT = 3;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_SPEC_LISTENER__PROTOCOL = 4;

	/**
	 * The feature id for the '<em><b>Tls</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_SPEC_LISTENER__TLS = 5;

	/**
	 * The number of structural features of the '<em>Gateway Spec Listener</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_SPEC_LISTENER_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayAllowedRoutesImpl <em>Gateway Allowed Routes</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayAllowedRoutesImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayAllowedRoutes()
	 * @generated
	 */
	int GATEWAY_ALLOWED_ROUTES = 18;

	/**
	 * The feature id for the '<em><b>Kinds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_ALLOWED_ROUTES__KINDS = 0;

	/**
	 * The feature id for the '<em><b>Namespaces</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_ALLOWED_ROUTES__NAMESPACES = 1;

	/**
	 * The number of structural features of the '<em>Gateway Allowed Routes</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_ALLOWED_ROUTES_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySupportedKindImpl <em>Gateway Supported Kind</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySupportedKindImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewaySupportedKind()
	 * @generated
	 */
	int GATEWAY_SUPPORTED_KIND = 19;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_SUPPORTED_KIND__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_SUPPORTED_KIND__KIND = 1;

	/**
	 * The number of structural features of the '<em>Gateway Supported Kind</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_SUPPORTED_KIND_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayAllowedRoutesNamespacesImpl <em>Gateway Allowed Routes Namespaces</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayAllowedRoutesNamespacesImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayAllowedRoutesNamespaces()
	 * @generated
	 */
	int GATEWAY_ALLOWED_ROUTES_NAMESPACES = 20;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_ALLOWED_ROUTES_NAMESPACES__FROM = 0;

	/**
	 * The feature id for the '<em><b>Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_ALLOWED_ROUTES_NAMESPACES__SELECTOR = 1;

	/**
	 * The number of structural features of the '<em>Gateway Allowed Routes Namespaces</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_ALLOWED_ROUTES_NAMESPACES_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayListenerTlsImpl <em>Gateway Listener Tls</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayListenerTlsImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayListenerTls()
	 * @generated
	 */
	int GATEWAY_LISTENER_TLS = 21;

	/**
	 * The feature id for the '<em><b>Certificate Refs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_LISTENER_TLS__CERTIFICATE_REFS = 0;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_LISTENER_TLS__MODE = 1;

	/**
	 * The feature id for the '<em><b>Options</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_LISTENER_TLS__OPTIONS = 2;

	/**
	 * The number of structural features of the '<em>Gateway Listener Tls</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_LISTENER_TLS_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayCertificateRefImpl <em>Gateway Certificate Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayCertificateRefImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayCertificateRef()
	 * @generated
	 */
	int GATEWAY_CERTIFICATE_REF = 22;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CERTIFICATE_REF__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CERTIFICATE_REF__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CERTIFICATE_REF__NAME = 2;

	/**
	 * The feature id for the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CERTIFICATE_REF__NAMESPACE = 3;

	/**
	 * The number of structural features of the '<em>Gateway Certificate Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CERTIFICATE_REF_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySpecTlsImpl <em>Gateway Spec Tls</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySpecTlsImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewaySpecTls()
	 * @generated
	 */
	int GATEWAY_SPEC_TLS = 23;

	/**
	 * The feature id for the '<em><b>Backend</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_SPEC_TLS__BACKEND = 0;

	/**
	 * The feature id for the '<em><b>Frontend</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_SPEC_TLS__FRONTEND = 1;

	/**
	 * The number of structural features of the '<em>Gateway Spec Tls</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_SPEC_TLS_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayBackendImpl <em>Gateway Backend</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayBackendImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayBackend()
	 * @generated
	 */
	int GATEWAY_BACKEND = 24;

	/**
	 * The feature id for the '<em><b>Client Certificate Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_BACKEND__CLIENT_CERTIFICATE_REF = 0;

	/**
	 * The number of structural features of the '<em>Gateway Backend</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_BACKEND_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayFrontendImpl <em>Gateway Frontend</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayFrontendImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayFrontend()
	 * @generated
	 */
	int GATEWAY_FRONTEND = 25;

	/**
	 * The feature id for the '<em><b>Default</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_FRONTEND__DEFAULT = 0;

	/**
	 * The feature id for the '<em><b>Per Port</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_FRONTEND__PER_PORT = 1;

	/**
	 * The number of structural features of the '<em>Gateway Frontend</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_FRONTEND_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayDefaultImpl <em>Gateway Default</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayDefaultImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayDefault()
	 * @generated
	 */
	int GATEWAY_DEFAULT = 26;

	/**
	 * The feature id for the '<em><b>Validation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_DEFAULT__VALIDATION = 0;

	/**
	 * The number of structural features of the '<em>Gateway Default</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_DEFAULT_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayValidationImpl <em>Gateway Validation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayValidationImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayValidation()
	 * @generated
	 */
	int GATEWAY_VALIDATION = 27;

	/**
	 * The feature id for the '<em><b>Ca Certificate Refs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_VALIDATION__CA_CERTIFICATE_REFS = 0;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_VALIDATION__MODE = 1;

	/**
	 * The number of structural features of the '<em>Gateway Validation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_VALIDATION_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayCaCertificateRefImpl <em>Gateway Ca Certificate Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayCaCertificateRefImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayCaCertificateRef()
	 * @generated
	 */
	int GATEWAY_CA_CERTIFICATE_REF = 28;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CA_CERTIFICATE_REF__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CA_CERTIFICATE_REF__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CA_CERTIFICATE_REF__NAME = 2;

	/**
	 * The feature id for the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CA_CERTIFICATE_REF__NAMESPACE = 3;

	/**
	 * The number of structural features of the '<em>Gateway Ca Certificate Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CA_CERTIFICATE_REF_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayPerPortImpl <em>Gateway Per Port</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayPerPortImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayPerPort()
	 * @generated
	 */
	int GATEWAY_PER_PORT = 29;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_PER_PORT__PORT = 0;

	/**
	 * The feature id for the '<em><b>Tls</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_PER_PORT__TLS = 1;

	/**
	 * The number of structural features of the '<em>Gateway Per Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_PER_PORT_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayStatusImpl <em>Gateway Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayStatusImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayStatus()
	 * @generated
	 */
	int GATEWAY_STATUS = 30;

	/**
	 * The feature id for the '<em><b>Addresses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_STATUS__ADDRESSES = 0;

	/**
	 * The feature id for the '<em><b>Attached Listener Sets</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_STATUS__ATTACHED_LISTENER_SETS = 1;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_STATUS__CONDITIONS = 2;

	/**
	 * The feature id for the '<em><b>Listeners</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_STATUS__LISTENERS = 3;

	/**
	 * The number of structural features of the '<em>Gateway Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_STATUS_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayStatusAddressImpl <em>Gateway Status Address</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayStatusAddressImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayStatusAddress()
	 * @generated
	 */
	int GATEWAY_STATUS_ADDRESS = 31;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_STATUS_ADDRESS__TYPE = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_STATUS_ADDRESS__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Gateway Status Address</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_STATUS_ADDRESS_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayConditionImpl <em>Gateway Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayConditionImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayCondition()
	 * @generated
	 */
	int GATEWAY_CONDITION = 32;

	/**
	 * The feature id for the '<em><b>Last Transition Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CONDITION__LAST_TRANSITION_TIME = 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CONDITION__MESSAGE = 1;

	/**
	 * The feature id for the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CONDITION__OBSERVED_GENERATION = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CONDITION__REASON = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CONDITION__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CONDITION__TYPE = 5;

	/**
	 * The number of structural features of the '<em>Gateway Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_CONDITION_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayStatusListenerImpl <em>Gateway Status Listener</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayStatusListenerImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayStatusListener()
	 * @generated
	 */
	int GATEWAY_STATUS_LISTENER = 33;

	/**
	 * The feature id for the '<em><b>Attached Routes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_STATUS_LISTENER__ATTACHED_ROUTES = 0;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_STATUS_LISTENER__CONDITIONS = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_STATUS_LISTENER__NAME = 2;

	/**
	 * The feature id for the '<em><b>Supported Kinds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_STATUS_LISTENER__SUPPORTED_KINDS = 3;

	/**
	 * The number of structural features of the '<em>Gateway Status Listener</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_STATUS_LISTENER_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteSpecImpl <em>HTTP Route Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteSpecImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteSpec()
	 * @generated
	 */
	int HTTP_ROUTE_SPEC = 34;

	/**
	 * The feature id for the '<em><b>Hostnames</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_SPEC__HOSTNAMES = 0;

	/**
	 * The feature id for the '<em><b>Parent Refs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_SPEC__PARENT_REFS = 1;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_SPEC__RULES = 2;

	/**
	 * The number of structural features of the '<em>HTTP Route Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_SPEC_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteParentRefImpl <em>HTTP Route Parent Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteParentRefImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteParentRef()
	 * @generated
	 */
	int HTTP_ROUTE_PARENT_REF = 35;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_PARENT_REF__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_PARENT_REF__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_PARENT_REF__NAME = 2;

	/**
	 * The feature id for the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_PARENT_REF__NAMESPACE = 3;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_PARENT_REF__PORT = 4;

	/**
	 * The feature id for the '<em><b>Section Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_PARENT_REF__SECTION_NAME = 5;

	/**
	 * The number of structural features of the '<em>HTTP Route Parent Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_PARENT_REF_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRuleImpl <em>HTTP Route Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRuleImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteRule()
	 * @generated
	 */
	int HTTP_ROUTE_RULE = 36;

	/**
	 * The feature id for the '<em><b>Backend Refs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_RULE__BACKEND_REFS = 0;

	/**
	 * The feature id for the '<em><b>Filters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_RULE__FILTERS = 1;

	/**
	 * The feature id for the '<em><b>Matches</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_RULE__MATCHES = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_RULE__NAME = 3;

	/**
	 * The feature id for the '<em><b>Timeouts</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_RULE__TIMEOUTS = 4;

	/**
	 * The number of structural features of the '<em>HTTP Route Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_RULE_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRuleBackendRefImpl <em>HTTP Route Rule Backend Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRuleBackendRefImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteRuleBackendRef()
	 * @generated
	 */
	int HTTP_ROUTE_RULE_BACKEND_REF = 37;

	/**
	 * The feature id for the '<em><b>Filters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_RULE_BACKEND_REF__FILTERS = 0;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_RULE_BACKEND_REF__GROUP = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_RULE_BACKEND_REF__KIND = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_RULE_BACKEND_REF__NAME = 3;

	/**
	 * The feature id for the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_RULE_BACKEND_REF__NAMESPACE = 4;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_RULE_BACKEND_REF__PORT = 5;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_RULE_BACKEND_REF__WEIGHT = 6;

	/**
	 * The number of structural features of the '<em>HTTP Route Rule Backend Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_RULE_BACKEND_REF_FEATURE_COUNT = 7;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteFilterImpl <em>HTTP Route Filter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteFilterImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteFilter()
	 * @generated
	 */
	int HTTP_ROUTE_FILTER = 38;

	/**
	 * The feature id for the '<em><b>Cors</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_FILTER__CORS = 0;

	/**
	 * The feature id for the '<em><b>Extension Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_FILTER__EXTENSION_REF = 1;

	/**
	 * The feature id for the '<em><b>Request Header Modifier</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_FILTER__REQUEST_HEADER_MODIFIER = 2;

	/**
	 * The feature id for the '<em><b>Request Mirror</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_FILTER__REQUEST_MIRROR = 3;

	/**
	 * The feature id for the '<em><b>Request Redirect</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_FILTER__REQUEST_REDIRECT = 4;

	/**
	 * The feature id for the '<em><b>Response Header Modifier</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_FILTER__RESPONSE_HEADER_MODIFIER = 5;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_FILTER__TYPE = 6;

	/**
	 * The feature id for the '<em><b>Url Rewrite</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_FILTER__URL_REWRITE = 7;

	/**
	 * The number of structural features of the '<em>HTTP Route Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_FILTER_FEATURE_COUNT = 8;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteCorsImpl <em>HTTP Route Cors</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteCorsImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteCors()
	 * @generated
	 */
	int HTTP_ROUTE_CORS = 39;

	/**
	 * The feature id for the '<em><b>Allow Credentials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_CORS__ALLOW_CREDENTIALS = 0;

	/**
	 * The feature id for the '<em><b>Allow Headers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_CORS__ALLOW_HEADERS = 1;

	/**
	 * The feature id for the '<em><b>Allow Methods</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_CORS__ALLOW_METHODS = 2;

	/**
	 * The feature id for the '<em><b>Allow Origins</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_CORS__ALLOW_ORIGINS = 3;

	/**
	 * The feature id for the '<em><b>Expose Headers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_CORS__EXPOSE_HEADERS = 4;

	/**
	 * The feature id for the '<em><b>Max Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_CORS__MAX_AGE = 5;

	/**
	 * The number of structural features of the '<em>HTTP Route Cors</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_CORS_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteExtensionRefImpl <em>HTTP Route Extension Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteExtensionRefImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteExtensionRef()
	 * @generated
	 */
	int HTTP_ROUTE_EXTENSION_REF = 40;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_EXTENSION_REF__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_EXTENSION_REF__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_EXTENSION_REF__NAME = 2;

	/**
	 * The number of structural features of the '<em>HTTP Route Extension Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_EXTENSION_REF_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRequestHeaderModifierImpl <em>HTTP Route Request Header Modifier</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRequestHeaderModifierImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteRequestHeaderModifier()
	 * @generated
	 */
	int HTTP_ROUTE_REQUEST_HEADER_MODIFIER = 41;

	/**
	 * The feature id for the '<em><b>Add</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_REQUEST_HEADER_MODIFIER__ADD = 0;

	/**
	 * The feature id for the '<em><b>Remove</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_REQUEST_HEADER_MODIFIER__REMOVE = 1;

	/**
	 * The feature id for the '<em><b>Set</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_REQUEST_HEADER_MODIFIER__SET = 2;

	/**
	 * The number of structural features of the '<em>HTTP Route Request Header Modifier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_REQUEST_HEADER_MODIFIER_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteAddImpl <em>HTTP Route Add</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteAddImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteAdd()
	 * @generated
	 */
	int HTTP_ROUTE_ADD = 42;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_ADD__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_ADD__VALUE = 1;

	/**
	 * The number of structural features of the '<em>HTTP Route Add</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_ADD_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRequestMirrorImpl <em>HTTP Route Request Mirror</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRequestMirrorImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteRequestMirror()
	 * @generated
	 */
	int HTTP_ROUTE_REQUEST_MIRROR = 43;

	/**
	 * The feature id for the '<em><b>Backend Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_REQUEST_MIRROR__BACKEND_REF = 0;

	/**
	 * The feature id for the '<em><b>Fraction</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_REQUEST_MIRROR__FRACTION = 1;

	/**
	 * The feature id for the '<em><b>Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_REQUEST_MIRROR__PERCENT = 2;

	/**
	 * The number of structural features of the '<em>HTTP Route Request Mirror</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_REQUEST_MIRROR_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRequestMirrorBackendRefImpl <em>HTTP Route Request Mirror Backend Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRequestMirrorBackendRefImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteRequestMirrorBackendRef()
	 * @generated
	 */
	int HTTP_ROUTE_REQUEST_MIRROR_BACKEND_REF = 44;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_REQUEST_MIRROR_BACKEND_REF__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_REQUEST_MIRROR_BACKEND_REF__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_REQUEST_MIRROR_BACKEND_REF__NAME = 2;

	/**
	 * The feature id for the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_REQUEST_MIRROR_BACKEND_REF__NAMESPACE = 3;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_REQUEST_MIRROR_BACKEND_REF__PORT = 4;

	/**
	 * The number of structural features of the '<em>HTTP Route Request Mirror Backend Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_REQUEST_MIRROR_BACKEND_REF_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteFractionImpl <em>HTTP Route Fraction</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteFractionImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteFraction()
	 * @generated
	 */
	int HTTP_ROUTE_FRACTION = 45;

	/**
	 * The feature id for the '<em><b>Denominator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_FRACTION__DENOMINATOR = 0;

	/**
	 * The feature id for the '<em><b>Numerator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_FRACTION__NUMERATOR = 1;

	/**
	 * The number of structural features of the '<em>HTTP Route Fraction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_FRACTION_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRequestRedirectImpl <em>HTTP Route Request Redirect</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRequestRedirectImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteRequestRedirect()
	 * @generated
	 */
	int HTTP_ROUTE_REQUEST_REDIRECT = 46;

	/**
	 * The feature id for the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_REQUEST_REDIRECT__HOSTNAME = 0;

	/**
	 * The feature id for the '<em><b>Path</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_REQUEST_REDIRECT__PATH = 1;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_REQUEST_REDIRECT__PORT = 2;

	/**
	 * The feature id for the '<em><b>Scheme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_REQUEST_REDIRECT__SCHEME = 3;

	/**
	 * The feature id for the '<em><b>Status Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_REQUEST_REDIRECT__STATUS_CODE = 4;

	/**
	 * The number of structural features of the '<em>HTTP Route Request Redirect</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_REQUEST_REDIRECT_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRequestRedirectPathImpl <em>HTTP Route Request Redirect Path</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRequestRedirectPathImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteRequestRedirectPath()
	 * @generated
	 */
	int HTTP_ROUTE_REQUEST_REDIRECT_PATH = 47;

	/**
	 * The feature id for the '<em><b>Replace Full Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_REQUEST_REDIRECT_PATH__REPLACE_FULL_PATH = 0;

	/**
	 * The feature id for the '<em><b>Replace Prefix Match</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_REQUEST_REDIRECT_PATH__REPLACE_PREFIX_MATCH = 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_REQUEST_REDIRECT_PATH__TYPE = 2;

	/**
	 * The number of structural features of the '<em>HTTP Route Request Redirect Path</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_REQUEST_REDIRECT_PATH_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteUrlRewriteImpl <em>HTTP Route Url Rewrite</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteUrlRewriteImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteUrlRewrite()
	 * @generated
	 */
	int HTTP_ROUTE_URL_REWRITE = 48;

	/**
	 * The feature id for the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_URL_REWRITE__HOSTNAME = 0;

	/**
	 * The feature id for the '<em><b>Path</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_URL_REWRITE__PATH = 1;

	/**
	 * The number of structural features of the '<em>HTTP Route Url Rewrite</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_URL_REWRITE_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteMatchImpl <em>HTTP Route Match</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteMatchImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteMatch()
	 * @generated
	 */
	int HTTP_ROUTE_MATCH = 49;

	/**
	 * The feature id for the '<em><b>Headers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_MATCH__HEADERS = 0;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_MATCH__METHOD = 1;

	/**
	 * The feature id for the '<em><b>Path</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_MATCH__PATH = 2;

	/**
	 * The feature id for the '<em><b>Query Params</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_MATCH__QUERY_PARAMS = 3;

	/**
	 * The number of structural features of the '<em>HTTP Route Match</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_MATCH_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteHeaderImpl <em>HTTP Route Header</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteHeaderImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteHeader()
	 * @generated
	 */
	int HTTP_ROUTE_HEADER = 50;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_HEADER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_HEADER__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_HEADER__VALUE = 2;

	/**
	 * The number of structural features of the '<em>HTTP Route Header</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_HEADER_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteMatchPathImpl <em>HTTP Route Match Path</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteMatchPathImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteMatchPath()
	 * @generated
	 */
	int HTTP_ROUTE_MATCH_PATH = 51;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_MATCH_PATH__TYPE = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_MATCH_PATH__VALUE = 1;

	/**
	 * The number of structural features of the '<em>HTTP Route Match Path</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_MATCH_PATH_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteQueryParamImpl <em>HTTP Route Query Param</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteQueryParamImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteQueryParam()
	 * @generated
	 */
	int HTTP_ROUTE_QUERY_PARAM = 52;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_QUERY_PARAM__NAME = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_QUERY_PARAM__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_QUERY_PARAM__VALUE = 2;

	/**
	 * The number of structural features of the '<em>HTTP Route Query Param</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_QUERY_PARAM_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteTimeoutsImpl <em>HTTP Route Timeouts</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteTimeoutsImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteTimeouts()
	 * @generated
	 */
	int HTTP_ROUTE_TIMEOUTS = 53;

	/**
	 * The feature id for the '<em><b>Backend Request</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_TIMEOUTS__BACKEND_REQUEST = 0;

	/**
	 * The feature id for the '<em><b>Request</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_TIMEOUTS__REQUEST = 1;

	/**
	 * The number of structural features of the '<em>HTTP Route Timeouts</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_TIMEOUTS_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteStatusImpl <em>HTTP Route Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteStatusImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteStatus()
	 * @generated
	 */
	int HTTP_ROUTE_STATUS = 54;

	/**
	 * The feature id for the '<em><b>Parents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_STATUS__PARENTS = 0;

	/**
	 * The number of structural features of the '<em>HTTP Route Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_STATUS_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteParentImpl <em>HTTP Route Parent</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteParentImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteParent()
	 * @generated
	 */
	int HTTP_ROUTE_PARENT = 55;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_PARENT__CONDITIONS = 0;

	/**
	 * The feature id for the '<em><b>Controller Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_PARENT__CONTROLLER_NAME = 1;

	/**
	 * The feature id for the '<em><b>Parent Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_PARENT__PARENT_REF = 2;

	/**
	 * The number of structural features of the '<em>HTTP Route Parent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_PARENT_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteConditionImpl <em>HTTP Route Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteConditionImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteCondition()
	 * @generated
	 */
	int HTTP_ROUTE_CONDITION = 56;

	/**
	 * The feature id for the '<em><b>Last Transition Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_CONDITION__LAST_TRANSITION_TIME = 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_CONDITION__MESSAGE = 1;

	/**
	 * The feature id for the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_CONDITION__OBSERVED_GENERATION = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_CONDITION__REASON = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_CONDITION__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_CONDITION__TYPE = 5;

	/**
	 * The number of structural features of the '<em>HTTP Route Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HTTP_ROUTE_CONDITION_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.ReferenceGrantSpecImpl <em>Reference Grant Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.ReferenceGrantSpecImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getReferenceGrantSpec()
	 * @generated
	 */
	int REFERENCE_GRANT_SPEC = 57;

	/**
	 * The feature id for the '<em><b>From</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_GRANT_SPEC__FROM = 0;

	/**
	 * The feature id for the '<em><b>To</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_GRANT_SPEC__TO = 1;

	/**
	 * The number of structural features of the '<em>Reference Grant Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_GRANT_SPEC_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.ReferenceGrantFromImpl <em>Reference Grant From</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.ReferenceGrantFromImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getReferenceGrantFrom()
	 * @generated
	 */
	int REFERENCE_GRANT_FROM = 58;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_GRANT_FROM__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_GRANT_FROM__KIND = 1;

	/**
	 * The feature id for the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_GRANT_FROM__NAMESPACE = 2;

	/**
	 * The number of structural features of the '<em>Reference Grant From</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_GRANT_FROM_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.ReferenceGrantToImpl <em>Reference Grant To</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.ReferenceGrantToImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getReferenceGrantTo()
	 * @generated
	 */
	int REFERENCE_GRANT_TO = 59;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_GRANT_TO__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_GRANT_TO__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_GRANT_TO__NAME = 2;

	/**
	 * The number of structural features of the '<em>Reference Grant To</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_GRANT_TO_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.StringMapEntryImpl <em>String Map Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.StringMapEntryImpl
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getStringMapEntry()
	 * @generated
	 */
	int STRING_MAP_ENTRY = 60;

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
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClass <em>Gateway Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Class</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClass
	 * @generated
	 */
	EClass getGatewayClass();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClass#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClass#getApiVersion()
	 * @see #getGatewayClass()
	 * @generated
	 */
	EAttribute getGatewayClass_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClass#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClass#getKind()
	 * @see #getGatewayClass()
	 * @generated
	 */
	EAttribute getGatewayClass_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClass#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClass#getMetadata()
	 * @see #getGatewayClass()
	 * @generated
	 */
	EReference getGatewayClass_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClass#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClass#getSpec()
	 * @see #getGatewayClass()
	 * @generated
	 */
	EReference getGatewayClass_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClass#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClass#getStatus()
	 * @see #getGatewayClass()
	 * @generated
	 */
	EReference getGatewayClass_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.Gateway <em>Gateway</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.Gateway
	 * @generated
	 */
	EClass getGateway();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.Gateway#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.Gateway#getApiVersion()
	 * @see #getGateway()
	 * @generated
	 */
	EAttribute getGateway_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.Gateway#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.Gateway#getKind()
	 * @see #getGateway()
	 * @generated
	 */
	EAttribute getGateway_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.Gateway#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.Gateway#getMetadata()
	 * @see #getGateway()
	 * @generated
	 */
	EReference getGateway_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.Gateway#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.Gateway#getSpec()
	 * @see #getGateway()
	 * @generated
	 */
	EReference getGateway_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.Gateway#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.Gateway#getStatus()
	 * @see #getGateway()
	 * @generated
	 */
	EReference getGateway_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRoute <em>HTTP Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HTTP Route</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRoute
	 * @generated
	 */
	EClass getHTTPRoute();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRoute#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRoute#getApiVersion()
	 * @see #getHTTPRoute()
	 * @generated
	 */
	EAttribute getHTTPRoute_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRoute#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRoute#getKind()
	 * @see #getHTTPRoute()
	 * @generated
	 */
	EAttribute getHTTPRoute_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRoute#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRoute#getMetadata()
	 * @see #getHTTPRoute()
	 * @generated
	 */
	EReference getHTTPRoute_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRoute#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRoute#getSpec()
	 * @see #getHTTPRoute()
	 * @generated
	 */
	EReference getHTTPRoute_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRoute#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRoute#getStatus()
	 * @see #getHTTPRoute()
	 * @generated
	 */
	EReference getHTTPRoute_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrant <em>Reference Grant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reference Grant</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrant
	 * @generated
	 */
	EClass getReferenceGrant();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrant#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrant#getApiVersion()
	 * @see #getReferenceGrant()
	 * @generated
	 */
	EAttribute getReferenceGrant_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrant#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrant#getKind()
	 * @see #getReferenceGrant()
	 * @generated
	 */
	EAttribute getReferenceGrant_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrant#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrant#getMetadata()
	 * @see #getReferenceGrant()
	 * @generated
	 */
	EReference getReferenceGrant_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrant#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrant#getSpec()
	 * @see #getReferenceGrant()
	 * @generated
	 */
	EReference getReferenceGrant_Spec();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassSpec <em>Gateway Class Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Class Spec</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassSpec
	 * @generated
	 */
	EClass getGatewayClassSpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassSpec#getControllerName <em>Controller Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Controller Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassSpec#getControllerName()
	 * @see #getGatewayClassSpec()
	 * @generated
	 */
	EAttribute getGatewayClassSpec_ControllerName();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassSpec#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassSpec#getDescription()
	 * @see #getGatewayClassSpec()
	 * @generated
	 */
	EAttribute getGatewayClassSpec_Description();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassSpec#getParametersRef <em>Parameters Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Parameters Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassSpec#getParametersRef()
	 * @see #getGatewayClassSpec()
	 * @generated
	 */
	EReference getGatewayClassSpec_ParametersRef();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassParametersRef <em>Gateway Class Parameters Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Class Parameters Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassParametersRef
	 * @generated
	 */
	EClass getGatewayClassParametersRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassParametersRef#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassParametersRef#getGroup()
	 * @see #getGatewayClassParametersRef()
	 * @generated
	 */
	EAttribute getGatewayClassParametersRef_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassParametersRef#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassParametersRef#getKind()
	 * @see #getGatewayClassParametersRef()
	 * @generated
	 */
	EAttribute getGatewayClassParametersRef_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassParametersRef#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassParametersRef#getName()
	 * @see #getGatewayClassParametersRef()
	 * @generated
	 */
	EAttribute getGatewayClassParametersRef_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassParametersRef#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassParametersRef#getNamespace()
	 * @see #getGatewayClassParametersRef()
	 * @generated
	 */
	EAttribute getGatewayClassParametersRef_Namespace();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassStatus <em>Gateway Class Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Class Status</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassStatus
	 * @generated
	 */
	EClass getGatewayClassStatus();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassStatus#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassStatus#getConditions()
	 * @see #getGatewayClassStatus()
	 * @generated
	 */
	EReference getGatewayClassStatus_Conditions();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassStatus#getSupportedFeatures <em>Supported Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Supported Features</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassStatus#getSupportedFeatures()
	 * @see #getGatewayClassStatus()
	 * @generated
	 */
	EReference getGatewayClassStatus_SupportedFeatures();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassCondition <em>Gateway Class Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Class Condition</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassCondition
	 * @generated
	 */
	EClass getGatewayClassCondition();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassCondition#getLastTransitionTime <em>Last Transition Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Transition Time</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassCondition#getLastTransitionTime()
	 * @see #getGatewayClassCondition()
	 * @generated
	 */
	EAttribute getGatewayClassCondition_LastTransitionTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassCondition#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassCondition#getMessage()
	 * @see #getGatewayClassCondition()
	 * @generated
	 */
	EAttribute getGatewayClassCondition_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassCondition#getObservedGeneration <em>Observed Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed Generation</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassCondition#getObservedGeneration()
	 * @see #getGatewayClassCondition()
	 * @generated
	 */
	EAttribute getGatewayClassCondition_ObservedGeneration();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassCondition#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassCondition#getReason()
	 * @see #getGatewayClassCondition()
	 * @generated
	 */
	EAttribute getGatewayClassCondition_Reason();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassCondition#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassCondition#getStatus()
	 * @see #getGatewayClassCondition()
	 * @generated
	 */
	EAttribute getGatewayClassCondition_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassCondition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassCondition#getType()
	 * @see #getGatewayClassCondition()
	 * @generated
	 */
	EAttribute getGatewayClassCondition_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassSupportedFeature <em>Gateway Class Supported Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Class Supported Feature</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassSupportedFeature
	 * @generated
	 */
	EClass getGatewayClassSupportedFeature();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassSupportedFeature#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayClassSupportedFeature#getName()
	 * @see #getGatewayClassSupportedFeature()
	 * @generated
	 */
	EAttribute getGatewayClassSupportedFeature_Name();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpec <em>Gateway Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Spec</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpec
	 * @generated
	 */
	EClass getGatewaySpec();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpec#getAddresses <em>Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Addresses</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpec#getAddresses()
	 * @see #getGatewaySpec()
	 * @generated
	 */
	EReference getGatewaySpec_Addresses();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpec#getAllowedListeners <em>Allowed Listeners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Allowed Listeners</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpec#getAllowedListeners()
	 * @see #getGatewaySpec()
	 * @generated
	 */
	EReference getGatewaySpec_AllowedListeners();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpec#getGatewayClassName <em>Gateway Class Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gateway Class Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpec#getGatewayClassName()
	 * @see #getGatewaySpec()
	 * @generated
	 */
	EAttribute getGatewaySpec_GatewayClassName();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpec#getInfrastructure <em>Infrastructure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Infrastructure</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpec#getInfrastructure()
	 * @see #getGatewaySpec()
	 * @generated
	 */
	EReference getGatewaySpec_Infrastructure();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpec#getListeners <em>Listeners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Listeners</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpec#getListeners()
	 * @see #getGatewaySpec()
	 * @generated
	 */
	EReference getGatewaySpec_Listeners();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpec#getTls <em>Tls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Tls</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpec#getTls()
	 * @see #getGatewaySpec()
	 * @generated
	 */
	EReference getGatewaySpec_Tls();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecAddress <em>Gateway Spec Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Spec Address</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecAddress
	 * @generated
	 */
	EClass getGatewaySpecAddress();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecAddress#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecAddress#getType()
	 * @see #getGatewaySpecAddress()
	 * @generated
	 */
	EAttribute getGatewaySpecAddress_Type();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecAddress#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecAddress#getValue()
	 * @see #getGatewaySpecAddress()
	 * @generated
	 */
	EAttribute getGatewaySpecAddress_Value();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedListeners <em>Gateway Allowed Listeners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Allowed Listeners</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedListeners
	 * @generated
	 */
	EClass getGatewayAllowedListeners();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedListeners#getNamespaces <em>Namespaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Namespaces</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedListeners#getNamespaces()
	 * @see #getGatewayAllowedListeners()
	 * @generated
	 */
	EReference getGatewayAllowedListeners_Namespaces();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedListenersNamespaces <em>Gateway Allowed Listeners Namespaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Allowed Listeners Namespaces</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedListenersNamespaces
	 * @generated
	 */
	EClass getGatewayAllowedListenersNamespaces();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedListenersNamespaces#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedListenersNamespaces#getFrom()
	 * @see #getGatewayAllowedListenersNamespaces()
	 * @generated
	 */
	EAttribute getGatewayAllowedListenersNamespaces_From();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedListenersNamespaces#getSelector <em>Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Selector</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedListenersNamespaces#getSelector()
	 * @see #getGatewayAllowedListenersNamespaces()
	 * @generated
	 */
	EReference getGatewayAllowedListenersNamespaces_Selector();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySelector <em>Gateway Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Selector</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewaySelector
	 * @generated
	 */
	EClass getGatewaySelector();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySelector#getMatchExpressions <em>Match Expressions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Match Expressions</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewaySelector#getMatchExpressions()
	 * @see #getGatewaySelector()
	 * @generated
	 */
	EReference getGatewaySelector_MatchExpressions();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySelector#getMatchLabels <em>Match Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Match Labels</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewaySelector#getMatchLabels()
	 * @see #getGatewaySelector()
	 * @generated
	 */
	EReference getGatewaySelector_MatchLabels();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayMatchExpression <em>Gateway Match Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Match Expression</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayMatchExpression
	 * @generated
	 */
	EClass getGatewayMatchExpression();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayMatchExpression#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayMatchExpression#getKey()
	 * @see #getGatewayMatchExpression()
	 * @generated
	 */
	EAttribute getGatewayMatchExpression_Key();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayMatchExpression#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayMatchExpression#getOperator()
	 * @see #getGatewayMatchExpression()
	 * @generated
	 */
	EAttribute getGatewayMatchExpression_Operator();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayMatchExpression#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayMatchExpression#getValues()
	 * @see #getGatewayMatchExpression()
	 * @generated
	 */
	EAttribute getGatewayMatchExpression_Values();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayInfrastructure <em>Gateway Infrastructure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Infrastructure</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayInfrastructure
	 * @generated
	 */
	EClass getGatewayInfrastructure();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayInfrastructure#getAnnotations <em>Annotations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Annotations</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayInfrastructure#getAnnotations()
	 * @see #getGatewayInfrastructure()
	 * @generated
	 */
	EReference getGatewayInfrastructure_Annotations();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayInfrastructure#getLabels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Labels</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayInfrastructure#getLabels()
	 * @see #getGatewayInfrastructure()
	 * @generated
	 */
	EReference getGatewayInfrastructure_Labels();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayInfrastructure#getParametersRef <em>Parameters Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Parameters Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayInfrastructure#getParametersRef()
	 * @see #getGatewayInfrastructure()
	 * @generated
	 */
	EReference getGatewayInfrastructure_ParametersRef();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayParametersRef <em>Gateway Parameters Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Parameters Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayParametersRef
	 * @generated
	 */
	EClass getGatewayParametersRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayParametersRef#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayParametersRef#getGroup()
	 * @see #getGatewayParametersRef()
	 * @generated
	 */
	EAttribute getGatewayParametersRef_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayParametersRef#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayParametersRef#getKind()
	 * @see #getGatewayParametersRef()
	 * @generated
	 */
	EAttribute getGatewayParametersRef_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayParametersRef#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayParametersRef#getName()
	 * @see #getGatewayParametersRef()
	 * @generated
	 */
	EAttribute getGatewayParametersRef_Name();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecListener <em>Gateway Spec Listener</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Spec Listener</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecListener
	 * @generated
	 */
	EClass getGatewaySpecListener();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecListener#getAllowedRoutes <em>Allowed Routes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Allowed Routes</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecListener#getAllowedRoutes()
	 * @see #getGatewaySpecListener()
	 * @generated
	 */
	EReference getGatewaySpecListener_AllowedRoutes();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecListener#getHostname <em>Hostname</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hostname</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecListener#getHostname()
	 * @see #getGatewaySpecListener()
	 * @generated
	 */
	EAttribute getGatewaySpecListener_Hostname();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecListener#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecListener#getName()
	 * @see #getGatewaySpecListener()
	 * @generated
	 */
	EAttribute getGatewaySpecListener_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecListener#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecListener#getPort()
	 * @see #getGatewaySpecListener()
	 * @generated
	 */
	EAttribute getGatewaySpecListener_Port();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecListener#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecListener#getProtocol()
	 * @see #getGatewaySpecListener()
	 * @generated
	 */
	EAttribute getGatewaySpecListener_Protocol();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecListener#getTls <em>Tls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Tls</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecListener#getTls()
	 * @see #getGatewaySpecListener()
	 * @generated
	 */
	EReference getGatewaySpecListener_Tls();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedRoutes <em>Gateway Allowed Routes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Allowed Routes</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedRoutes
	 * @generated
	 */
	EClass getGatewayAllowedRoutes();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedRoutes#getKinds <em>Kinds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Kinds</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedRoutes#getKinds()
	 * @see #getGatewayAllowedRoutes()
	 * @generated
	 */
	EReference getGatewayAllowedRoutes_Kinds();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedRoutes#getNamespaces <em>Namespaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Namespaces</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedRoutes#getNamespaces()
	 * @see #getGatewayAllowedRoutes()
	 * @generated
	 */
	EReference getGatewayAllowedRoutes_Namespaces();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySupportedKind <em>Gateway Supported Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Supported Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewaySupportedKind
	 * @generated
	 */
	EClass getGatewaySupportedKind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySupportedKind#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewaySupportedKind#getGroup()
	 * @see #getGatewaySupportedKind()
	 * @generated
	 */
	EAttribute getGatewaySupportedKind_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySupportedKind#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewaySupportedKind#getKind()
	 * @see #getGatewaySupportedKind()
	 * @generated
	 */
	EAttribute getGatewaySupportedKind_Kind();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedRoutesNamespaces <em>Gateway Allowed Routes Namespaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Allowed Routes Namespaces</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedRoutesNamespaces
	 * @generated
	 */
	EClass getGatewayAllowedRoutesNamespaces();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedRoutesNamespaces#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedRoutesNamespaces#getFrom()
	 * @see #getGatewayAllowedRoutesNamespaces()
	 * @generated
	 */
	EAttribute getGatewayAllowedRoutesNamespaces_From();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedRoutesNamespaces#getSelector <em>Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Selector</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedRoutesNamespaces#getSelector()
	 * @see #getGatewayAllowedRoutesNamespaces()
	 * @generated
	 */
	EReference getGatewayAllowedRoutesNamespaces_Selector();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayListenerTls <em>Gateway Listener Tls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Listener Tls</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayListenerTls
	 * @generated
	 */
	EClass getGatewayListenerTls();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayListenerTls#getCertificateRefs <em>Certificate Refs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Certificate Refs</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayListenerTls#getCertificateRefs()
	 * @see #getGatewayListenerTls()
	 * @generated
	 */
	EReference getGatewayListenerTls_CertificateRefs();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayListenerTls#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayListenerTls#getMode()
	 * @see #getGatewayListenerTls()
	 * @generated
	 */
	EAttribute getGatewayListenerTls_Mode();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayListenerTls#getOptions <em>Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Options</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayListenerTls#getOptions()
	 * @see #getGatewayListenerTls()
	 * @generated
	 */
	EReference getGatewayListenerTls_Options();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayCertificateRef <em>Gateway Certificate Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Certificate Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayCertificateRef
	 * @generated
	 */
	EClass getGatewayCertificateRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayCertificateRef#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayCertificateRef#getGroup()
	 * @see #getGatewayCertificateRef()
	 * @generated
	 */
	EAttribute getGatewayCertificateRef_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayCertificateRef#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayCertificateRef#getKind()
	 * @see #getGatewayCertificateRef()
	 * @generated
	 */
	EAttribute getGatewayCertificateRef_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayCertificateRef#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayCertificateRef#getName()
	 * @see #getGatewayCertificateRef()
	 * @generated
	 */
	EAttribute getGatewayCertificateRef_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayCertificateRef#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayCertificateRef#getNamespace()
	 * @see #getGatewayCertificateRef()
	 * @generated
	 */
	EAttribute getGatewayCertificateRef_Namespace();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecTls <em>Gateway Spec Tls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Spec Tls</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecTls
	 * @generated
	 */
	EClass getGatewaySpecTls();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecTls#getBackend <em>Backend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Backend</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecTls#getBackend()
	 * @see #getGatewaySpecTls()
	 * @generated
	 */
	EReference getGatewaySpecTls_Backend();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecTls#getFrontend <em>Frontend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Frontend</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecTls#getFrontend()
	 * @see #getGatewaySpecTls()
	 * @generated
	 */
	EReference getGatewaySpecTls_Frontend();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayBackend <em>Gateway Backend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Backend</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayBackend
	 * @generated
	 */
	EClass getGatewayBackend();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayBackend#getClientCertificateRef <em>Client Certificate Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Client Certificate Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayBackend#getClientCertificateRef()
	 * @see #getGatewayBackend()
	 * @generated
	 */
	EReference getGatewayBackend_ClientCertificateRef();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayFrontend <em>Gateway Frontend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Frontend</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayFrontend
	 * @generated
	 */
	EClass getGatewayFrontend();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayFrontend#getDefault <em>Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Default</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayFrontend#getDefault()
	 * @see #getGatewayFrontend()
	 * @generated
	 */
	EReference getGatewayFrontend_Default();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayFrontend#getPerPort <em>Per Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Per Port</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayFrontend#getPerPort()
	 * @see #getGatewayFrontend()
	 * @generated
	 */
	EReference getGatewayFrontend_PerPort();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayDefault <em>Gateway Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Default</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayDefault
	 * @generated
	 */
	EClass getGatewayDefault();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayDefault#getValidation <em>Validation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Validation</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayDefault#getValidation()
	 * @see #getGatewayDefault()
	 * @generated
	 */
	EReference getGatewayDefault_Validation();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayValidation <em>Gateway Validation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Validation</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayValidation
	 * @generated
	 */
	EClass getGatewayValidation();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayValidation#getCaCertificateRefs <em>Ca Certificate Refs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ca Certificate Refs</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayValidation#getCaCertificateRefs()
	 * @see #getGatewayValidation()
	 * @generated
	 */
	EReference getGatewayValidation_CaCertificateRefs();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayValidation#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayValidation#getMode()
	 * @see #getGatewayValidation()
	 * @generated
	 */
	EAttribute getGatewayValidation_Mode();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayCaCertificateRef <em>Gateway Ca Certificate Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Ca Certificate Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayCaCertificateRef
	 * @generated
	 */
	EClass getGatewayCaCertificateRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayCaCertificateRef#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayCaCertificateRef#getGroup()
	 * @see #getGatewayCaCertificateRef()
	 * @generated
	 */
	EAttribute getGatewayCaCertificateRef_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayCaCertificateRef#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayCaCertificateRef#getKind()
	 * @see #getGatewayCaCertificateRef()
	 * @generated
	 */
	EAttribute getGatewayCaCertificateRef_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayCaCertificateRef#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayCaCertificateRef#getName()
	 * @see #getGatewayCaCertificateRef()
	 * @generated
	 */
	EAttribute getGatewayCaCertificateRef_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayCaCertificateRef#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayCaCertificateRef#getNamespace()
	 * @see #getGatewayCaCertificateRef()
	 * @generated
	 */
	EAttribute getGatewayCaCertificateRef_Namespace();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayPerPort <em>Gateway Per Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Per Port</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayPerPort
	 * @generated
	 */
	EClass getGatewayPerPort();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayPerPort#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayPerPort#getPort()
	 * @see #getGatewayPerPort()
	 * @generated
	 */
	EAttribute getGatewayPerPort_Port();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayPerPort#getTls <em>Tls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Tls</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayPerPort#getTls()
	 * @see #getGatewayPerPort()
	 * @generated
	 */
	EReference getGatewayPerPort_Tls();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayStatus <em>Gateway Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Status</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayStatus
	 * @generated
	 */
	EClass getGatewayStatus();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayStatus#getAddresses <em>Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Addresses</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayStatus#getAddresses()
	 * @see #getGatewayStatus()
	 * @generated
	 */
	EReference getGatewayStatus_Addresses();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayStatus#getAttachedListenerSets <em>Attached Listener Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attached Listener Sets</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayStatus#getAttachedListenerSets()
	 * @see #getGatewayStatus()
	 * @generated
	 */
	EAttribute getGatewayStatus_AttachedListenerSets();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayStatus#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayStatus#getConditions()
	 * @see #getGatewayStatus()
	 * @generated
	 */
	EReference getGatewayStatus_Conditions();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayStatus#getListeners <em>Listeners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Listeners</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayStatus#getListeners()
	 * @see #getGatewayStatus()
	 * @generated
	 */
	EReference getGatewayStatus_Listeners();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayStatusAddress <em>Gateway Status Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Status Address</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayStatusAddress
	 * @generated
	 */
	EClass getGatewayStatusAddress();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayStatusAddress#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayStatusAddress#getType()
	 * @see #getGatewayStatusAddress()
	 * @generated
	 */
	EAttribute getGatewayStatusAddress_Type();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayStatusAddress#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayStatusAddress#getValue()
	 * @see #getGatewayStatusAddress()
	 * @generated
	 */
	EAttribute getGatewayStatusAddress_Value();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayCondition <em>Gateway Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Condition</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayCondition
	 * @generated
	 */
	EClass getGatewayCondition();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayCondition#getLastTransitionTime <em>Last Transition Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Transition Time</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayCondition#getLastTransitionTime()
	 * @see #getGatewayCondition()
	 * @generated
	 */
	EAttribute getGatewayCondition_LastTransitionTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayCondition#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayCondition#getMessage()
	 * @see #getGatewayCondition()
	 * @generated
	 */
	EAttribute getGatewayCondition_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayCondition#getObservedGeneration <em>Observed Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed Generation</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayCondition#getObservedGeneration()
	 * @see #getGatewayCondition()
	 * @generated
	 */
	EAttribute getGatewayCondition_ObservedGeneration();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayCondition#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayCondition#getReason()
	 * @see #getGatewayCondition()
	 * @generated
	 */
	EAttribute getGatewayCondition_Reason();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayCondition#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayCondition#getStatus()
	 * @see #getGatewayCondition()
	 * @generated
	 */
	EAttribute getGatewayCondition_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayCondition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayCondition#getType()
	 * @see #getGatewayCondition()
	 * @generated
	 */
	EAttribute getGatewayCondition_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayStatusListener <em>Gateway Status Listener</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway Status Listener</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayStatusListener
	 * @generated
	 */
	EClass getGatewayStatusListener();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayStatusListener#getAttachedRoutes <em>Attached Routes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attached Routes</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayStatusListener#getAttachedRoutes()
	 * @see #getGatewayStatusListener()
	 * @generated
	 */
	EAttribute getGatewayStatusListener_AttachedRoutes();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayStatusListener#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayStatusListener#getConditions()
	 * @see #getGatewayStatusListener()
	 * @generated
	 */
	EReference getGatewayStatusListener_Conditions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayStatusListener#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayStatusListener#getName()
	 * @see #getGatewayStatusListener()
	 * @generated
	 */
	EAttribute getGatewayStatusListener_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.GatewayStatusListener#getSupportedKinds <em>Supported Kinds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Supported Kinds</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayStatusListener#getSupportedKinds()
	 * @see #getGatewayStatusListener()
	 * @generated
	 */
	EReference getGatewayStatusListener_SupportedKinds();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteSpec <em>HTTP Route Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HTTP Route Spec</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteSpec
	 * @generated
	 */
	EClass getHTTPRouteSpec();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteSpec#getHostnames <em>Hostnames</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Hostnames</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteSpec#getHostnames()
	 * @see #getHTTPRouteSpec()
	 * @generated
	 */
	EAttribute getHTTPRouteSpec_Hostnames();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteSpec#getParentRefs <em>Parent Refs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parent Refs</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteSpec#getParentRefs()
	 * @see #getHTTPRouteSpec()
	 * @generated
	 */
	EReference getHTTPRouteSpec_ParentRefs();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteSpec#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteSpec#getRules()
	 * @see #getHTTPRouteSpec()
	 * @generated
	 */
	EReference getHTTPRouteSpec_Rules();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteParentRef <em>HTTP Route Parent Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HTTP Route Parent Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteParentRef
	 * @generated
	 */
	EClass getHTTPRouteParentRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteParentRef#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteParentRef#getGroup()
	 * @see #getHTTPRouteParentRef()
	 * @generated
	 */
	EAttribute getHTTPRouteParentRef_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteParentRef#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteParentRef#getKind()
	 * @see #getHTTPRouteParentRef()
	 * @generated
	 */
	EAttribute getHTTPRouteParentRef_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteParentRef#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteParentRef#getName()
	 * @see #getHTTPRouteParentRef()
	 * @generated
	 */
	EAttribute getHTTPRouteParentRef_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteParentRef#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteParentRef#getNamespace()
	 * @see #getHTTPRouteParentRef()
	 * @generated
	 */
	EAttribute getHTTPRouteParentRef_Namespace();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteParentRef#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteParentRef#getPort()
	 * @see #getHTTPRouteParentRef()
	 * @generated
	 */
	EAttribute getHTTPRouteParentRef_Port();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteParentRef#getSectionName <em>Section Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteParentRef#getSectionName()
	 * @see #getHTTPRouteParentRef()
	 * @generated
	 */
	EAttribute getHTTPRouteParentRef_SectionName();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRule <em>HTTP Route Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HTTP Route Rule</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRule
	 * @generated
	 */
	EClass getHTTPRouteRule();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRule#getBackendRefs <em>Backend Refs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Backend Refs</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRule#getBackendRefs()
	 * @see #getHTTPRouteRule()
	 * @generated
	 */
	EReference getHTTPRouteRule_BackendRefs();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRule#getFilters <em>Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Filters</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRule#getFilters()
	 * @see #getHTTPRouteRule()
	 * @generated
	 */
	EReference getHTTPRouteRule_Filters();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRule#getMatches <em>Matches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Matches</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRule#getMatches()
	 * @see #getHTTPRouteRule()
	 * @generated
	 */
	EReference getHTTPRouteRule_Matches();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRule#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRule#getName()
	 * @see #getHTTPRouteRule()
	 * @generated
	 */
	EAttribute getHTTPRouteRule_Name();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRule#getTimeouts <em>Timeouts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Timeouts</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRule#getTimeouts()
	 * @see #getHTTPRouteRule()
	 * @generated
	 */
	EReference getHTTPRouteRule_Timeouts();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRuleBackendRef <em>HTTP Route Rule Backend Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HTTP Route Rule Backend Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRuleBackendRef
	 * @generated
	 */
	EClass getHTTPRouteRuleBackendRef();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRuleBackendRef#getFilters <em>Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Filters</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRuleBackendRef#getFilters()
	 * @see #getHTTPRouteRuleBackendRef()
	 * @generated
	 */
	EReference getHTTPRouteRuleBackendRef_Filters();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRuleBackendRef#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRuleBackendRef#getGroup()
	 * @see #getHTTPRouteRuleBackendRef()
	 * @generated
	 */
	EAttribute getHTTPRouteRuleBackendRef_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRuleBackendRef#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRuleBackendRef#getKind()
	 * @see #getHTTPRouteRuleBackendRef()
	 * @generated
	 */
	EAttribute getHTTPRouteRuleBackendRef_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRuleBackendRef#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRuleBackendRef#getName()
	 * @see #getHTTPRouteRuleBackendRef()
	 * @generated
	 */
	EAttribute getHTTPRouteRuleBackendRef_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRuleBackendRef#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRuleBackendRef#getNamespace()
	 * @see #getHTTPRouteRuleBackendRef()
	 * @generated
	 */
	EAttribute getHTTPRouteRuleBackendRef_Namespace();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRuleBackendRef#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRuleBackendRef#getPort()
	 * @see #getHTTPRouteRuleBackendRef()
	 * @generated
	 */
	EAttribute getHTTPRouteRuleBackendRef_Port();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRuleBackendRef#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRuleBackendRef#getWeight()
	 * @see #getHTTPRouteRuleBackendRef()
	 * @generated
	 */
	EAttribute getHTTPRouteRuleBackendRef_Weight();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFilter <em>HTTP Route Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HTTP Route Filter</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFilter
	 * @generated
	 */
	EClass getHTTPRouteFilter();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFilter#getCors <em>Cors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cors</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFilter#getCors()
	 * @see #getHTTPRouteFilter()
	 * @generated
	 */
	EReference getHTTPRouteFilter_Cors();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFilter#getExtensionRef <em>Extension Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Extension Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFilter#getExtensionRef()
	 * @see #getHTTPRouteFilter()
	 * @generated
	 */
	EReference getHTTPRouteFilter_ExtensionRef();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFilter#getRequestHeaderModifier <em>Request Header Modifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Request Header Modifier</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFilter#getRequestHeaderModifier()
	 * @see #getHTTPRouteFilter()
	 * @generated
	 */
	EReference getHTTPRouteFilter_RequestHeaderModifier();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFilter#getRequestMirror <em>Request Mirror</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Request Mirror</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFilter#getRequestMirror()
	 * @see #getHTTPRouteFilter()
	 * @generated
	 */
	EReference getHTTPRouteFilter_RequestMirror();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFilter#getRequestRedirect <em>Request Redirect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Request Redirect</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFilter#getRequestRedirect()
	 * @see #getHTTPRouteFilter()
	 * @generated
	 */
	EReference getHTTPRouteFilter_RequestRedirect();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFilter#getResponseHeaderModifier <em>Response Header Modifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Response Header Modifier</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFilter#getResponseHeaderModifier()
	 * @see #getHTTPRouteFilter()
	 * @generated
	 */
	EReference getHTTPRouteFilter_ResponseHeaderModifier();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFilter#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFilter#getType()
	 * @see #getHTTPRouteFilter()
	 * @generated
	 */
	EAttribute getHTTPRouteFilter_Type();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFilter#getUrlRewrite <em>Url Rewrite</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Url Rewrite</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFilter#getUrlRewrite()
	 * @see #getHTTPRouteFilter()
	 * @generated
	 */
	EReference getHTTPRouteFilter_UrlRewrite();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCors <em>HTTP Route Cors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HTTP Route Cors</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCors
	 * @generated
	 */
	EClass getHTTPRouteCors();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCors#getAllowCredentials <em>Allow Credentials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allow Credentials</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCors#getAllowCredentials()
	 * @see #getHTTPRouteCors()
	 * @generated
	 */
	EAttribute getHTTPRouteCors_AllowCredentials();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCors#getAllowHeaders <em>Allow Headers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Allow Headers</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCors#getAllowHeaders()
	 * @see #getHTTPRouteCors()
	 * @generated
	 */
	EAttribute getHTTPRouteCors_AllowHeaders();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCors#getAllowMethods <em>Allow Methods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Allow Methods</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCors#getAllowMethods()
	 * @see #getHTTPRouteCors()
	 * @generated
	 */
	EAttribute getHTTPRouteCors_AllowMethods();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCors#getAllowOrigins <em>Allow Origins</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Allow Origins</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCors#getAllowOrigins()
	 * @see #getHTTPRouteCors()
	 * @generated
	 */
	EAttribute getHTTPRouteCors_AllowOrigins();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCors#getExposeHeaders <em>Expose Headers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Expose Headers</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCors#getExposeHeaders()
	 * @see #getHTTPRouteCors()
	 * @generated
	 */
	EAttribute getHTTPRouteCors_ExposeHeaders();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCors#getMaxAge <em>Max Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Age</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCors#getMaxAge()
	 * @see #getHTTPRouteCors()
	 * @generated
	 */
	EAttribute getHTTPRouteCors_MaxAge();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteExtensionRef <em>HTTP Route Extension Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HTTP Route Extension Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteExtensionRef
	 * @generated
	 */
	EClass getHTTPRouteExtensionRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteExtensionRef#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteExtensionRef#getGroup()
	 * @see #getHTTPRouteExtensionRef()
	 * @generated
	 */
	EAttribute getHTTPRouteExtensionRef_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteExtensionRef#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteExtensionRef#getKind()
	 * @see #getHTTPRouteExtensionRef()
	 * @generated
	 */
	EAttribute getHTTPRouteExtensionRef_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteExtensionRef#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteExtensionRef#getName()
	 * @see #getHTTPRouteExtensionRef()
	 * @generated
	 */
	EAttribute getHTTPRouteExtensionRef_Name();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestHeaderModifier <em>HTTP Route Request Header Modifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HTTP Route Request Header Modifier</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestHeaderModifier
	 * @generated
	 */
	EClass getHTTPRouteRequestHeaderModifier();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestHeaderModifier#getAdd <em>Add</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Add</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestHeaderModifier#getAdd()
	 * @see #getHTTPRouteRequestHeaderModifier()
	 * @generated
	 */
	EReference getHTTPRouteRequestHeaderModifier_Add();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestHeaderModifier#getRemove <em>Remove</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Remove</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestHeaderModifier#getRemove()
	 * @see #getHTTPRouteRequestHeaderModifier()
	 * @generated
	 */
	EAttribute getHTTPRouteRequestHeaderModifier_Remove();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestHeaderModifier#getSet <em>Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Set</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestHeaderModifier#getSet()
	 * @see #getHTTPRouteRequestHeaderModifier()
	 * @generated
	 */
	EReference getHTTPRouteRequestHeaderModifier_Set();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteAdd <em>HTTP Route Add</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HTTP Route Add</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteAdd
	 * @generated
	 */
	EClass getHTTPRouteAdd();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteAdd#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteAdd#getName()
	 * @see #getHTTPRouteAdd()
	 * @generated
	 */
	EAttribute getHTTPRouteAdd_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteAdd#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteAdd#getValue()
	 * @see #getHTTPRouteAdd()
	 * @generated
	 */
	EAttribute getHTTPRouteAdd_Value();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestMirror <em>HTTP Route Request Mirror</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HTTP Route Request Mirror</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestMirror
	 * @generated
	 */
	EClass getHTTPRouteRequestMirror();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestMirror#getBackendRef <em>Backend Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Backend Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestMirror#getBackendRef()
	 * @see #getHTTPRouteRequestMirror()
	 * @generated
	 */
	EReference getHTTPRouteRequestMirror_BackendRef();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestMirror#getFraction <em>Fraction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Fraction</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestMirror#getFraction()
	 * @see #getHTTPRouteRequestMirror()
	 * @generated
	 */
	EReference getHTTPRouteRequestMirror_Fraction();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestMirror#getPercent <em>Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Percent</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestMirror#getPercent()
	 * @see #getHTTPRouteRequestMirror()
	 * @generated
	 */
	EAttribute getHTTPRouteRequestMirror_Percent();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestMirrorBackendRef <em>HTTP Route Request Mirror Backend Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HTTP Route Request Mirror Backend Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestMirrorBackendRef
	 * @generated
	 */
	EClass getHTTPRouteRequestMirrorBackendRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestMirrorBackendRef#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestMirrorBackendRef#getGroup()
	 * @see #getHTTPRouteRequestMirrorBackendRef()
	 * @generated
	 */
	EAttribute getHTTPRouteRequestMirrorBackendRef_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestMirrorBackendRef#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestMirrorBackendRef#getKind()
	 * @see #getHTTPRouteRequestMirrorBackendRef()
	 * @generated
	 */
	EAttribute getHTTPRouteRequestMirrorBackendRef_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestMirrorBackendRef#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestMirrorBackendRef#getName()
	 * @see #getHTTPRouteRequestMirrorBackendRef()
	 * @generated
	 */
	EAttribute getHTTPRouteRequestMirrorBackendRef_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestMirrorBackendRef#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestMirrorBackendRef#getNamespace()
	 * @see #getHTTPRouteRequestMirrorBackendRef()
	 * @generated
	 */
	EAttribute getHTTPRouteRequestMirrorBackendRef_Namespace();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestMirrorBackendRef#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestMirrorBackendRef#getPort()
	 * @see #getHTTPRouteRequestMirrorBackendRef()
	 * @generated
	 */
	EAttribute getHTTPRouteRequestMirrorBackendRef_Port();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFraction <em>HTTP Route Fraction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HTTP Route Fraction</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFraction
	 * @generated
	 */
	EClass getHTTPRouteFraction();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFraction#getDenominator <em>Denominator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Denominator</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFraction#getDenominator()
	 * @see #getHTTPRouteFraction()
	 * @generated
	 */
	EAttribute getHTTPRouteFraction_Denominator();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFraction#getNumerator <em>Numerator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Numerator</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFraction#getNumerator()
	 * @see #getHTTPRouteFraction()
	 * @generated
	 */
	EAttribute getHTTPRouteFraction_Numerator();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirect <em>HTTP Route Request Redirect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HTTP Route Request Redirect</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirect
	 * @generated
	 */
	EClass getHTTPRouteRequestRedirect();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirect#getHostname <em>Hostname</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hostname</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirect#getHostname()
	 * @see #getHTTPRouteRequestRedirect()
	 * @generated
	 */
	EAttribute getHTTPRouteRequestRedirect_Hostname();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirect#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Path</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirect#getPath()
	 * @see #getHTTPRouteRequestRedirect()
	 * @generated
	 */
	EReference getHTTPRouteRequestRedirect_Path();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirect#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirect#getPort()
	 * @see #getHTTPRouteRequestRedirect()
	 * @generated
	 */
	EAttribute getHTTPRouteRequestRedirect_Port();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirect#getScheme <em>Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scheme</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirect#getScheme()
	 * @see #getHTTPRouteRequestRedirect()
	 * @generated
	 */
	EAttribute getHTTPRouteRequestRedirect_Scheme();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirect#getStatusCode <em>Status Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status Code</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirect#getStatusCode()
	 * @see #getHTTPRouteRequestRedirect()
	 * @generated
	 */
	EAttribute getHTTPRouteRequestRedirect_StatusCode();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirectPath <em>HTTP Route Request Redirect Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HTTP Route Request Redirect Path</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirectPath
	 * @generated
	 */
	EClass getHTTPRouteRequestRedirectPath();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirectPath#getReplaceFullPath <em>Replace Full Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replace Full Path</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirectPath#getReplaceFullPath()
	 * @see #getHTTPRouteRequestRedirectPath()
	 * @generated
	 */
	EAttribute getHTTPRouteRequestRedirectPath_ReplaceFullPath();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirectPath#getReplacePrefixMatch <em>Replace Prefix Match</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replace Prefix Match</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirectPath#getReplacePrefixMatch()
	 * @see #getHTTPRouteRequestRedirectPath()
	 * @generated
	 */
	EAttribute getHTTPRouteRequestRedirectPath_ReplacePrefixMatch();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirectPath#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirectPath#getType()
	 * @see #getHTTPRouteRequestRedirectPath()
	 * @generated
	 */
	EAttribute getHTTPRouteRequestRedirectPath_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteUrlRewrite <em>HTTP Route Url Rewrite</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HTTP Route Url Rewrite</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteUrlRewrite
	 * @generated
	 */
	EClass getHTTPRouteUrlRewrite();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteUrlRewrite#getHostname <em>Hostname</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hostname</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteUrlRewrite#getHostname()
	 * @see #getHTTPRouteUrlRewrite()
	 * @generated
	 */
	EAttribute getHTTPRouteUrlRewrite_Hostname();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteUrlRewrite#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Path</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteUrlRewrite#getPath()
	 * @see #getHTTPRouteUrlRewrite()
	 * @generated
	 */
	EReference getHTTPRouteUrlRewrite_Path();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteMatch <em>HTTP Route Match</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HTTP Route Match</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteMatch
	 * @generated
	 */
	EClass getHTTPRouteMatch();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteMatch#getHeaders <em>Headers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Headers</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteMatch#getHeaders()
	 * @see #getHTTPRouteMatch()
	 * @generated
	 */
	EReference getHTTPRouteMatch_Headers();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteMatch#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteMatch#getMethod()
	 * @see #getHTTPRouteMatch()
	 * @generated
	 */
	EAttribute getHTTPRouteMatch_Method();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteMatch#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Path</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteMatch#getPath()
	 * @see #getHTTPRouteMatch()
	 * @generated
	 */
	EReference getHTTPRouteMatch_Path();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteMatch#getQueryParams <em>Query Params</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Query Params</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteMatch#getQueryParams()
	 * @see #getHTTPRouteMatch()
	 * @generated
	 */
	EReference getHTTPRouteMatch_QueryParams();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteHeader <em>HTTP Route Header</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HTTP Route Header</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteHeader
	 * @generated
	 */
	EClass getHTTPRouteHeader();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteHeader#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteHeader#getName()
	 * @see #getHTTPRouteHeader()
	 * @generated
	 */
	EAttribute getHTTPRouteHeader_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteHeader#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteHeader#getType()
	 * @see #getHTTPRouteHeader()
	 * @generated
	 */
	EAttribute getHTTPRouteHeader_Type();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteHeader#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteHeader#getValue()
	 * @see #getHTTPRouteHeader()
	 * @generated
	 */
	EAttribute getHTTPRouteHeader_Value();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteMatchPath <em>HTTP Route Match Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HTTP Route Match Path</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteMatchPath
	 * @generated
	 */
	EClass getHTTPRouteMatchPath();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteMatchPath#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteMatchPath#getType()
	 * @see #getHTTPRouteMatchPath()
	 * @generated
	 */
	EAttribute getHTTPRouteMatchPath_Type();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteMatchPath#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteMatchPath#getValue()
	 * @see #getHTTPRouteMatchPath()
	 * @generated
	 */
	EAttribute getHTTPRouteMatchPath_Value();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteQueryParam <em>HTTP Route Query Param</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HTTP Route Query Param</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteQueryParam
	 * @generated
	 */
	EClass getHTTPRouteQueryParam();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteQueryParam#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteQueryParam#getName()
	 * @see #getHTTPRouteQueryParam()
	 * @generated
	 */
	EAttribute getHTTPRouteQueryParam_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteQueryParam#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteQueryParam#getType()
	 * @see #getHTTPRouteQueryParam()
	 * @generated
	 */
	EAttribute getHTTPRouteQueryParam_Type();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteQueryParam#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteQueryParam#getValue()
	 * @see #getHTTPRouteQueryParam()
	 * @generated
	 */
	EAttribute getHTTPRouteQueryParam_Value();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteTimeouts <em>HTTP Route Timeouts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HTTP Route Timeouts</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteTimeouts
	 * @generated
	 */
	EClass getHTTPRouteTimeouts();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteTimeouts#getBackendRequest <em>Backend Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Backend Request</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteTimeouts#getBackendRequest()
	 * @see #getHTTPRouteTimeouts()
	 * @generated
	 */
	EAttribute getHTTPRouteTimeouts_BackendRequest();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteTimeouts#getRequest <em>Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Request</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteTimeouts#getRequest()
	 * @see #getHTTPRouteTimeouts()
	 * @generated
	 */
	EAttribute getHTTPRouteTimeouts_Request();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteStatus <em>HTTP Route Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HTTP Route Status</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteStatus
	 * @generated
	 */
	EClass getHTTPRouteStatus();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteStatus#getParents <em>Parents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parents</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteStatus#getParents()
	 * @see #getHTTPRouteStatus()
	 * @generated
	 */
	EReference getHTTPRouteStatus_Parents();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteParent <em>HTTP Route Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HTTP Route Parent</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteParent
	 * @generated
	 */
	EClass getHTTPRouteParent();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteParent#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteParent#getConditions()
	 * @see #getHTTPRouteParent()
	 * @generated
	 */
	EReference getHTTPRouteParent_Conditions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteParent#getControllerName <em>Controller Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Controller Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteParent#getControllerName()
	 * @see #getHTTPRouteParent()
	 * @generated
	 */
	EAttribute getHTTPRouteParent_ControllerName();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteParent#getParentRef <em>Parent Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Parent Ref</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteParent#getParentRef()
	 * @see #getHTTPRouteParent()
	 * @generated
	 */
	EReference getHTTPRouteParent_ParentRef();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCondition <em>HTTP Route Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>HTTP Route Condition</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCondition
	 * @generated
	 */
	EClass getHTTPRouteCondition();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCondition#getLastTransitionTime <em>Last Transition Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Transition Time</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCondition#getLastTransitionTime()
	 * @see #getHTTPRouteCondition()
	 * @generated
	 */
	EAttribute getHTTPRouteCondition_LastTransitionTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCondition#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCondition#getMessage()
	 * @see #getHTTPRouteCondition()
	 * @generated
	 */
	EAttribute getHTTPRouteCondition_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCondition#getObservedGeneration <em>Observed Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed Generation</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCondition#getObservedGeneration()
	 * @see #getHTTPRouteCondition()
	 * @generated
	 */
	EAttribute getHTTPRouteCondition_ObservedGeneration();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCondition#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCondition#getReason()
	 * @see #getHTTPRouteCondition()
	 * @generated
	 */
	EAttribute getHTTPRouteCondition_Reason();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCondition#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCondition#getStatus()
	 * @see #getHTTPRouteCondition()
	 * @generated
	 */
	EAttribute getHTTPRouteCondition_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCondition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteCondition#getType()
	 * @see #getHTTPRouteCondition()
	 * @generated
	 */
	EAttribute getHTTPRouteCondition_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrantSpec <em>Reference Grant Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reference Grant Spec</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrantSpec
	 * @generated
	 */
	EClass getReferenceGrantSpec();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrantSpec#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>From</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrantSpec#getFrom()
	 * @see #getReferenceGrantSpec()
	 * @generated
	 */
	EReference getReferenceGrantSpec_From();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrantSpec#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>To</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrantSpec#getTo()
	 * @see #getReferenceGrantSpec()
	 * @generated
	 */
	EReference getReferenceGrantSpec_To();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrantFrom <em>Reference Grant From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reference Grant From</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrantFrom
	 * @generated
	 */
	EClass getReferenceGrantFrom();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrantFrom#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrantFrom#getGroup()
	 * @see #getReferenceGrantFrom()
	 * @generated
	 */
	EAttribute getReferenceGrantFrom_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrantFrom#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrantFrom#getKind()
	 * @see #getReferenceGrantFrom()
	 * @generated
	 */
	EAttribute getReferenceGrantFrom_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrantFrom#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrantFrom#getNamespace()
	 * @see #getReferenceGrantFrom()
	 * @generated
	 */
	EAttribute getReferenceGrantFrom_Namespace();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrantTo <em>Reference Grant To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reference Grant To</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrantTo
	 * @generated
	 */
	EClass getReferenceGrantTo();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrantTo#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrantTo#getGroup()
	 * @see #getReferenceGrantTo()
	 * @generated
	 */
	EAttribute getReferenceGrantTo_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrantTo#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrantTo#getKind()
	 * @see #getReferenceGrantTo()
	 * @generated
	 */
	EAttribute getReferenceGrantTo_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrantTo#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrantTo#getName()
	 * @see #getReferenceGrantTo()
	 * @generated
	 */
	EAttribute getReferenceGrantTo_Name();

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
	GatewayV1beta1Factory getGatewayV1beta1Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayClassImpl <em>Gateway Class</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayClassImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayClass()
		 * @generated
		 */
		EClass GATEWAY_CLASS = eINSTANCE.getGatewayClass();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CLASS__API_VERSION = eINSTANCE.getGatewayClass_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CLASS__KIND = eINSTANCE.getGatewayClass_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_CLASS__METADATA = eINSTANCE.getGatewayClass_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_CLASS__SPEC = eINSTANCE.getGatewayClass_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_CLASS__STATUS = eINSTANCE.getGatewayClass_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayImpl <em>Gateway</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGateway()
		 * @generated
		 */
		EClass GATEWAY = eINSTANCE.getGateway();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY__API_VERSION = eINSTANCE.getGateway_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY__KIND = eINSTANCE.getGateway_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY__METADATA = eINSTANCE.getGateway_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY__SPEC = eINSTANCE.getGateway_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY__STATUS = eINSTANCE.getGateway_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteImpl <em>HTTP Route</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRoute()
		 * @generated
		 */
		EClass HTTP_ROUTE = eINSTANCE.getHTTPRoute();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE__API_VERSION = eINSTANCE.getHTTPRoute_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE__KIND = eINSTANCE.getHTTPRoute_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE__METADATA = eINSTANCE.getHTTPRoute_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE__SPEC = eINSTANCE.getHTTPRoute_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE__STATUS = eINSTANCE.getHTTPRoute_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.ReferenceGrantImpl <em>Reference Grant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.ReferenceGrantImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getReferenceGrant()
		 * @generated
		 */
		EClass REFERENCE_GRANT = eINSTANCE.getReferenceGrant();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE_GRANT__API_VERSION = eINSTANCE.getReferenceGrant_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE_GRANT__KIND = eINSTANCE.getReferenceGrant_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFERENCE_GRANT__METADATA = eINSTANCE.getReferenceGrant_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFERENCE_GRANT__SPEC = eINSTANCE.getReferenceGrant_Spec();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayClassSpecImpl <em>Gateway Class Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayClassSpecImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayClassSpec()
		 * @generated
		 */
		EClass GATEWAY_CLASS_SPEC = eINSTANCE.getGatewayClassSpec();

		/**
		 * The meta object literal for the '<em><b>Controller Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CLASS_SPEC__CONTROLLER_NAME = eINSTANCE.getGatewayClassSpec_ControllerName();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CLASS_SPEC__DESCRIPTION = eINSTANCE.getGatewayClassSpec_Description();

		/**
		 * The meta object literal for the '<em><b>Parameters Ref</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_CLASS_SPEC__PARAMETERS_REF = eINSTANCE.getGatewayClassSpec_ParametersRef();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayClassParametersRefImpl <em>Gateway Class Parameters Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayClassParametersRefImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayClassParametersRef()
		 * @generated
		 */
		EClass GATEWAY_CLASS_PARAMETERS_REF = eINSTANCE.getGatewayClassParametersRef();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CLASS_PARAMETERS_REF__GROUP = eINSTANCE.getGatewayClassParametersRef_Group();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CLASS_PARAMETERS_REF__KIND = eINSTANCE.getGatewayClassParametersRef_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CLASS_PARAMETERS_REF__NAME = eINSTANCE.getGatewayClassParametersRef_Name();

		/**
		 * The meta object literal for the '<em><b>Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CLASS_PARAMETERS_REF__NAMESPACE = eINSTANCE.getGatewayClassParametersRef_Namespace();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayClassStatusImpl <em>Gateway Class Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayClassStatusImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayClassStatus()
		 * @generated
		 */
		EClass GATEWAY_CLASS_STATUS = eINSTANCE.getGatewayClassStatus();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_CLASS_STATUS__CONDITIONS = eINSTANCE.getGatewayClassStatus_Conditions();

		/**
		 * The meta object literal for the '<em><b>Supported Features</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_CLASS_STATUS__SUPPORTED_FEATURES = eINSTANCE.getGatewayClassStatus_SupportedFeatures();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayClassConditionImpl <em>Gateway Class Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayClassConditionImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayClassCondition()
		 * @generated
		 */
		EClass GATEWAY_CLASS_CONDITION = eINSTANCE.getGatewayClassCondition();

		/**
		 * The meta object literal for the '<em><b>Last Transition Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CLASS_CONDITION__LAST_TRANSITION_TIME = eINSTANCE.getGatewayClassCondition_LastTransitionTime();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CLASS_CONDITION__MESSAGE = eINSTANCE.getGatewayClassCondition_Message();

		/**
		 * The meta object literal for the '<em><b>Observed Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CLASS_CONDITION__OBSERVED_GENERATION = eINSTANCE.getGatewayClassCondition_ObservedGeneration();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CLASS_CONDITION__REASON = eINSTANCE.getGatewayClassCondition_Reason();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CLASS_CONDITION__STATUS = eINSTANCE.getGatewayClassCondition_Status();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CLASS_CONDITION__TYPE = eINSTANCE.getGatewayClassCondition_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayClassSupportedFeatureImpl <em>Gateway Class Supported Feature</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayClassSupportedFeatureImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayClassSupportedFeature()
		 * @generated
		 */
		EClass GATEWAY_CLASS_SUPPORTED_FEATURE = eINSTANCE.getGatewayClassSupportedFeature();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CLASS_SUPPORTED_FEATURE__NAME = eINSTANCE.getGatewayClassSupportedFeature_Name();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySpecImpl <em>Gateway Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySpecImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewaySpec()
		 * @generated
		 */
		EClass GATEWAY_SPEC = eINSTANCE.getGatewaySpec();

		/**
		 * The meta object literal for the '<em><b>Addresses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_SPEC__ADDRESSES = eINSTANCE.getGatewaySpec_Addresses();

		/**
		 * The meta object literal for the '<em><b>Allowed Listeners</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_SPEC__ALLOWED_LISTENERS = eINSTANCE.getGatewaySpec_AllowedListeners();

		/**
		 * The meta object literal for the '<em><b>Gateway Class Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_SPEC__GATEWAY_CLASS_NAME = eINSTANCE.getGatewaySpec_GatewayClassName();

		/**
		 * The meta object literal for the '<em><b>Infrastructure</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_SPEC__INFRASTRUCTURE = eINSTANCE.getGatewaySpec_Infrastructure();

		/**
		 * The meta object literal for the '<em><b>Listeners</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_SPEC__LISTENERS = eINSTANCE.getGatewaySpec_Listeners();

		/**
		 * The meta object literal for the '<em><b>Tls</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_SPEC__TLS = eINSTANCE.getGatewaySpec_Tls();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySpecAddressImpl <em>Gateway Spec Address</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySpecAddressImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewaySpecAddress()
		 * @generated
		 */
		EClass GATEWAY_SPEC_ADDRESS = eINSTANCE.getGatewaySpecAddress();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_SPEC_ADDRESS__TYPE = eINSTANCE.getGatewaySpecAddress_Type();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_SPEC_ADDRESS__VALUE = eINSTANCE.getGatewaySpecAddress_Value();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayAllowedListenersImpl <em>Gateway Allowed Listeners</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayAllowedListenersImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayAllowedListeners()
		 * @generated
		 */
		EClass GATEWAY_ALLOWED_LISTENERS = eINSTANCE.getGatewayAllowedListeners();

		/**
		 * The meta object literal for the '<em><b>Namespaces</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_ALLOWED_LISTENERS__NAMESPACES = eINSTANCE.getGatewayAllowedListeners_Namespaces();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayAllowedListenersNamespacesImpl <em>Gateway Allowed Listeners Namespaces</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayAllowedListenersNamespacesImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayAllowedListenersNamespaces()
		 * @generated
		 */
		EClass GATEWAY_ALLOWED_LISTENERS_NAMESPACES = eINSTANCE.getGatewayAllowedListenersNamespaces();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_ALLOWED_LISTENERS_NAMESPACES__FROM = eINSTANCE.getGatewayAllowedListenersNamespaces_From();

		/**
		 * The meta object literal for the '<em><b>Selector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_ALLOWED_LISTENERS_NAMESPACES__SELECTOR = eINSTANCE.getGatewayAllowedListenersNamespaces_Selector();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySelectorImpl <em>Gateway Selector</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySelectorImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewaySelector()
		 * @generated
		 */
		EClass GATEWAY_SELECTOR = eINSTANCE.getGatewaySelector();

		/**
		 * The meta object literal for the '<em><b>Match Expressions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_SELECTOR__MATCH_EXPRESSIONS = eINSTANCE.getGatewaySelector_MatchExpressions();

		/**
		 * The meta object literal for the '<em><b>Match Labels</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_SELECTOR__MATCH_LABELS = eINSTANCE.getGatewaySelector_MatchLabels();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayMatchExpressionImpl <em>Gateway Match Expression</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayMatchExpressionImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayMatchExpression()
		 * @generated
		 */
		EClass GATEWAY_MATCH_EXPRESSION = eINSTANCE.getGatewayMatchExpression();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_MATCH_EXPRESSION__KEY = eINSTANCE.getGatewayMatchExpression_Key();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_MATCH_EXPRESSION__OPERATOR = eINSTANCE.getGatewayMatchExpression_Operator();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_MATCH_EXPRESSION__VALUES = eINSTANCE.getGatewayMatchExpression_Values();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayInfrastructureImpl <em>Gateway Infrastructure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayInfrastructureImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayInfrastructure()
		 * @generated
		 */
		EClass GATEWAY_INFRASTRUCTURE = eINSTANCE.getGatewayInfrastructure();

		/**
		 * The meta object literal for the '<em><b>Annotations</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_INFRASTRUCTURE__ANNOTATIONS = eINSTANCE.getGatewayInfrastructure_Annotations();

		/**
		 * The meta object literal for the '<em><b>Labels</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_INFRASTRUCTURE__LABELS = eINSTANCE.getGatewayInfrastructure_Labels();

		/**
		 * The meta object literal for the '<em><b>Parameters Ref</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_INFRASTRUCTURE__PARAMETERS_REF = eINSTANCE.getGatewayInfrastructure_ParametersRef();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayParametersRefImpl <em>Gateway Parameters Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayParametersRefImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayParametersRef()
		 * @generated
		 */
		EClass GATEWAY_PARAMETERS_REF = eINSTANCE.getGatewayParametersRef();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_PARAMETERS_REF__GROUP = eINSTANCE.getGatewayParametersRef_Group();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_PARAMETERS_REF__KIND = eINSTANCE.getGatewayParametersRef_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_PARAMETERS_REF__NAME = eINSTANCE.getGatewayParametersRef_Name();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySpecListenerImpl <em>Gateway Spec Listener</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySpecListenerImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewaySpecListener()
		 * @generated
		 */
		EClass GATEWAY_SPEC_LISTENER = eINSTANCE.getGatewaySpecListener();

		/**
		 * The meta object literal for the '<em><b>Allowed Routes</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_SPEC_LISTENER__ALLOWED_ROUTES = eINSTANCE.getGatewaySpecListener_AllowedRoutes();

		/**
		 * The meta object literal for the '<em><b>Hostname</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_SPEC_LISTENER__HOSTNAME = eINSTANCE.getGatewaySpecListener_Hostname();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_SPEC_LISTENER__NAME = eINSTANCE.getGatewaySpecListener_Name();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_SPEC_LISTENER__PORT = eINSTANCE.getGatewaySpecListener_Port();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_SPEC_LISTENER__PROTOCOL = eINSTANCE.getGatewaySpecListener_Protocol();

		/**
		 * The meta object literal for the '<em><b>Tls</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_SPEC_LISTENER__TLS = eINSTANCE.getGatewaySpecListener_Tls();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayAllowedRoutesImpl <em>Gateway Allowed Routes</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayAllowedRoutesImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayAllowedRoutes()
		 * @generated
		 */
		EClass GATEWAY_ALLOWED_ROUTES = eINSTANCE.getGatewayAllowedRoutes();

		/**
		 * The meta object literal for the '<em><b>Kinds</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_ALLOWED_ROUTES__KINDS = eINSTANCE.getGatewayAllowedRoutes_Kinds();

		/**
		 * The meta object literal for the '<em><b>Namespaces</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_ALLOWED_ROUTES__NAMESPACES = eINSTANCE.getGatewayAllowedRoutes_Namespaces();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySupportedKindImpl <em>Gateway Supported Kind</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySupportedKindImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewaySupportedKind()
		 * @generated
		 */
		EClass GATEWAY_SUPPORTED_KIND = eINSTANCE.getGatewaySupportedKind();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_SUPPORTED_KIND__GROUP = eINSTANCE.getGatewaySupportedKind_Group();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_SUPPORTED_KIND__KIND = eINSTANCE.getGatewaySupportedKind_Kind();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayAllowedRoutesNamespacesImpl <em>Gateway Allowed Routes Namespaces</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayAllowedRoutesNamespacesImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayAllowedRoutesNamespaces()
		 * @generated
		 */
		EClass GATEWAY_ALLOWED_ROUTES_NAMESPACES = eINSTANCE.getGatewayAllowedRoutesNamespaces();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_ALLOWED_ROUTES_NAMESPACES__FROM = eINSTANCE.getGatewayAllowedRoutesNamespaces_From();

		/**
		 * The meta object literal for the '<em><b>Selector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_ALLOWED_ROUTES_NAMESPACES__SELECTOR = eINSTANCE.getGatewayAllowedRoutesNamespaces_Selector();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayListenerTlsImpl <em>Gateway Listener Tls</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayListenerTlsImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayListenerTls()
		 * @generated
		 */
		EClass GATEWAY_LISTENER_TLS = eINSTANCE.getGatewayListenerTls();

		/**
		 * The meta object literal for the '<em><b>Certificate Refs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_LISTENER_TLS__CERTIFICATE_REFS = eINSTANCE.getGatewayListenerTls_CertificateRefs();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_LISTENER_TLS__MODE = eINSTANCE.getGatewayListenerTls_Mode();

		/**
		 * The meta object literal for the '<em><b>Options</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_LISTENER_TLS__OPTIONS = eINSTANCE.getGatewayListenerTls_Options();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayCertificateRefImpl <em>Gateway Certificate Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayCertificateRefImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayCertificateRef()
		 * @generated
		 */
		EClass GATEWAY_CERTIFICATE_REF = eINSTANCE.getGatewayCertificateRef();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CERTIFICATE_REF__GROUP = eINSTANCE.getGatewayCertificateRef_Group();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CERTIFICATE_REF__KIND = eINSTANCE.getGatewayCertificateRef_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CERTIFICATE_REF__NAME = eINSTANCE.getGatewayCertificateRef_Name();

		/**
		 * The meta object literal for the '<em><b>Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CERTIFICATE_REF__NAMESPACE = eINSTANCE.getGatewayCertificateRef_Namespace();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySpecTlsImpl <em>Gateway Spec Tls</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySpecTlsImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewaySpecTls()
		 * @generated
		 */
		EClass GATEWAY_SPEC_TLS = eINSTANCE.getGatewaySpecTls();

		/**
		 * The meta object literal for the '<em><b>Backend</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_SPEC_TLS__BACKEND = eINSTANCE.getGatewaySpecTls_Backend();

		/**
		 * The meta object literal for the '<em><b>Frontend</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_SPEC_TLS__FRONTEND = eINSTANCE.getGatewaySpecTls_Frontend();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayBackendImpl <em>Gateway Backend</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayBackendImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayBackend()
		 * @generated
		 */
		EClass GATEWAY_BACKEND = eINSTANCE.getGatewayBackend();

		/**
		 * The meta object literal for the '<em><b>Client Certificate Ref</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_BACKEND__CLIENT_CERTIFICATE_REF = eINSTANCE.getGatewayBackend_ClientCertificateRef();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayFrontendImpl <em>Gateway Frontend</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayFrontendImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayFrontend()
		 * @generated
		 */
		EClass GATEWAY_FRONTEND = eINSTANCE.getGatewayFrontend();

		/**
		 * The meta object literal for the '<em><b>Default</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_FRONTEND__DEFAULT = eINSTANCE.getGatewayFrontend_Default();

		/**
		 * The meta object literal for the '<em><b>Per Port</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_FRONTEND__PER_PORT = eINSTANCE.getGatewayFrontend_PerPort();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayDefaultImpl <em>Gateway Default</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayDefaultImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayDefault()
		 * @generated
		 */
		EClass GATEWAY_DEFAULT = eINSTANCE.getGatewayDefault();

		/**
		 * The meta object literal for the '<em><b>Validation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_DEFAULT__VALIDATION = eINSTANCE.getGatewayDefault_Validation();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayValidationImpl <em>Gateway Validation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayValidationImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayValidation()
		 * @generated
		 */
		EClass GATEWAY_VALIDATION = eINSTANCE.getGatewayValidation();

		/**
		 * The meta object literal for the '<em><b>Ca Certificate Refs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_VALIDATION__CA_CERTIFICATE_REFS = eINSTANCE.getGatewayValidation_CaCertificateRefs();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_VALIDATION__MODE = eINSTANCE.getGatewayValidation_Mode();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayCaCertificateRefImpl <em>Gateway Ca Certificate Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayCaCertificateRefImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayCaCertificateRef()
		 * @generated
		 */
		EClass GATEWAY_CA_CERTIFICATE_REF = eINSTANCE.getGatewayCaCertificateRef();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CA_CERTIFICATE_REF__GROUP = eINSTANCE.getGatewayCaCertificateRef_Group();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CA_CERTIFICATE_REF__KIND = eINSTANCE.getGatewayCaCertificateRef_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CA_CERTIFICATE_REF__NAME = eINSTANCE.getGatewayCaCertificateRef_Name();

		/**
		 * The meta object literal for the '<em><b>Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CA_CERTIFICATE_REF__NAMESPACE = eINSTANCE.getGatewayCaCertificateRef_Namespace();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayPerPortImpl <em>Gateway Per Port</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayPerPortImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayPerPort()
		 * @generated
		 */
		EClass GATEWAY_PER_PORT = eINSTANCE.getGatewayPerPort();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_PER_PORT__PORT = eINSTANCE.getGatewayPerPort_Port();

		/**
		 * The meta object literal for the '<em><b>Tls</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_PER_PORT__TLS = eINSTANCE.getGatewayPerPort_Tls();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayStatusImpl <em>Gateway Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayStatusImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayStatus()
		 * @generated
		 */
		EClass GATEWAY_STATUS = eINSTANCE.getGatewayStatus();

		/**
		 * The meta object literal for the '<em><b>Addresses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_STATUS__ADDRESSES = eINSTANCE.getGatewayStatus_Addresses();

		/**
		 * The meta object literal for the '<em><b>Attached Listener Sets</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_STATUS__ATTACHED_LISTENER_SETS = eINSTANCE.getGatewayStatus_AttachedListenerSets();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_STATUS__CONDITIONS = eINSTANCE.getGatewayStatus_Conditions();

		/**
		 * The meta object literal for the '<em><b>Listeners</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_STATUS__LISTENERS = eINSTANCE.getGatewayStatus_Listeners();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayStatusAddressImpl <em>Gateway Status Address</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayStatusAddressImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayStatusAddress()
		 * @generated
		 */
		EClass GATEWAY_STATUS_ADDRESS = eINSTANCE.getGatewayStatusAddress();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_STATUS_ADDRESS__TYPE = eINSTANCE.getGatewayStatusAddress_Type();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_STATUS_ADDRESS__VALUE = eINSTANCE.getGatewayStatusAddress_Value();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayConditionImpl <em>Gateway Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayConditionImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayCondition()
		 * @generated
		 */
		EClass GATEWAY_CONDITION = eINSTANCE.getGatewayCondition();

		/**
		 * The meta object literal for the '<em><b>Last Transition Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CONDITION__LAST_TRANSITION_TIME = eINSTANCE.getGatewayCondition_LastTransitionTime();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CONDITION__MESSAGE = eINSTANCE.getGatewayCondition_Message();

		/**
		 * The meta object literal for the '<em><b>Observed Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CONDITION__OBSERVED_GENERATION = eINSTANCE.getGatewayCondition_ObservedGeneration();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CONDITION__REASON = eINSTANCE.getGatewayCondition_Reason();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CONDITION__STATUS = eINSTANCE.getGatewayCondition_Status();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_CONDITION__TYPE = eINSTANCE.getGatewayCondition_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayStatusListenerImpl <em>Gateway Status Listener</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayStatusListenerImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getGatewayStatusListener()
		 * @generated
		 */
		EClass GATEWAY_STATUS_LISTENER = eINSTANCE.getGatewayStatusListener();

		/**
		 * The meta object literal for the '<em><b>Attached Routes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_STATUS_LISTENER__ATTACHED_ROUTES = eINSTANCE.getGatewayStatusListener_AttachedRoutes();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_STATUS_LISTENER__CONDITIONS = eINSTANCE.getGatewayStatusListener_Conditions();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY_STATUS_LISTENER__NAME = eINSTANCE.getGatewayStatusListener_Name();

		/**
		 * The meta object literal for the '<em><b>Supported Kinds</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATEWAY_STATUS_LISTENER__SUPPORTED_KINDS = eINSTANCE.getGatewayStatusListener_SupportedKinds();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteSpecImpl <em>HTTP Route Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteSpecImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteSpec()
		 * @generated
		 */
		EClass HTTP_ROUTE_SPEC = eINSTANCE.getHTTPRouteSpec();

		/**
		 * The meta object literal for the '<em><b>Hostnames</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_SPEC__HOSTNAMES = eINSTANCE.getHTTPRouteSpec_Hostnames();

		/**
		 * The meta object literal for the '<em><b>Parent Refs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE_SPEC__PARENT_REFS = eINSTANCE.getHTTPRouteSpec_ParentRefs();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE_SPEC__RULES = eINSTANCE.getHTTPRouteSpec_Rules();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteParentRefImpl <em>HTTP Route Parent Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteParentRefImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteParentRef()
		 * @generated
		 */
		EClass HTTP_ROUTE_PARENT_REF = eINSTANCE.getHTTPRouteParentRef();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_PARENT_REF__GROUP = eINSTANCE.getHTTPRouteParentRef_Group();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_PARENT_REF__KIND = eINSTANCE.getHTTPRouteParentRef_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_PARENT_REF__NAME = eINSTANCE.getHTTPRouteParentRef_Name();

		/**
		 * The meta object literal for the '<em><b>Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_PARENT_REF__NAMESPACE = eINSTANCE.getHTTPRouteParentRef_Namespace();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_PARENT_REF__PORT = eINSTANCE.getHTTPRouteParentRef_Port();

		/**
		 * The meta object literal for the '<em><b>Section Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_PARENT_REF__SECTION_NAME = eINSTANCE.getHTTPRouteParentRef_SectionName();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRuleImpl <em>HTTP Route Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRuleImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteRule()
		 * @generated
		 */
		EClass HTTP_ROUTE_RULE = eINSTANCE.getHTTPRouteRule();

		/**
		 * The meta object literal for the '<em><b>Backend Refs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE_RULE__BACKEND_REFS = eINSTANCE.getHTTPRouteRule_BackendRefs();

		/**
		 * The meta object literal for the '<em><b>Filters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE_RULE__FILTERS = eINSTANCE.getHTTPRouteRule_Filters();

		/**
		 * The meta object literal for the '<em><b>Matches</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE_RULE__MATCHES = eINSTANCE.getHTTPRouteRule_Matches();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_RULE__NAME = eINSTANCE.getHTTPRouteRule_Name();

		/**
		 * The meta object literal for the '<em><b>Timeouts</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE_RULE__TIMEOUTS = eINSTANCE.getHTTPRouteRule_Timeouts();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRuleBackendRefImpl <em>HTTP Route Rule Backend Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRuleBackendRefImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteRuleBackendRef()
		 * @generated
		 */
		EClass HTTP_ROUTE_RULE_BACKEND_REF = eINSTANCE.getHTTPRouteRuleBackendRef();

		/**
		 * The meta object literal for the '<em><b>Filters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE_RULE_BACKEND_REF__FILTERS = eINSTANCE.getHTTPRouteRuleBackendRef_Filters();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_RULE_BACKEND_REF__GROUP = eINSTANCE.getHTTPRouteRuleBackendRef_Group();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_RULE_BACKEND_REF__KIND = eINSTANCE.getHTTPRouteRuleBackendRef_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_RULE_BACKEND_REF__NAME = eINSTANCE.getHTTPRouteRuleBackendRef_Name();

		/**
		 * The meta object literal for the '<em><b>Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_RULE_BACKEND_REF__NAMESPACE = eINSTANCE.getHTTPRouteRuleBackendRef_Namespace();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_RULE_BACKEND_REF__PORT = eINSTANCE.getHTTPRouteRuleBackendRef_Port();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_RULE_BACKEND_REF__WEIGHT = eINSTANCE.getHTTPRouteRuleBackendRef_Weight();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteFilterImpl <em>HTTP Route Filter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteFilterImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteFilter()
		 * @generated
		 */
		EClass HTTP_ROUTE_FILTER = eINSTANCE.getHTTPRouteFilter();

		/**
		 * The meta object literal for the '<em><b>Cors</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE_FILTER__CORS = eINSTANCE.getHTTPRouteFilter_Cors();

		/**
		 * The meta object literal for the '<em><b>Extension Ref</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE_FILTER__EXTENSION_REF = eINSTANCE.getHTTPRouteFilter_ExtensionRef();

		/**
		 * The meta object literal for the '<em><b>Request Header Modifier</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE_FILTER__REQUEST_HEADER_MODIFIER = eINSTANCE.getHTTPRouteFilter_RequestHeaderModifier();

		/**
		 * The meta object literal for the '<em><b>Request Mirror</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE_FILTER__REQUEST_MIRROR = eINSTANCE.getHTTPRouteFilter_RequestMirror();

		/**
		 * The meta object literal for the '<em><b>Request Redirect</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE_FILTER__REQUEST_REDIRECT = eINSTANCE.getHTTPRouteFilter_RequestRedirect();

		/**
		 * The meta object literal for the '<em><b>Response Header Modifier</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE_FILTER__RESPONSE_HEADER_MODIFIER = eINSTANCE.getHTTPRouteFilter_ResponseHeaderModifier();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_FILTER__TYPE = eINSTANCE.getHTTPRouteFilter_Type();

		/**
		 * The meta object literal for the '<em><b>Url Rewrite</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE_FILTER__URL_REWRITE = eINSTANCE.getHTTPRouteFilter_UrlRewrite();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteCorsImpl <em>HTTP Route Cors</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteCorsImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteCors()
		 * @generated
		 */
		EClass HTTP_ROUTE_CORS = eINSTANCE.getHTTPRouteCors();

		/**
		 * The meta object literal for the '<em><b>Allow Credentials</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_CORS__ALLOW_CREDENTIALS = eINSTANCE.getHTTPRouteCors_AllowCredentials();

		/**
		 * The meta object literal for the '<em><b>Allow Headers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_CORS__ALLOW_HEADERS = eINSTANCE.getHTTPRouteCors_AllowHeaders();

		/**
		 * The meta object literal for the '<em><b>Allow Methods</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_CORS__ALLOW_METHODS = eINSTANCE.getHTTPRouteCors_AllowMethods();

		/**
		 * The meta object literal for the '<em><b>Allow Origins</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_CORS__ALLOW_ORIGINS = eINSTANCE.getHTTPRouteCors_AllowOrigins();

		/**
		 * The meta object literal for the '<em><b>Expose Headers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_CORS__EXPOSE_HEADERS = eINSTANCE.getHTTPRouteCors_ExposeHeaders();

		/**
		 * The meta object literal for the '<em><b>Max Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_CORS__MAX_AGE = eINSTANCE.getHTTPRouteCors_MaxAge();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteExtensionRefImpl <em>HTTP Route Extension Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteExtensionRefImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteExtensionRef()
		 * @generated
		 */
		EClass HTTP_ROUTE_EXTENSION_REF = eINSTANCE.getHTTPRouteExtensionRef();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_EXTENSION_REF__GROUP = eINSTANCE.getHTTPRouteExtensionRef_Group();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_EXTENSION_REF__KIND = eINSTANCE.getHTTPRouteExtensionRef_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_EXTENSION_REF__NAME = eINSTANCE.getHTTPRouteExtensionRef_Name();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRequestHeaderModifierImpl <em>HTTP Route Request Header Modifier</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRequestHeaderModifierImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteRequestHeaderModifier()
		 * @generated
		 */
		EClass HTTP_ROUTE_REQUEST_HEADER_MODIFIER = eINSTANCE.getHTTPRouteRequestHeaderModifier();

		/**
		 * The meta object literal for the '<em><b>Add</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE_REQUEST_HEADER_MODIFIER__ADD = eINSTANCE.getHTTPRouteRequestHeaderModifier_Add();

		/**
		 * The meta object literal for the '<em><b>Remove</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_REQUEST_HEADER_MODIFIER__REMOVE = eINSTANCE.getHTTPRouteRequestHeaderModifier_Remove();

		/**
		 * The meta object literal for the '<em><b>Set</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE_REQUEST_HEADER_MODIFIER__SET = eINSTANCE.getHTTPRouteRequestHeaderModifier_Set();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteAddImpl <em>HTTP Route Add</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteAddImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteAdd()
		 * @generated
		 */
		EClass HTTP_ROUTE_ADD = eINSTANCE.getHTTPRouteAdd();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_ADD__NAME = eINSTANCE.getHTTPRouteAdd_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_ADD__VALUE = eINSTANCE.getHTTPRouteAdd_Value();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRequestMirrorImpl <em>HTTP Route Request Mirror</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRequestMirrorImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteRequestMirror()
		 * @generated
		 */
		EClass HTTP_ROUTE_REQUEST_MIRROR = eINSTANCE.getHTTPRouteRequestMirror();

		/**
		 * The meta object literal for the '<em><b>Backend Ref</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE_REQUEST_MIRROR__BACKEND_REF = eINSTANCE.getHTTPRouteRequestMirror_BackendRef();

		/**
		 * The meta object literal for the '<em><b>Fraction</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE_REQUEST_MIRROR__FRACTION = eINSTANCE.getHTTPRouteRequestMirror_Fraction();

		/**
		 * The meta object literal for the '<em><b>Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_REQUEST_MIRROR__PERCENT = eINSTANCE.getHTTPRouteRequestMirror_Percent();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRequestMirrorBackendRefImpl <em>HTTP Route Request Mirror Backend Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRequestMirrorBackendRefImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteRequestMirrorBackendRef()
		 * @generated
		 */
		EClass HTTP_ROUTE_REQUEST_MIRROR_BACKEND_REF = eINSTANCE.getHTTPRouteRequestMirrorBackendRef();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_REQUEST_MIRROR_BACKEND_REF__GROUP = eINSTANCE.getHTTPRouteRequestMirrorBackendRef_Group();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_REQUEST_MIRROR_BACKEND_REF__KIND = eINSTANCE.getHTTPRouteRequestMirrorBackendRef_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_REQUEST_MIRROR_BACKEND_REF__NAME = eINSTANCE.getHTTPRouteRequestMirrorBackendRef_Name();

		/**
		 * The meta object literal for the '<em><b>Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_REQUEST_MIRROR_BACKEND_REF__NAMESPACE = eINSTANCE.getHTTPRouteRequestMirrorBackendRef_Namespace();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_REQUEST_MIRROR_BACKEND_REF__PORT = eINSTANCE.getHTTPRouteRequestMirrorBackendRef_Port();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteFractionImpl <em>HTTP Route Fraction</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteFractionImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteFraction()
		 * @generated
		 */
		EClass HTTP_ROUTE_FRACTION = eINSTANCE.getHTTPRouteFraction();

		/**
		 * The meta object literal for the '<em><b>Denominator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_FRACTION__DENOMINATOR = eINSTANCE.getHTTPRouteFraction_Denominator();

		/**
		 * The meta object literal for the '<em><b>Numerator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_FRACTION__NUMERATOR = eINSTANCE.getHTTPRouteFraction_Numerator();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRequestRedirectImpl <em>HTTP Route Request Redirect</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRequestRedirectImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteRequestRedirect()
		 * @generated
		 */
		EClass HTTP_ROUTE_REQUEST_REDIRECT = eINSTANCE.getHTTPRouteRequestRedirect();

		/**
		 * The meta object literal for the '<em><b>Hostname</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_REQUEST_REDIRECT__HOSTNAME = eINSTANCE.getHTTPRouteRequestRedirect_Hostname();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE_REQUEST_REDIRECT__PATH = eINSTANCE.getHTTPRouteRequestRedirect_Path();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_REQUEST_REDIRECT__PORT = eINSTANCE.getHTTPRouteRequestRedirect_Port();

		/**
		 * The meta object literal for the '<em><b>Scheme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_REQUEST_REDIRECT__SCHEME = eINSTANCE.getHTTPRouteRequestRedirect_Scheme();

		/**
		 * The meta object literal for the '<em><b>Status Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_REQUEST_REDIRECT__STATUS_CODE = eINSTANCE.getHTTPRouteRequestRedirect_StatusCode();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRequestRedirectPathImpl <em>HTTP Route Request Redirect Path</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRequestRedirectPathImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteRequestRedirectPath()
		 * @generated
		 */
		EClass HTTP_ROUTE_REQUEST_REDIRECT_PATH = eINSTANCE.getHTTPRouteRequestRedirectPath();

		/**
		 * The meta object literal for the '<em><b>Replace Full Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_REQUEST_REDIRECT_PATH__REPLACE_FULL_PATH = eINSTANCE.getHTTPRouteRequestRedirectPath_ReplaceFullPath();

		/**
		 * The meta object literal for the '<em><b>Replace Prefix Match</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_REQUEST_REDIRECT_PATH__REPLACE_PREFIX_MATCH = eINSTANCE.getHTTPRouteRequestRedirectPath_ReplacePrefixMatch();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_REQUEST_REDIRECT_PATH__TYPE = eINSTANCE.getHTTPRouteRequestRedirectPath_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteUrlRewriteImpl <em>HTTP Route Url Rewrite</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteUrlRewriteImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteUrlRewrite()
		 * @generated
		 */
		EClass HTTP_ROUTE_URL_REWRITE = eINSTANCE.getHTTPRouteUrlRewrite();

		/**
		 * The meta object literal for the '<em><b>Hostname</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_URL_REWRITE__HOSTNAME = eINSTANCE.getHTTPRouteUrlRewrite_Hostname();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE_URL_REWRITE__PATH = eINSTANCE.getHTTPRouteUrlRewrite_Path();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteMatchImpl <em>HTTP Route Match</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteMatchImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteMatch()
		 * @generated
		 */
		EClass HTTP_ROUTE_MATCH = eINSTANCE.getHTTPRouteMatch();

		/**
		 * The meta object literal for the '<em><b>Headers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE_MATCH__HEADERS = eINSTANCE.getHTTPRouteMatch_Headers();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_MATCH__METHOD = eINSTANCE.getHTTPRouteMatch_Method();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE_MATCH__PATH = eINSTANCE.getHTTPRouteMatch_Path();

		/**
		 * The meta object literal for the '<em><b>Query Params</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE_MATCH__QUERY_PARAMS = eINSTANCE.getHTTPRouteMatch_QueryParams();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteHeaderImpl <em>HTTP Route Header</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteHeaderImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteHeader()
		 * @generated
		 */
		EClass HTTP_ROUTE_HEADER = eINSTANCE.getHTTPRouteHeader();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_HEADER__NAME = eINSTANCE.getHTTPRouteHeader_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_HEADER__TYPE = eINSTANCE.getHTTPRouteHeader_Type();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_HEADER__VALUE = eINSTANCE.getHTTPRouteHeader_Value();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteMatchPathImpl <em>HTTP Route Match Path</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteMatchPathImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteMatchPath()
		 * @generated
		 */
		EClass HTTP_ROUTE_MATCH_PATH = eINSTANCE.getHTTPRouteMatchPath();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_MATCH_PATH__TYPE = eINSTANCE.getHTTPRouteMatchPath_Type();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_MATCH_PATH__VALUE = eINSTANCE.getHTTPRouteMatchPath_Value();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteQueryParamImpl <em>HTTP Route Query Param</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteQueryParamImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteQueryParam()
		 * @generated
		 */
		EClass HTTP_ROUTE_QUERY_PARAM = eINSTANCE.getHTTPRouteQueryParam();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_QUERY_PARAM__NAME = eINSTANCE.getHTTPRouteQueryParam_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_QUERY_PARAM__TYPE = eINSTANCE.getHTTPRouteQueryParam_Type();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_QUERY_PARAM__VALUE = eINSTANCE.getHTTPRouteQueryParam_Value();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteTimeoutsImpl <em>HTTP Route Timeouts</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteTimeoutsImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteTimeouts()
		 * @generated
		 */
		EClass HTTP_ROUTE_TIMEOUTS = eINSTANCE.getHTTPRouteTimeouts();

		/**
		 * The meta object literal for the '<em><b>Backend Request</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_TIMEOUTS__BACKEND_REQUEST = eINSTANCE.getHTTPRouteTimeouts_BackendRequest();

		/**
		 * The meta object literal for the '<em><b>Request</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_TIMEOUTS__REQUEST = eINSTANCE.getHTTPRouteTimeouts_Request();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteStatusImpl <em>HTTP Route Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteStatusImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteStatus()
		 * @generated
		 */
		EClass HTTP_ROUTE_STATUS = eINSTANCE.getHTTPRouteStatus();

		/**
		 * The meta object literal for the '<em><b>Parents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE_STATUS__PARENTS = eINSTANCE.getHTTPRouteStatus_Parents();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteParentImpl <em>HTTP Route Parent</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteParentImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteParent()
		 * @generated
		 */
		EClass HTTP_ROUTE_PARENT = eINSTANCE.getHTTPRouteParent();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE_PARENT__CONDITIONS = eINSTANCE.getHTTPRouteParent_Conditions();

		/**
		 * The meta object literal for the '<em><b>Controller Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_PARENT__CONTROLLER_NAME = eINSTANCE.getHTTPRouteParent_ControllerName();

		/**
		 * The meta object literal for the '<em><b>Parent Ref</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HTTP_ROUTE_PARENT__PARENT_REF = eINSTANCE.getHTTPRouteParent_ParentRef();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteConditionImpl <em>HTTP Route Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteConditionImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getHTTPRouteCondition()
		 * @generated
		 */
		EClass HTTP_ROUTE_CONDITION = eINSTANCE.getHTTPRouteCondition();

		/**
		 * The meta object literal for the '<em><b>Last Transition Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_CONDITION__LAST_TRANSITION_TIME = eINSTANCE.getHTTPRouteCondition_LastTransitionTime();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_CONDITION__MESSAGE = eINSTANCE.getHTTPRouteCondition_Message();

		/**
		 * The meta object literal for the '<em><b>Observed Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_CONDITION__OBSERVED_GENERATION = eINSTANCE.getHTTPRouteCondition_ObservedGeneration();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_CONDITION__REASON = eINSTANCE.getHTTPRouteCondition_Reason();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_CONDITION__STATUS = eINSTANCE.getHTTPRouteCondition_Status();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HTTP_ROUTE_CONDITION__TYPE = eINSTANCE.getHTTPRouteCondition_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.ReferenceGrantSpecImpl <em>Reference Grant Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.ReferenceGrantSpecImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getReferenceGrantSpec()
		 * @generated
		 */
		EClass REFERENCE_GRANT_SPEC = eINSTANCE.getReferenceGrantSpec();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFERENCE_GRANT_SPEC__FROM = eINSTANCE.getReferenceGrantSpec_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFERENCE_GRANT_SPEC__TO = eINSTANCE.getReferenceGrantSpec_To();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.ReferenceGrantFromImpl <em>Reference Grant From</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.ReferenceGrantFromImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getReferenceGrantFrom()
		 * @generated
		 */
		EClass REFERENCE_GRANT_FROM = eINSTANCE.getReferenceGrantFrom();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE_GRANT_FROM__GROUP = eINSTANCE.getReferenceGrantFrom_Group();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE_GRANT_FROM__KIND = eINSTANCE.getReferenceGrantFrom_Kind();

		/**
		 * The meta object literal for the '<em><b>Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE_GRANT_FROM__NAMESPACE = eINSTANCE.getReferenceGrantFrom_Namespace();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.ReferenceGrantToImpl <em>Reference Grant To</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.ReferenceGrantToImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getReferenceGrantTo()
		 * @generated
		 */
		EClass REFERENCE_GRANT_TO = eINSTANCE.getReferenceGrantTo();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE_GRANT_TO__GROUP = eINSTANCE.getReferenceGrantTo_Group();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE_GRANT_TO__KIND = eINSTANCE.getReferenceGrantTo_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE_GRANT_TO__NAME = eINSTANCE.getReferenceGrantTo_Name();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.StringMapEntryImpl <em>String Map Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.StringMapEntryImpl
		 * @see io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl#getStringMapEntry()
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

} //GatewayV1beta1Package
