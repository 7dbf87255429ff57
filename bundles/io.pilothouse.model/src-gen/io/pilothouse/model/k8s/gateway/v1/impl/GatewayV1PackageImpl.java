/**
 */
package io.pilothouse.model.k8s.gateway.v1.impl;

import io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package;

import io.pilothouse.model.k8s.admissionregistration.v1.impl.AdmissionregistrationV1PackageImpl;

import io.pilothouse.model.k8s.admissionregistration.v1alpha1.AdmissionregistrationV1alpha1Package;

import io.pilothouse.model.k8s.admissionregistration.v1alpha1.impl.AdmissionregistrationV1alpha1PackageImpl;

import io.pilothouse.model.k8s.admissionregistration.v1beta1.AdmissionregistrationV1beta1Package;

import io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.AdmissionregistrationV1beta1PackageImpl;

import io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package;

import io.pilothouse.model.k8s.apiextensions.v1.impl.ApiextensionsV1PackageImpl;

import io.pilothouse.model.k8s.apiregistration.v1.ApiregistrationV1Package;

import io.pilothouse.model.k8s.apiregistration.v1.impl.ApiregistrationV1PackageImpl;

import io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ApiserverinternalV1alpha1Package;

import io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.ApiserverinternalV1alpha1PackageImpl;

import io.pilothouse.model.k8s.apps.v1.AppsV1Package;

import io.pilothouse.model.k8s.apps.v1.impl.AppsV1PackageImpl;

import io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package;

import io.pilothouse.model.k8s.authentication.v1.impl.AuthenticationV1PackageImpl;

import io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package;

import io.pilothouse.model.k8s.authorization.v1.impl.AuthorizationV1PackageImpl;

import io.pilothouse.model.k8s.autoscaling.v1.AutoscalingV1Package;

import io.pilothouse.model.k8s.autoscaling.v1.impl.AutoscalingV1PackageImpl;

import io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package;

import io.pilothouse.model.k8s.autoscaling.v2.impl.AutoscalingV2PackageImpl;

import io.pilothouse.model.k8s.batch.v1.BatchV1Package;

import io.pilothouse.model.k8s.batch.v1.impl.BatchV1PackageImpl;

import io.pilothouse.model.k8s.certificates.v1.CertificatesV1Package;

import io.pilothouse.model.k8s.certificates.v1.impl.CertificatesV1PackageImpl;

import io.pilothouse.model.k8s.certificates.v1alpha1.CertificatesV1alpha1Package;

import io.pilothouse.model.k8s.certificates.v1alpha1.impl.CertificatesV1alpha1PackageImpl;

import io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package;

import io.pilothouse.model.k8s.certificates.v1beta1.impl.CertificatesV1beta1PackageImpl;

import io.pilothouse.model.k8s.coordination.v1.CoordinationV1Package;

import io.pilothouse.model.k8s.coordination.v1.impl.CoordinationV1PackageImpl;

import io.pilothouse.model.k8s.coordination.v1alpha2.CoordinationV1alpha2Package;

import io.pilothouse.model.k8s.coordination.v1alpha2.impl.CoordinationV1alpha2PackageImpl;

import io.pilothouse.model.k8s.coordination.v1beta1.CoordinationV1beta1Package;

import io.pilothouse.model.k8s.coordination.v1beta1.impl.CoordinationV1beta1PackageImpl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;

import io.pilothouse.model.k8s.core.v1.impl.CoreV1PackageImpl;

import io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package;

import io.pilothouse.model.k8s.discovery.v1.impl.DiscoveryV1PackageImpl;

import io.pilothouse.model.k8s.events.v1.EventsV1Package;

import io.pilothouse.model.k8s.events.v1.impl.EventsV1PackageImpl;

import io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package;

import io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowcontrolV1PackageImpl;

import io.pilothouse.model.k8s.gateway.v1.GatewayV1Factory;
import io.pilothouse.model.k8s.gateway.v1.GatewayV1Package;

import io.pilothouse.model.k8s.gateway.v1alpha2.GatewayV1alpha2Package;

import io.pilothouse.model.k8s.gateway.v1alpha2.impl.GatewayV1alpha2PackageImpl;

import io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package;

import io.pilothouse.model.k8s.gateway.v1alpha3.impl.GatewayV1alpha3PackageImpl;

import io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package;

import io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayV1beta1PackageImpl;

import io.pilothouse.model.k8s.meta.v1.MetaV1Package;

import io.pilothouse.model.k8s.meta.v1.impl.MetaV1PackageImpl;

import io.pilothouse.model.k8s.networking.v1.NetworkingV1Package;

import io.pilothouse.model.k8s.networking.v1.impl.NetworkingV1PackageImpl;

import io.pilothouse.model.k8s.networking.v1beta1.NetworkingV1beta1Package;

import io.pilothouse.model.k8s.networking.v1beta1.impl.NetworkingV1beta1PackageImpl;

import io.pilothouse.model.k8s.node.v1.NodeV1Package;

import io.pilothouse.model.k8s.node.v1.impl.NodeV1PackageImpl;

import io.pilothouse.model.k8s.policy.v1.PolicyV1Package;

import io.pilothouse.model.k8s.policy.v1.impl.PolicyV1PackageImpl;

import io.pilothouse.model.k8s.rbac.v1.RbacV1Package;

import io.pilothouse.model.k8s.rbac.v1.impl.RbacV1PackageImpl;

import io.pilothouse.model.k8s.resource.v1.ResourceV1Package;

import io.pilothouse.model.k8s.resource.v1.impl.ResourceV1PackageImpl;

import io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package;

import io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourceV1alpha3PackageImpl;

import io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package;

import io.pilothouse.model.k8s.resource.v1beta1.impl.ResourceV1beta1PackageImpl;

import io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package;

import io.pilothouse.model.k8s.resource.v1beta2.impl.ResourceV1beta2PackageImpl;

import io.pilothouse.model.k8s.scheduling.v1.SchedulingV1Package;

import io.pilothouse.model.k8s.scheduling.v1.impl.SchedulingV1PackageImpl;

import io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package;

import io.pilothouse.model.k8s.scheduling.v1alpha2.impl.SchedulingV1alpha2PackageImpl;

import io.pilothouse.model.k8s.storage.v1.StorageV1Package;

import io.pilothouse.model.k8s.storage.v1.impl.StorageV1PackageImpl;

import io.pilothouse.model.k8s.storage.v1beta1.StorageV1beta1Package;

import io.pilothouse.model.k8s.storage.v1beta1.impl.StorageV1beta1PackageImpl;

import io.pilothouse.model.k8s.storagemigration.v1beta1.StoragemigrationV1beta1Package;

import io.pilothouse.model.k8s.storagemigration.v1beta1.impl.StoragemigrationV1beta1PackageImpl;

import java.io.IOException;

import java.net.URL;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.eclipse.emf.ecore.resource.Resource;

import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class GatewayV1PackageImpl extends EPackageImpl implements GatewayV1Package {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected String packageFilename = "v1.ecore";

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass backendTLSPolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayClassEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass grpcRouteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass listenerSetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass referenceGrantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tcpRouteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tlsRouteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass udpRouteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass backendTLSPolicySpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass backendTLSPolicyTargetRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass backendTLSPolicyValidationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass backendTLSPolicyCaCertificateRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass backendTLSPolicySubjectAltNameEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass backendTLSPolicyStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass backendTLSPolicyAncestorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass backendTLSPolicyAncestorRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass backendTLSPolicyConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayClassSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayClassParametersRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayClassStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayClassConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayClassSupportedFeatureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewaySpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewaySpecAddressEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayAllowedListenersEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayAllowedListenersNamespacesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewaySelectorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayMatchExpressionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayInfrastructureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayParametersRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewaySpecListenerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayAllowedRoutesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewaySupportedKindEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayAllowedRoutesNamespacesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayListenerTlsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayCertificateRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewaySpecTlsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayBackendEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayFrontendEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayDefaultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayValidationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayCaCertificateRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayPerPortEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayStatusAddressEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayStatusListenerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass grpcRouteSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass grpcRouteParentRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass grpcRouteRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass grpcRouteRuleBackendRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass grpcRouteFilterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass grpcRouteExtensionRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass grpcRouteRequestHeaderModifierEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass grpcRouteAddEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass grpcRouteRequestMirrorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass grpcRouteRequestMirrorBackendRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass grpcRouteFractionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass grpcRouteMatchEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass grpcRouteHeaderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass grpcRouteMethodEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass grpcRouteStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass grpcRouteParentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass grpcRouteConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteParentRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteRuleBackendRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteFilterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteCorsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteExtensionRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteRequestHeaderModifierEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteAddEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteRequestMirrorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteRequestMirrorBackendRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteFractionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteRequestRedirectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteRequestRedirectPathEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteUrlRewriteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteMatchEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteHeaderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteMatchPathEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteQueryParamEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteTimeoutsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteParentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass httpRouteConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass listenerSetSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass listenerSetSpecListenerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass listenerSetAllowedRoutesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass listenerSetSupportedKindEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass listenerSetNamespacesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass listenerSetSelectorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass listenerSetMatchExpressionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass listenerSetTlsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass listenerSetCertificateRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass listenerSetParentRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass listenerSetStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass listenerSetConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass listenerSetStatusListenerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass referenceGrantSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass referenceGrantFromEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass referenceGrantToEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tcpRouteSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tcpRouteParentRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tcpRouteRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tcpRouteBackendRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tcpRouteStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tcpRouteParentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tcpRouteConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tlsRouteSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tlsRouteParentRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tlsRouteRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tlsRouteBackendRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tlsRouteStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tlsRouteParentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tlsRouteConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass udpRouteSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass udpRouteParentRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass udpRouteRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass udpRouteBackendRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass udpRouteStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass udpRouteParentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass udpRouteConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stringMapEntryEClass = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private GatewayV1PackageImpl() {
		super(eNS_URI, GatewayV1Factory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link GatewayV1Package#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @generated
	 */
	public static GatewayV1Package init() {
		if (isInited) return (GatewayV1Package)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI);

		// Obtain or create and register package
		Object registeredGatewayV1Package = EPackage.Registry.INSTANCE.get(eNS_URI);
		GatewayV1PackageImpl theGatewayV1Package = registeredGatewayV1Package instanceof GatewayV1PackageImpl ? (GatewayV1PackageImpl)registeredGatewayV1Package : new GatewayV1PackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(AdmissionregistrationV1Package.eNS_URI);
		AdmissionregistrationV1PackageImpl theAdmissionregistrationV1Package = (AdmissionregistrationV1PackageImpl)(registeredPackage instanceof AdmissionregistrationV1PackageImpl ? registeredPackage : AdmissionregistrationV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(AdmissionregistrationV1alpha1Package.eNS_URI);
		AdmissionregistrationV1alpha1PackageImpl theAdmissionregistrationV1alpha1Package = (AdmissionregistrationV1alpha1PackageImpl)(registeredPackage instanceof AdmissionregistrationV1alpha1PackageImpl ? registeredPackage : AdmissionregistrationV1alpha1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(AdmissionregistrationV1beta1Package.eNS_URI);
		AdmissionregistrationV1beta1PackageImpl theAdmissionregistrationV1beta1Package = (AdmissionregistrationV1beta1PackageImpl)(registeredPackage instanceof AdmissionregistrationV1beta1PackageImpl ? registeredPackage : AdmissionregistrationV1beta1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ApiextensionsV1Package.eNS_URI);
		ApiextensionsV1PackageImpl theApiextensionsV1Package = (ApiextensionsV1PackageImpl)(registeredPackage instanceof ApiextensionsV1PackageImpl ? registeredPackage : ApiextensionsV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ApiregistrationV1Package.eNS_URI);
		ApiregistrationV1PackageImpl theApiregistrationV1Package = (ApiregistrationV1PackageImpl)(registeredPackage instanceof ApiregistrationV1PackageImpl ? registeredPackage : ApiregistrationV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ApiserverinternalV1alpha1Package.eNS_URI);
		ApiserverinternalV1alpha1PackageImpl theApiserverinternalV1alpha1Package = (ApiserverinternalV1alpha1PackageImpl)(registeredPackage instanceof ApiserverinternalV1alpha1PackageImpl ? registeredPackage : ApiserverinternalV1alpha1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(AppsV1Package.eNS_URI);
		AppsV1PackageImpl theAppsV1Package = (AppsV1PackageImpl)(registeredPackage instanceof AppsV1PackageImpl ? registeredPackage : AppsV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(AuthenticationV1Package.eNS_URI);
		AuthenticationV1PackageImpl theAuthenticationV1Package = (AuthenticationV1PackageImpl)(registeredPackage instanceof AuthenticationV1PackageImpl ? registeredPackage : AuthenticationV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(AuthorizationV1Package.eNS_URI);
		AuthorizationV1PackageImpl theAuthorizationV1Package = (AuthorizationV1PackageImpl)(registeredPackage instanceof AuthorizationV1PackageImpl ? registeredPackage : AuthorizationV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(AutoscalingV1Package.eNS_URI);
		AutoscalingV1PackageImpl theAutoscalingV1Package = (AutoscalingV1PackageImpl)(registeredPackage instanceof AutoscalingV1PackageImpl ? registeredPackage : AutoscalingV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(AutoscalingV2Package.eNS_URI);
		AutoscalingV2PackageImpl theAutoscalingV2Package = (AutoscalingV2PackageImpl)(registeredPackage instanceof AutoscalingV2PackageImpl ? registeredPackage : AutoscalingV2Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(BatchV1Package.eNS_URI);
		BatchV1PackageImpl theBatchV1Package = (BatchV1PackageImpl)(registeredPackage instanceof BatchV1PackageImpl ? registeredPackage : BatchV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CertificatesV1Package.eNS_URI);
		CertificatesV1PackageImpl theCertificatesV1Package = (CertificatesV1PackageImpl)(registeredPackage instanceof CertificatesV1PackageImpl ? registeredPackage : CertificatesV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CertificatesV1alpha1Package.eNS_URI);
		CertificatesV1alpha1PackageImpl theCertificatesV1alpha1Package = (CertificatesV1alpha1PackageImpl)(registeredPackage instanceof CertificatesV1alpha1PackageImpl ? registeredPackage : CertificatesV1alpha1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CertificatesV1beta1Package.eNS_URI);
		CertificatesV1beta1PackageImpl theCertificatesV1beta1Package = (CertificatesV1beta1PackageImpl)(registeredPackage instanceof CertificatesV1beta1PackageImpl ? registeredPackage : CertificatesV1beta1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CoordinationV1Package.eNS_URI);
		CoordinationV1PackageImpl theCoordinationV1Package = (CoordinationV1PackageImpl)(registeredPackage instanceof CoordinationV1PackageImpl ? registeredPackage : CoordinationV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CoordinationV1alpha2Package.eNS_URI);
		CoordinationV1alpha2PackageImpl theCoordinationV1alpha2Package = (CoordinationV1alpha2PackageImpl)(registeredPackage instanceof CoordinationV1alpha2PackageImpl ? registeredPackage : CoordinationV1alpha2Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CoordinationV1beta1Package.eNS_URI);
		CoordinationV1beta1PackageImpl theCoordinationV1beta1Package = (CoordinationV1beta1PackageImpl)(registeredPackage instanceof CoordinationV1beta1PackageImpl ? registeredPackage : CoordinationV1beta1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CoreV1Package.eNS_URI);
		CoreV1PackageImpl theCoreV1Package = (CoreV1PackageImpl)(registeredPackage instanceof CoreV1PackageImpl ? registeredPackage : CoreV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DiscoveryV1Package.eNS_URI);
		DiscoveryV1PackageImpl theDiscoveryV1Package = (DiscoveryV1PackageImpl)(registeredPackage instanceof DiscoveryV1PackageImpl ? registeredPackage : DiscoveryV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(EventsV1Package.eNS_URI);
		EventsV1PackageImpl theEventsV1Package = (EventsV1PackageImpl)(registeredPackage instanceof EventsV1PackageImpl ? registeredPackage : EventsV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(FlowcontrolV1Package.eNS_URI);
		FlowcontrolV1PackageImpl theFlowcontrolV1Package = (FlowcontrolV1PackageImpl)(registeredPackage instanceof FlowcontrolV1PackageImpl ? registeredPackage : FlowcontrolV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GatewayV1alpha2Package.eNS_URI);
		GatewayV1alpha2PackageImpl theGatewayV1alpha2Package = (GatewayV1alpha2PackageImpl)(registeredPackage instanceof GatewayV1alpha2PackageImpl ? registeredPackage : GatewayV1alpha2Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GatewayV1alpha3Package.eNS_URI);
		GatewayV1alpha3PackageImpl theGatewayV1alpha3Package = (GatewayV1alpha3PackageImpl)(registeredPackage instanceof GatewayV1alpha3PackageImpl ? registeredPackage : GatewayV1alpha3Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GatewayV1beta1Package.eNS_URI);
		GatewayV1beta1PackageImpl theGatewayV1beta1Package = (GatewayV1beta1PackageImpl)(registeredPackage instanceof GatewayV1beta1PackageImpl ? registeredPackage : GatewayV1beta1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(MetaV1Package.eNS_URI);
		MetaV1PackageImpl theMetaV1Package = (MetaV1PackageImpl)(registeredPackage instanceof MetaV1PackageImpl ? registeredPackage : MetaV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(NetworkingV1Package.eNS_URI);
		NetworkingV1PackageImpl theNetworkingV1Package = (NetworkingV1PackageImpl)(registeredPackage instanceof NetworkingV1PackageImpl ? registeredPackage : NetworkingV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(NetworkingV1beta1Package.eNS_URI);
		NetworkingV1beta1PackageImpl theNetworkingV1beta1Package = (NetworkingV1beta1PackageImpl)(registeredPackage instanceof NetworkingV1beta1PackageImpl ? registeredPackage : NetworkingV1beta1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(NodeV1Package.eNS_URI);
		NodeV1PackageImpl theNodeV1Package = (NodeV1PackageImpl)(registeredPackage instanceof NodeV1PackageImpl ? registeredPackage : NodeV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(PolicyV1Package.eNS_URI);
		PolicyV1PackageImpl thePolicyV1Package = (PolicyV1PackageImpl)(registeredPackage instanceof PolicyV1PackageImpl ? registeredPackage : PolicyV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(RbacV1Package.eNS_URI);
		RbacV1PackageImpl theRbacV1Package = (RbacV1PackageImpl)(registeredPackage instanceof RbacV1PackageImpl ? registeredPackage : RbacV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ResourceV1Package.eNS_URI);
		ResourceV1PackageImpl theResourceV1Package = (ResourceV1PackageImpl)(registeredPackage instanceof ResourceV1PackageImpl ? registeredPackage : ResourceV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ResourceV1alpha3Package.eNS_URI);
		ResourceV1alpha3PackageImpl theResourceV1alpha3Package = (ResourceV1alpha3PackageImpl)(registeredPackage instanceof ResourceV1alpha3PackageImpl ? registeredPackage : ResourceV1alpha3Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ResourceV1beta1Package.eNS_URI);
		ResourceV1beta1PackageImpl theResourceV1beta1Package = (ResourceV1beta1PackageImpl)(registeredPackage instanceof ResourceV1beta1PackageImpl ? registeredPackage : ResourceV1beta1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ResourceV1beta2Package.eNS_URI);
		ResourceV1beta2PackageImpl theResourceV1beta2Package = (ResourceV1beta2PackageImpl)(registeredPackage instanceof ResourceV1beta2PackageImpl ? registeredPackage : ResourceV1beta2Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(SchedulingV1Package.eNS_URI);
		SchedulingV1PackageImpl theSchedulingV1Package = (SchedulingV1PackageImpl)(registeredPackage instanceof SchedulingV1PackageImpl ? registeredPackage : SchedulingV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(SchedulingV1alpha2Package.eNS_URI);
		SchedulingV1alpha2PackageImpl theSchedulingV1alpha2Package = (SchedulingV1alpha2PackageImpl)(registeredPackage instanceof SchedulingV1alpha2PackageImpl ? registeredPackage : SchedulingV1alpha2Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(StorageV1Package.eNS_URI);
		StorageV1PackageImpl theStorageV1Package = (StorageV1PackageImpl)(registeredPackage instanceof StorageV1PackageImpl ? registeredPackage : StorageV1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(StorageV1beta1Package.eNS_URI);
		StorageV1beta1PackageImpl theStorageV1beta1Package = (StorageV1beta1PackageImpl)(registeredPackage instanceof StorageV1beta1PackageImpl ? registeredPackage : StorageV1beta1Package.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(StoragemigrationV1beta1Package.eNS_URI);
		StoragemigrationV1beta1PackageImpl theStoragemigrationV1beta1Package = (StoragemigrationV1beta1PackageImpl)(registeredPackage instanceof StoragemigrationV1beta1PackageImpl ? registeredPackage : StoragemigrationV1beta1Package.eINSTANCE);

		// Load packages
		theGatewayV1Package.loadPackage();
		theAdmissionregistrationV1Package.loadPackage();
		theAdmissionregistrationV1alpha1Package.loadPackage();
		theAdmissionregistrationV1beta1Package.loadPackage();
		theApiextensionsV1Package.loadPackage();
		theApiregistrationV1Package.loadPackage();
		theApiserverinternalV1alpha1Package.loadPackage();
		theAppsV1Package.loadPackage();
		theAuthenticationV1Package.loadPackage();
		theAuthorizationV1Package.loadPackage();
		theAutoscalingV1Package.loadPackage();
		theAutoscalingV2Package.loadPackage();
		theBatchV1Package.loadPackage();
		theCertificatesV1Package.loadPackage();
		theCertificatesV1alpha1Package.loadPackage();
		theCertificatesV1beta1Package.loadPackage();
		theCoordinationV1Package.loadPackage();
		theCoordinationV1alpha2Package.loadPackage();
		theCoordinationV1beta1Package.loadPackage();
		theCoreV1Package.loadPackage();
		theDiscoveryV1Package.loadPackage();
		theEventsV1Package.loadPackage();
		theFlowcontrolV1Package.loadPackage();
		theGatewayV1alpha2Package.loadPackage();
		theGatewayV1alpha3Package.loadPackage();
		theGatewayV1beta1Package.loadPackage();
		theMetaV1Package.loadPackage();
		theNetworkingV1Package.loadPackage();
		theNetworkingV1beta1Package.loadPackage();
		theNodeV1Package.loadPackage();
		thePolicyV1Package.loadPackage();
		theRbacV1Package.loadPackage();
		theResourceV1Package.loadPackage();
		theResourceV1alpha3Package.loadPackage();
		theResourceV1beta1Package.loadPackage();
		theResourceV1beta2Package.loadPackage();
		theSchedulingV1Package.loadPackage();
		theSchedulingV1alpha2Package.loadPackage();
		theStorageV1Package.loadPackage();
		theStorageV1beta1Package.loadPackage();
		theStoragemigrationV1beta1Package.loadPackage();

		// Fix loaded packages
		theGatewayV1Package.fixPackageContents();
		theAdmissionregistrationV1Package.fixPackageContents();
		theAdmissionregistrationV1alpha1Package.fixPackageContents();
		theAdmissionregistrationV1beta1Package.fixPackageContents();
		theApiextensionsV1Package.fixPackageContents();
		theApiregistrationV1Package.fixPackageContents();
		theApiserverinternalV1alpha1Package.fixPackageContents();
		theAppsV1Package.fixPackageContents();
		theAuthenticationV1Package.fixPackageContents();
		theAuthorizationV1Package.fixPackageContents();
		theAutoscalingV1Package.fixPackageContents();
		theAutoscalingV2Package.fixPackageContents();
		theBatchV1Package.fixPackageContents();
		theCertificatesV1Package.fixPackageContents();
		theCertificatesV1alpha1Package.fixPackageContents();
		theCertificatesV1beta1Package.fixPackageContents();
		theCoordinationV1Package.fixPackageContents();
		theCoordinationV1alpha2Package.fixPackageContents();
		theCoordinationV1beta1Package.fixPackageContents();
		theCoreV1Package.fixPackageContents();
		theDiscoveryV1Package.fixPackageContents();
		theEventsV1Package.fixPackageContents();
		theFlowcontrolV1Package.fixPackageContents();
		theGatewayV1alpha2Package.fixPackageContents();
		theGatewayV1alpha3Package.fixPackageContents();
		theGatewayV1beta1Package.fixPackageContents();
		theMetaV1Package.fixPackageContents();
		theNetworkingV1Package.fixPackageContents();
		theNetworkingV1beta1Package.fixPackageContents();
		theNodeV1Package.fixPackageContents();
		thePolicyV1Package.fixPackageContents();
		theRbacV1Package.fixPackageContents();
		theResourceV1Package.fixPackageContents();
		theResourceV1alpha3Package.fixPackageContents();
		theResourceV1beta1Package.fixPackageContents();
		theResourceV1beta2Package.fixPackageContents();
		theSchedulingV1Package.fixPackageContents();
		theSchedulingV1alpha2Package.fixPackageContents();
		theStorageV1Package.fixPackageContents();
		theStorageV1beta1Package.fixPackageContents();
		theStoragemigrationV1beta1Package.fixPackageContents();

		// Mark meta-data to indicate it can't be changed
		theGatewayV1Package.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(GatewayV1Package.eNS_URI, theGatewayV1Package);
		return theGatewayV1Package;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBackendTLSPolicy() {
		if (backendTLSPolicyEClass == null) {
			backendTLSPolicyEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(0);
		}
		return backendTLSPolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicy_ApiVersion() {
        return (EAttribute)getBackendTLSPolicy().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicy_Kind() {
        return (EAttribute)getBackendTLSPolicy().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBackendTLSPolicy_Metadata() {
        return (EReference)getBackendTLSPolicy().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBackendTLSPolicy_Spec() {
        return (EReference)getBackendTLSPolicy().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBackendTLSPolicy_Status() {
        return (EReference)getBackendTLSPolicy().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayClass() {
		if (gatewayClassEClass == null) {
			gatewayClassEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(1);
		}
		return gatewayClassEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClass_ApiVersion() {
        return (EAttribute)getGatewayClass().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClass_Kind() {
        return (EAttribute)getGatewayClass().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayClass_Metadata() {
        return (EReference)getGatewayClass().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayClass_Spec() {
        return (EReference)getGatewayClass().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayClass_Status() {
        return (EReference)getGatewayClass().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGateway() {
		if (gatewayEClass == null) {
			gatewayEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(2);
		}
		return gatewayEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGateway_ApiVersion() {
        return (EAttribute)getGateway().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGateway_Kind() {
        return (EAttribute)getGateway().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGateway_Metadata() {
        return (EReference)getGateway().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGateway_Spec() {
        return (EReference)getGateway().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGateway_Status() {
        return (EReference)getGateway().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGRPCRoute() {
		if (grpcRouteEClass == null) {
			grpcRouteEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(3);
		}
		return grpcRouteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRoute_ApiVersion() {
        return (EAttribute)getGRPCRoute().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRoute_Kind() {
        return (EAttribute)getGRPCRoute().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGRPCRoute_Metadata() {
        return (EReference)getGRPCRoute().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGRPCRoute_Spec() {
        return (EReference)getGRPCRoute().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGRPCRoute_Status() {
        return (EReference)getGRPCRoute().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRoute() {
		if (httpRouteEClass == null) {
			httpRouteEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(4);
		}
		return httpRouteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRoute_ApiVersion() {
        return (EAttribute)getHTTPRoute().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRoute_Kind() {
        return (EAttribute)getHTTPRoute().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRoute_Metadata() {
        return (EReference)getHTTPRoute().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRoute_Spec() {
        return (EReference)getHTTPRoute().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRoute_Status() {
        return (EReference)getHTTPRoute().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getListenerSet() {
		if (listenerSetEClass == null) {
			listenerSetEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(5);
		}
		return listenerSetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSet_ApiVersion() {
        return (EAttribute)getListenerSet().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSet_Kind() {
        return (EAttribute)getListenerSet().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getListenerSet_Metadata() {
        return (EReference)getListenerSet().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getListenerSet_Spec() {
        return (EReference)getListenerSet().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getListenerSet_Status() {
        return (EReference)getListenerSet().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReferenceGrant() {
		if (referenceGrantEClass == null) {
			referenceGrantEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(6);
		}
		return referenceGrantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferenceGrant_ApiVersion() {
        return (EAttribute)getReferenceGrant().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferenceGrant_Kind() {
        return (EAttribute)getReferenceGrant().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReferenceGrant_Metadata() {
        return (EReference)getReferenceGrant().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReferenceGrant_Spec() {
        return (EReference)getReferenceGrant().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTCPRoute() {
		if (tcpRouteEClass == null) {
			tcpRouteEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(7);
		}
		return tcpRouteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTCPRoute_ApiVersion() {
        return (EAttribute)getTCPRoute().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTCPRoute_Kind() {
        return (EAttribute)getTCPRoute().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTCPRoute_Metadata() {
        return (EReference)getTCPRoute().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTCPRoute_Spec() {
        return (EReference)getTCPRoute().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTCPRoute_Status() {
        return (EReference)getTCPRoute().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTLSRoute() {
		if (tlsRouteEClass == null) {
			tlsRouteEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(8);
		}
		return tlsRouteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTLSRoute_ApiVersion() {
        return (EAttribute)getTLSRoute().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTLSRoute_Kind() {
        return (EAttribute)getTLSRoute().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTLSRoute_Metadata() {
        return (EReference)getTLSRoute().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTLSRoute_Spec() {
        return (EReference)getTLSRoute().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTLSRoute_Status() {
        return (EReference)getTLSRoute().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUDPRoute() {
		if (udpRouteEClass == null) {
			udpRouteEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(9);
		}
		return udpRouteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUDPRoute_ApiVersion() {
        return (EAttribute)getUDPRoute().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUDPRoute_Kind() {
        return (EAttribute)getUDPRoute().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUDPRoute_Metadata() {
        return (EReference)getUDPRoute().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUDPRoute_Spec() {
        return (EReference)getUDPRoute().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUDPRoute_Status() {
        return (EReference)getUDPRoute().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBackendTLSPolicySpec() {
		if (backendTLSPolicySpecEClass == null) {
			backendTLSPolicySpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(10);
		}
		return backendTLSPolicySpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBackendTLSPolicySpec_Options() {
        return (EReference)getBackendTLSPolicySpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBackendTLSPolicySpec_TargetRefs() {
        return (EReference)getBackendTLSPolicySpec().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBackendTLSPolicySpec_Validation() {
        return (EReference)getBackendTLSPolicySpec().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBackendTLSPolicyTargetRef() {
		if (backendTLSPolicyTargetRefEClass == null) {
			backendTLSPolicyTargetRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(11);
		}
		return backendTLSPolicyTargetRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicyTargetRef_Group() {
        return (EAttribute)getBackendTLSPolicyTargetRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicyTargetRef_Kind() {
        return (EAttribute)getBackendTLSPolicyTargetRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicyTargetRef_Name() {
        return (EAttribute)getBackendTLSPolicyTargetRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicyTargetRef_SectionName() {
        return (EAttribute)getBackendTLSPolicyTargetRef().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBackendTLSPolicyValidation() {
		if (backendTLSPolicyValidationEClass == null) {
			backendTLSPolicyValidationEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(12);
		}
		return backendTLSPolicyValidationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBackendTLSPolicyValidation_CaCertificateRefs() {
        return (EReference)getBackendTLSPolicyValidation().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicyValidation_Hostname() {
        return (EAttribute)getBackendTLSPolicyValidation().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBackendTLSPolicyValidation_SubjectAltNames() {
        return (EReference)getBackendTLSPolicyValidation().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicyValidation_WellKnownCACertificates() {
        return (EAttribute)getBackendTLSPolicyValidation().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBackendTLSPolicyCaCertificateRef() {
		if (backendTLSPolicyCaCertificateRefEClass == null) {
			backendTLSPolicyCaCertificateRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(13);
		}
		return backendTLSPolicyCaCertificateRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicyCaCertificateRef_Group() {
        return (EAttribute)getBackendTLSPolicyCaCertificateRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicyCaCertificateRef_Kind() {
        return (EAttribute)getBackendTLSPolicyCaCertificateRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicyCaCertificateRef_Name() {
        return (EAttribute)getBackendTLSPolicyCaCertificateRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBackendTLSPolicySubjectAltName() {
		if (backendTLSPolicySubjectAltNameEClass == null) {
			backendTLSPolicySubjectAltNameEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(14);
		}
		return backendTLSPolicySubjectAltNameEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicySubjectAltName_Hostname() {
        return (EAttribute)getBackendTLSPolicySubjectAltName().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicySubjectAltName_Type() {
        return (EAttribute)getBackendTLSPolicySubjectAltName().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicySubjectAltName_Uri() {
        return (EAttribute)getBackendTLSPolicySubjectAltName().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBackendTLSPolicyStatus() {
		if (backendTLSPolicyStatusEClass == null) {
			backendTLSPolicyStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(15);
		}
		return backendTLSPolicyStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBackendTLSPolicyStatus_Ancestors() {
        return (EReference)getBackendTLSPolicyStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBackendTLSPolicyAncestor() {
		if (backendTLSPolicyAncestorEClass == null) {
			backendTLSPolicyAncestorEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(16);
		}
		return backendTLSPolicyAncestorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBackendTLSPolicyAncestor_AncestorRef() {
        return (EReference)getBackendTLSPolicyAncestor().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBackendTLSPolicyAncestor_Conditions() {
        return (EReference)getBackendTLSPolicyAncestor().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicyAncestor_ControllerName() {
        return (EAttribute)getBackendTLSPolicyAncestor().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBackendTLSPolicyAncestorRef() {
		if (backendTLSPolicyAncestorRefEClass == null) {
			backendTLSPolicyAncestorRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(17);
		}
		return backendTLSPolicyAncestorRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicyAncestorRef_Group() {
        return (EAttribute)getBackendTLSPolicyAncestorRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicyAncestorRef_Kind() {
        return (EAttribute)getBackendTLSPolicyAncestorRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicyAncestorRef_Name() {
        return (EAttribute)getBackendTLSPolicyAncestorRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicyAncestorRef_Namespace() {
        return (EAttribute)getBackendTLSPolicyAncestorRef().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicyAncestorRef_Port() {
        return (EAttribute)getBackendTLSPolicyAncestorRef().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicyAncestorRef_SectionName() {
        return (EAttribute)getBackendTLSPolicyAncestorRef().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBackendTLSPolicyCondition() {
		if (backendTLSPolicyConditionEClass == null) {
			backendTLSPolicyConditionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(18);
		}
		return backendTLSPolicyConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicyCondition_LastTransitionTime() {
        return (EAttribute)getBackendTLSPolicyCondition().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicyCondition_Message() {
        return (EAttribute)getBackendTLSPolicyCondition().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicyCondition_ObservedGeneration() {
        return (EAttribute)getBackendTLSPolicyCondition().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicyCondition_Reason() {
        return (EAttribute)getBackendTLSPolicyCondition().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicyCondition_Status() {
        return (EAttribute)getBackendTLSPolicyCondition().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendTLSPolicyCondition_Type() {
        return (EAttribute)getBackendTLSPolicyCondition().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayClassSpec() {
		if (gatewayClassSpecEClass == null) {
			gatewayClassSpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(19);
		}
		return gatewayClassSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClassSpec_ControllerName() {
        return (EAttribute)getGatewayClassSpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClassSpec_Description() {
        return (EAttribute)getGatewayClassSpec().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayClassSpec_ParametersRef() {
        return (EReference)getGatewayClassSpec().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayClassParametersRef() {
		if (gatewayClassParametersRefEClass == null) {
			gatewayClassParametersRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(20);
		}
		return gatewayClassParametersRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClassParametersRef_Group() {
        return (EAttribute)getGatewayClassParametersRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClassParametersRef_Kind() {
        return (EAttribute)getGatewayClassParametersRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClassParametersRef_Name() {
        return (EAttribute)getGatewayClassParametersRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClassParametersRef_Namespace() {
        return (EAttribute)getGatewayClassParametersRef().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayClassStatus() {
		if (gatewayClassStatusEClass == null) {
			gatewayClassStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(21);
		}
		return gatewayClassStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayClassStatus_Conditions() {
        return (EReference)getGatewayClassStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayClassStatus_SupportedFeatures() {
        return (EReference)getGatewayClassStatus().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayClassCondition() {
		if (gatewayClassConditionEClass == null) {
			gatewayClassConditionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(22);
		}
		return gatewayClassConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClassCondition_LastTransitionTime() {
        return (EAttribute)getGatewayClassCondition().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClassCondition_Message() {
        return (EAttribute)getGatewayClassCondition().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClassCondition_ObservedGeneration() {
        return (EAttribute)getGatewayClassCondition().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClassCondition_Reason() {
        return (EAttribute)getGatewayClassCondition().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClassCondition_Status() {
        return (EAttribute)getGatewayClassCondition().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClassCondition_Type() {
        return (EAttribute)getGatewayClassCondition().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayClassSupportedFeature() {
		if (gatewayClassSupportedFeatureEClass == null) {
			gatewayClassSupportedFeatureEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(23);
		}
		return gatewayClassSupportedFeatureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayClassSupportedFeature_Name() {
        return (EAttribute)getGatewayClassSupportedFeature().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewaySpec() {
		if (gatewaySpecEClass == null) {
			gatewaySpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(24);
		}
		return gatewaySpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewaySpec_Addresses() {
        return (EReference)getGatewaySpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewaySpec_AllowedListeners() {
        return (EReference)getGatewaySpec().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewaySpec_GatewayClassName() {
        return (EAttribute)getGatewaySpec().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewaySpec_Infrastructure() {
        return (EReference)getGatewaySpec().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewaySpec_Listeners() {
        return (EReference)getGatewaySpec().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewaySpec_Tls() {
        return (EReference)getGatewaySpec().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewaySpecAddress() {
		if (gatewaySpecAddressEClass == null) {
			gatewaySpecAddressEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(25);
		}
		return gatewaySpecAddressEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewaySpecAddress_Type() {
        return (EAttribute)getGatewaySpecAddress().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewaySpecAddress_Value() {
        return (EAttribute)getGatewaySpecAddress().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayAllowedListeners() {
		if (gatewayAllowedListenersEClass == null) {
			gatewayAllowedListenersEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(26);
		}
		return gatewayAllowedListenersEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayAllowedListeners_Namespaces() {
        return (EReference)getGatewayAllowedListeners().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayAllowedListenersNamespaces() {
		if (gatewayAllowedListenersNamespacesEClass == null) {
			gatewayAllowedListenersNamespacesEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(27);
		}
		return gatewayAllowedListenersNamespacesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayAllowedListenersNamespaces_From() {
        return (EAttribute)getGatewayAllowedListenersNamespaces().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayAllowedListenersNamespaces_Selector() {
        return (EReference)getGatewayAllowedListenersNamespaces().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewaySelector() {
		if (gatewaySelectorEClass == null) {
			gatewaySelectorEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(28);
		}
		return gatewaySelectorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewaySelector_MatchExpressions() {
        return (EReference)getGatewaySelector().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewaySelector_MatchLabels() {
        return (EReference)getGatewaySelector().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayMatchExpression() {
		if (gatewayMatchExpressionEClass == null) {
			gatewayMatchExpressionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(29);
		}
		return gatewayMatchExpressionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayMatchExpression_Key() {
        return (EAttribute)getGatewayMatchExpression().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayMatchExpression_Operator() {
        return (EAttribute)getGatewayMatchExpression().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayMatchExpression_Values() {
        return (EAttribute)getGatewayMatchExpression().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayInfrastructure() {
		if (gatewayInfrastructureEClass == null) {
			gatewayInfrastructureEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(30);
		}
		return gatewayInfrastructureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayInfrastructure_Annotations() {
        return (EReference)getGatewayInfrastructure().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayInfrastructure_Labels() {
        return (EReference)getGatewayInfrastructure().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayInfrastructure_ParametersRef() {
        return (EReference)getGatewayInfrastructure().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayParametersRef() {
		if (gatewayParametersRefEClass == null) {
			gatewayParametersRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(31);
		}
		return gatewayParametersRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayParametersRef_Group() {
        return (EAttribute)getGatewayParametersRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayParametersRef_Kind() {
        return (EAttribute)getGatewayParametersRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayParametersRef_Name() {
        return (EAttribute)getGatewayParametersRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewaySpecListener() {
		if (gatewaySpecListenerEClass == null) {
			gatewaySpecListenerEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(32);
		}
		return gatewaySpecListenerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewaySpecListener_AllowedRoutes() {
        return (EReference)getGatewaySpecListener().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewaySpecListener_Hostname() {
        return (EAttribute)getGatewaySpecListener().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewaySpecListener_Name() {
        return (EAttribute)getGatewaySpecListener().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewaySpecListener_Port() {
        return (EAttribute)getGatewaySpecListener().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewaySpecListener_Protocol() {
        return (EAttribute)getGatewaySpecListener().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewaySpecListener_Tls() {
        return (EReference)getGatewaySpecListener().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayAllowedRoutes() {
		if (gatewayAllowedRoutesEClass == null) {
			gatewayAllowedRoutesEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(33);
		}
		return gatewayAllowedRoutesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayAllowedRoutes_Kinds() {
        return (EReference)getGatewayAllowedRoutes().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayAllowedRoutes_Namespaces() {
        return (EReference)getGatewayAllowedRoutes().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewaySupportedKind() {
		if (gatewaySupportedKindEClass == null) {
			gatewaySupportedKindEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(34);
		}
		return gatewaySupportedKindEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewaySupportedKind_Group() {
        return (EAttribute)getGatewaySupportedKind().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewaySupportedKind_Kind() {
        return (EAttribute)getGatewaySupportedKind().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayAllowedRoutesNamespaces() {
		if (gatewayAllowedRoutesNamespacesEClass == null) {
			gatewayAllowedRoutesNamespacesEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(35);
		}
		return gatewayAllowedRoutesNamespacesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayAllowedRoutesNamespaces_From() {
        return (EAttribute)getGatewayAllowedRoutesNamespaces().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayAllowedRoutesNamespaces_Selector() {
        return (EReference)getGatewayAllowedRoutesNamespaces().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayListenerTls() {
		if (gatewayListenerTlsEClass == null) {
			gatewayListenerTlsEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(36);
		}
		return gatewayListenerTlsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayListenerTls_CertificateRefs() {
        return (EReference)getGatewayListenerTls().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayListenerTls_Mode() {
        return (EAttribute)getGatewayListenerTls().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayListenerTls_Options() {
        return (EReference)getGatewayListenerTls().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayCertificateRef() {
		if (gatewayCertificateRefEClass == null) {
			gatewayCertificateRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(37);
		}
		return gatewayCertificateRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCertificateRef_Group() {
        return (EAttribute)getGatewayCertificateRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCertificateRef_Kind() {
        return (EAttribute)getGatewayCertificateRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCertificateRef_Name() {
        return (EAttribute)getGatewayCertificateRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCertificateRef_Namespace() {
        return (EAttribute)getGatewayCertificateRef().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewaySpecTls() {
		if (gatewaySpecTlsEClass == null) {
			gatewaySpecTlsEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(38);
		}
		return gatewaySpecTlsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewaySpecTls_Backend() {
        return (EReference)getGatewaySpecTls().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewaySpecTls_Frontend() {
        return (EReference)getGatewaySpecTls().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayBackend() {
		if (gatewayBackendEClass == null) {
			gatewayBackendEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(39);
		}
		return gatewayBackendEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayBackend_ClientCertificateRef() {
        return (EReference)getGatewayBackend().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayFrontend() {
		if (gatewayFrontendEClass == null) {
			gatewayFrontendEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(40);
		}
		return gatewayFrontendEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayFrontend_Default() {
        return (EReference)getGatewayFrontend().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayFrontend_PerPort() {
        return (EReference)getGatewayFrontend().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayDefault() {
		if (gatewayDefaultEClass == null) {
			gatewayDefaultEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(41);
		}
		return gatewayDefaultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayDefault_Validation() {
        return (EReference)getGatewayDefault().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayValidation() {
		if (gatewayValidationEClass == null) {
			gatewayValidationEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(42);
		}
		return gatewayValidationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayValidation_CaCertificateRefs() {
        return (EReference)getGatewayValidation().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayValidation_Mode() {
        return (EAttribute)getGatewayValidation().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayCaCertificateRef() {
		if (gatewayCaCertificateRefEClass == null) {
			gatewayCaCertificateRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(43);
		}
		return gatewayCaCertificateRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCaCertificateRef_Group() {
        return (EAttribute)getGatewayCaCertificateRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCaCertificateRef_Kind() {
        return (EAttribute)getGatewayCaCertificateRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCaCertificateRef_Name() {
        return (EAttribute)getGatewayCaCertificateRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCaCertificateRef_Namespace() {
        return (EAttribute)getGatewayCaCertificateRef().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayPerPort() {
		if (gatewayPerPortEClass == null) {
			gatewayPerPortEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(44);
		}
		return gatewayPerPortEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayPerPort_Port() {
        return (EAttribute)getGatewayPerPort().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayPerPort_Tls() {
        return (EReference)getGatewayPerPort().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayStatus() {
		if (gatewayStatusEClass == null) {
			gatewayStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(45);
		}
		return gatewayStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayStatus_Addresses() {
        return (EReference)getGatewayStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayStatus_AttachedListenerSets() {
        return (EAttribute)getGatewayStatus().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayStatus_Conditions() {
        return (EReference)getGatewayStatus().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayStatus_Listeners() {
        return (EReference)getGatewayStatus().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayStatusAddress() {
		if (gatewayStatusAddressEClass == null) {
			gatewayStatusAddressEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(46);
		}
		return gatewayStatusAddressEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayStatusAddress_Type() {
        return (EAttribute)getGatewayStatusAddress().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayStatusAddress_Value() {
        return (EAttribute)getGatewayStatusAddress().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayCondition() {
		if (gatewayConditionEClass == null) {
			gatewayConditionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(47);
		}
		return gatewayConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCondition_LastTransitionTime() {
        return (EAttribute)getGatewayCondition().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCondition_Message() {
        return (EAttribute)getGatewayCondition().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCondition_ObservedGeneration() {
        return (EAttribute)getGatewayCondition().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCondition_Reason() {
        return (EAttribute)getGatewayCondition().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCondition_Status() {
        return (EAttribute)getGatewayCondition().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayCondition_Type() {
        return (EAttribute)getGatewayCondition().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatewayStatusListener() {
		if (gatewayStatusListenerEClass == null) {
			gatewayStatusListenerEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(48);
		}
		return gatewayStatusListenerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayStatusListener_AttachedRoutes() {
        return (EAttribute)getGatewayStatusListener().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayStatusListener_Conditions() {
        return (EReference)getGatewayStatusListener().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatewayStatusListener_Name() {
        return (EAttribute)getGatewayStatusListener().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatewayStatusListener_SupportedKinds() {
        return (EReference)getGatewayStatusListener().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGRPCRouteSpec() {
		if (grpcRouteSpecEClass == null) {
			grpcRouteSpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(49);
		}
		return grpcRouteSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteSpec_Hostnames() {
        return (EAttribute)getGRPCRouteSpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGRPCRouteSpec_ParentRefs() {
        return (EReference)getGRPCRouteSpec().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGRPCRouteSpec_Rules() {
        return (EReference)getGRPCRouteSpec().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGRPCRouteParentRef() {
		if (grpcRouteParentRefEClass == null) {
			grpcRouteParentRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(50);
		}
		return grpcRouteParentRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteParentRef_Group() {
        return (EAttribute)getGRPCRouteParentRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteParentRef_Kind() {
        return (EAttribute)getGRPCRouteParentRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteParentRef_Name() {
        return (EAttribute)getGRPCRouteParentRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteParentRef_Namespace() {
        return (EAttribute)getGRPCRouteParentRef().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteParentRef_Port() {
        return (EAttribute)getGRPCRouteParentRef().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteParentRef_SectionName() {
        return (EAttribute)getGRPCRouteParentRef().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGRPCRouteRule() {
		if (grpcRouteRuleEClass == null) {
			grpcRouteRuleEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(51);
		}
		return grpcRouteRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGRPCRouteRule_BackendRefs() {
        return (EReference)getGRPCRouteRule().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGRPCRouteRule_Filters() {
        return (EReference)getGRPCRouteRule().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGRPCRouteRule_Matches() {
        return (EReference)getGRPCRouteRule().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteRule_Name() {
        return (EAttribute)getGRPCRouteRule().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGRPCRouteRuleBackendRef() {
		if (grpcRouteRuleBackendRefEClass == null) {
			grpcRouteRuleBackendRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(52);
		}
		return grpcRouteRuleBackendRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGRPCRouteRuleBackendRef_Filters() {
        return (EReference)getGRPCRouteRuleBackendRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteRuleBackendRef_Group() {
        return (EAttribute)getGRPCRouteRuleBackendRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteRuleBackendRef_Kind() {
        return (EAttribute)getGRPCRouteRuleBackendRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteRuleBackendRef_Name() {
        return (EAttribute)getGRPCRouteRuleBackendRef().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteRuleBackendRef_Namespace() {
        return (EAttribute)getGRPCRouteRuleBackendRef().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteRuleBackendRef_Port() {
        return (EAttribute)getGRPCRouteRuleBackendRef().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteRuleBackendRef_Weight() {
        return (EAttribute)getGRPCRouteRuleBackendRef().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGRPCRouteFilter() {
		if (grpcRouteFilterEClass == null) {
			grpcRouteFilterEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(53);
		}
		return grpcRouteFilterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGRPCRouteFilter_ExtensionRef() {
        return (EReference)getGRPCRouteFilter().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGRPCRouteFilter_RequestHeaderModifier() {
        return (EReference)getGRPCRouteFilter().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGRPCRouteFilter_RequestMirror() {
        return (EReference)getGRPCRouteFilter().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGRPCRouteFilter_ResponseHeaderModifier() {
        return (EReference)getGRPCRouteFilter().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteFilter_Type() {
        return (EAttribute)getGRPCRouteFilter().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGRPCRouteExtensionRef() {
		if (grpcRouteExtensionRefEClass == null) {
			grpcRouteExtensionRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(54);
		}
		return grpcRouteExtensionRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteExtensionRef_Group() {
        return (EAttribute)getGRPCRouteExtensionRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteExtensionRef_Kind() {
        return (EAttribute)getGRPCRouteExtensionRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteExtensionRef_Name() {
        return (EAttribute)getGRPCRouteExtensionRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGRPCRouteRequestHeaderModifier() {
		if (grpcRouteRequestHeaderModifierEClass == null) {
			grpcRouteRequestHeaderModifierEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(55);
		}
		return grpcRouteRequestHeaderModifierEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGRPCRouteRequestHeaderModifier_Add() {
        return (EReference)getGRPCRouteRequestHeaderModifier().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteRequestHeaderModifier_Remove() {
        return (EAttribute)getGRPCRouteRequestHeaderModifier().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGRPCRouteRequestHeaderModifier_Set() {
        return (EReference)getGRPCRouteRequestHeaderModifier().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGRPCRouteAdd() {
		if (grpcRouteAddEClass == null) {
			grpcRouteAddEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(56);
		}
		return grpcRouteAddEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteAdd_Name() {
        return (EAttribute)getGRPCRouteAdd().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteAdd_Value() {
        return (EAttribute)getGRPCRouteAdd().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGRPCRouteRequestMirror() {
		if (grpcRouteRequestMirrorEClass == null) {
			grpcRouteRequestMirrorEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(57);
		}
		return grpcRouteRequestMirrorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGRPCRouteRequestMirror_BackendRef() {
        return (EReference)getGRPCRouteRequestMirror().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGRPCRouteRequestMirror_Fraction() {
        return (EReference)getGRPCRouteRequestMirror().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteRequestMirror_Percent() {
        return (EAttribute)getGRPCRouteRequestMirror().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGRPCRouteRequestMirrorBackendRef() {
		if (grpcRouteRequestMirrorBackendRefEClass == null) {
			grpcRouteRequestMirrorBackendRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(58);
		}
		return grpcRouteRequestMirrorBackendRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteRequestMirrorBackendRef_Group() {
        return (EAttribute)getGRPCRouteRequestMirrorBackendRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteRequestMirrorBackendRef_Kind() {
        return (EAttribute)getGRPCRouteRequestMirrorBackendRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteRequestMirrorBackendRef_Name() {
        return (EAttribute)getGRPCRouteRequestMirrorBackendRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteRequestMirrorBackendRef_Namespace() {
        return (EAttribute)getGRPCRouteRequestMirrorBackendRef().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteRequestMirrorBackendRef_Port() {
        return (EAttribute)getGRPCRouteRequestMirrorBackendRef().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGRPCRouteFraction() {
		if (grpcRouteFractionEClass == null) {
			grpcRouteFractionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(59);
		}
		return grpcRouteFractionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteFraction_Denominator() {
        return (EAttribute)getGRPCRouteFraction().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteFraction_Numerator() {
        return (EAttribute)getGRPCRouteFraction().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGRPCRouteMatch() {
		if (grpcRouteMatchEClass == null) {
			grpcRouteMatchEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(60);
		}
		return grpcRouteMatchEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGRPCRouteMatch_Headers() {
        return (EReference)getGRPCRouteMatch().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGRPCRouteMatch_Method() {
        return (EReference)getGRPCRouteMatch().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGRPCRouteHeader() {
		if (grpcRouteHeaderEClass == null) {
			grpcRouteHeaderEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(61);
		}
		return grpcRouteHeaderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteHeader_Name() {
        return (EAttribute)getGRPCRouteHeader().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteHeader_Type() {
        return (EAttribute)getGRPCRouteHeader().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteHeader_Value() {
        return (EAttribute)getGRPCRouteHeader().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGRPCRouteMethod() {
		if (grpcRouteMethodEClass == null) {
			grpcRouteMethodEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(62);
		}
		return grpcRouteMethodEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteMethod_Method() {
        return (EAttribute)getGRPCRouteMethod().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteMethod_Service() {
        return (EAttribute)getGRPCRouteMethod().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteMethod_Type() {
        return (EAttribute)getGRPCRouteMethod().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGRPCRouteStatus() {
		if (grpcRouteStatusEClass == null) {
			grpcRouteStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(63);
		}
		return grpcRouteStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGRPCRouteStatus_Parents() {
        return (EReference)getGRPCRouteStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGRPCRouteParent() {
		if (grpcRouteParentEClass == null) {
			grpcRouteParentEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(64);
		}
		return grpcRouteParentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGRPCRouteParent_Conditions() {
        return (EReference)getGRPCRouteParent().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteParent_ControllerName() {
        return (EAttribute)getGRPCRouteParent().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGRPCRouteParent_ParentRef() {
        return (EReference)getGRPCRouteParent().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGRPCRouteCondition() {
		if (grpcRouteConditionEClass == null) {
			grpcRouteConditionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(65);
		}
		return grpcRouteConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteCondition_LastTransitionTime() {
        return (EAttribute)getGRPCRouteCondition().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteCondition_Message() {
        return (EAttribute)getGRPCRouteCondition().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteCondition_ObservedGeneration() {
        return (EAttribute)getGRPCRouteCondition().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteCondition_Reason() {
        return (EAttribute)getGRPCRouteCondition().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteCondition_Status() {
        return (EAttribute)getGRPCRouteCondition().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGRPCRouteCondition_Type() {
        return (EAttribute)getGRPCRouteCondition().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteSpec() {
		if (httpRouteSpecEClass == null) {
			httpRouteSpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(66);
		}
		return httpRouteSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteSpec_Hostnames() {
        return (EAttribute)getHTTPRouteSpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteSpec_ParentRefs() {
        return (EReference)getHTTPRouteSpec().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteSpec_Rules() {
        return (EReference)getHTTPRouteSpec().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteParentRef() {
		if (httpRouteParentRefEClass == null) {
			httpRouteParentRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(67);
		}
		return httpRouteParentRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteParentRef_Group() {
        return (EAttribute)getHTTPRouteParentRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteParentRef_Kind() {
        return (EAttribute)getHTTPRouteParentRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteParentRef_Name() {
        return (EAttribute)getHTTPRouteParentRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteParentRef_Namespace() {
        return (EAttribute)getHTTPRouteParentRef().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteParentRef_Port() {
        return (EAttribute)getHTTPRouteParentRef().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteParentRef_SectionName() {
        return (EAttribute)getHTTPRouteParentRef().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteRule() {
		if (httpRouteRuleEClass == null) {
			httpRouteRuleEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(68);
		}
		return httpRouteRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteRule_BackendRefs() {
        return (EReference)getHTTPRouteRule().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteRule_Filters() {
        return (EReference)getHTTPRouteRule().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteRule_Matches() {
        return (EReference)getHTTPRouteRule().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRule_Name() {
        return (EAttribute)getHTTPRouteRule().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteRule_Timeouts() {
        return (EReference)getHTTPRouteRule().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteRuleBackendRef() {
		if (httpRouteRuleBackendRefEClass == null) {
			httpRouteRuleBackendRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(69);
		}
		return httpRouteRuleBackendRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteRuleBackendRef_Filters() {
        return (EReference)getHTTPRouteRuleBackendRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRuleBackendRef_Group() {
        return (EAttribute)getHTTPRouteRuleBackendRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRuleBackendRef_Kind() {
        return (EAttribute)getHTTPRouteRuleBackendRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRuleBackendRef_Name() {
        return (EAttribute)getHTTPRouteRuleBackendRef().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRuleBackendRef_Namespace() {
        return (EAttribute)getHTTPRouteRuleBackendRef().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRuleBackendRef_Port() {
        return (EAttribute)getHTTPRouteRuleBackendRef().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRuleBackendRef_Weight() {
        return (EAttribute)getHTTPRouteRuleBackendRef().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteFilter() {
		if (httpRouteFilterEClass == null) {
			httpRouteFilterEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(70);
		}
		return httpRouteFilterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteFilter_Cors() {
        return (EReference)getHTTPRouteFilter().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteFilter_ExtensionRef() {
        return (EReference)getHTTPRouteFilter().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteFilter_RequestHeaderModifier() {
        return (EReference)getHTTPRouteFilter().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteFilter_RequestMirror() {
        return (EReference)getHTTPRouteFilter().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteFilter_RequestRedirect() {
        return (EReference)getHTTPRouteFilter().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteFilter_ResponseHeaderModifier() {
        return (EReference)getHTTPRouteFilter().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteFilter_Type() {
        return (EAttribute)getHTTPRouteFilter().getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteFilter_UrlRewrite() {
        return (EReference)getHTTPRouteFilter().getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteCors() {
		if (httpRouteCorsEClass == null) {
			httpRouteCorsEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(71);
		}
		return httpRouteCorsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteCors_AllowCredentials() {
        return (EAttribute)getHTTPRouteCors().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteCors_AllowHeaders() {
        return (EAttribute)getHTTPRouteCors().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteCors_AllowMethods() {
        return (EAttribute)getHTTPRouteCors().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteCors_AllowOrigins() {
        return (EAttribute)getHTTPRouteCors().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteCors_ExposeHeaders() {
        return (EAttribute)getHTTPRouteCors().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteCors_MaxAge() {
        return (EAttribute)getHTTPRouteCors().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteExtensionRef() {
		if (httpRouteExtensionRefEClass == null) {
			httpRouteExtensionRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(72);
		}
		return httpRouteExtensionRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteExtensionRef_Group() {
        return (EAttribute)getHTTPRouteExtensionRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteExtensionRef_Kind() {
        return (EAttribute)getHTTPRouteExtensionRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteExtensionRef_Name() {
        return (EAttribute)getHTTPRouteExtensionRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteRequestHeaderModifier() {
		if (httpRouteRequestHeaderModifierEClass == null) {
			httpRouteRequestHeaderModifierEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(73);
		}
		return httpRouteRequestHeaderModifierEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteRequestHeaderModifier_Add() {
        return (EReference)getHTTPRouteRequestHeaderModifier().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestHeaderModifier_Remove() {
        return (EAttribute)getHTTPRouteRequestHeaderModifier().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteRequestHeaderModifier_Set() {
        return (EReference)getHTTPRouteRequestHeaderModifier().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteAdd() {
		if (httpRouteAddEClass == null) {
			httpRouteAddEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(74);
		}
		return httpRouteAddEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteAdd_Name() {
        return (EAttribute)getHTTPRouteAdd().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteAdd_Value() {
        return (EAttribute)getHTTPRouteAdd().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteRequestMirror() {
		if (httpRouteRequestMirrorEClass == null) {
			httpRouteRequestMirrorEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(75);
		}
		return httpRouteRequestMirrorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteRequestMirror_BackendRef() {
        return (EReference)getHTTPRouteRequestMirror().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteRequestMirror_Fraction() {
        return (EReference)getHTTPRouteRequestMirror().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestMirror_Percent() {
        return (EAttribute)getHTTPRouteRequestMirror().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteRequestMirrorBackendRef() {
		if (httpRouteRequestMirrorBackendRefEClass == null) {
			httpRouteRequestMirrorBackendRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(76);
		}
		return httpRouteRequestMirrorBackendRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestMirrorBackendRef_Group() {
        return (EAttribute)getHTTPRouteRequestMirrorBackendRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestMirrorBackendRef_Kind() {
        return (EAttribute)getHTTPRouteRequestMirrorBackendRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestMirrorBackendRef_Name() {
        return (EAttribute)getHTTPRouteRequestMirrorBackendRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestMirrorBackendRef_Namespace() {
        return (EAttribute)getHTTPRouteRequestMirrorBackendRef().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestMirrorBackendRef_Port() {
        return (EAttribute)getHTTPRouteRequestMirrorBackendRef().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteFraction() {
		if (httpRouteFractionEClass == null) {
			httpRouteFractionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(77);
		}
		return httpRouteFractionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteFraction_Denominator() {
        return (EAttribute)getHTTPRouteFraction().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteFraction_Numerator() {
        return (EAttribute)getHTTPRouteFraction().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteRequestRedirect() {
		if (httpRouteRequestRedirectEClass == null) {
			httpRouteRequestRedirectEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(78);
		}
		return httpRouteRequestRedirectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestRedirect_Hostname() {
        return (EAttribute)getHTTPRouteRequestRedirect().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteRequestRedirect_Path() {
        return (EReference)getHTTPRouteRequestRedirect().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestRedirect_Port() {
        return (EAttribute)getHTTPRouteRequestRedirect().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestRedirect_Scheme() {
        return (EAttribute)getHTTPRouteRequestRedirect().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestRedirect_StatusCode() {
        return (EAttribute)getHTTPRouteRequestRedirect().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteRequestRedirectPath() {
		if (httpRouteRequestRedirectPathEClass == null) {
			httpRouteRequestRedirectPathEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(79);
		}
		return httpRouteRequestRedirectPathEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestRedirectPath_ReplaceFullPath() {
        return (EAttribute)getHTTPRouteRequestRedirectPath().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestRedirectPath_ReplacePrefixMatch() {
        return (EAttribute)getHTTPRouteRequestRedirectPath().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteRequestRedirectPath_Type() {
        return (EAttribute)getHTTPRouteRequestRedirectPath().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteUrlRewrite() {
		if (httpRouteUrlRewriteEClass == null) {
			httpRouteUrlRewriteEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(80);
		}
		return httpRouteUrlRewriteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteUrlRewrite_Hostname() {
        return (EAttribute)getHTTPRouteUrlRewrite().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteUrlRewrite_Path() {
        return (EReference)getHTTPRouteUrlRewrite().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteMatch() {
		if (httpRouteMatchEClass == null) {
			httpRouteMatchEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(81);
		}
		return httpRouteMatchEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteMatch_Headers() {
        return (EReference)getHTTPRouteMatch().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteMatch_Method() {
        return (EAttribute)getHTTPRouteMatch().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteMatch_Path() {
        return (EReference)getHTTPRouteMatch().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteMatch_QueryParams() {
        return (EReference)getHTTPRouteMatch().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteHeader() {
		if (httpRouteHeaderEClass == null) {
			httpRouteHeaderEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(82);
		}
		return httpRouteHeaderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteHeader_Name() {
        return (EAttribute)getHTTPRouteHeader().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteHeader_Type() {
        return (EAttribute)getHTTPRouteHeader().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteHeader_Value() {
        return (EAttribute)getHTTPRouteHeader().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteMatchPath() {
		if (httpRouteMatchPathEClass == null) {
			httpRouteMatchPathEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(83);
		}
		return httpRouteMatchPathEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteMatchPath_Type() {
        return (EAttribute)getHTTPRouteMatchPath().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteMatchPath_Value() {
        return (EAttribute)getHTTPRouteMatchPath().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteQueryParam() {
		if (httpRouteQueryParamEClass == null) {
			httpRouteQueryParamEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(84);
		}
		return httpRouteQueryParamEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteQueryParam_Name() {
        return (EAttribute)getHTTPRouteQueryParam().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteQueryParam_Type() {
        return (EAttribute)getHTTPRouteQueryParam().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteQueryParam_Value() {
        return (EAttribute)getHTTPRouteQueryParam().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteTimeouts() {
		if (httpRouteTimeoutsEClass == null) {
			httpRouteTimeoutsEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(85);
		}
		return httpRouteTimeoutsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteTimeouts_BackendRequest() {
        return (EAttribute)getHTTPRouteTimeouts().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteTimeouts_Request() {
        return (EAttribute)getHTTPRouteTimeouts().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteStatus() {
		if (httpRouteStatusEClass == null) {
			httpRouteStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(86);
		}
		return httpRouteStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteStatus_Parents() {
        return (EReference)getHTTPRouteStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteParent() {
		if (httpRouteParentEClass == null) {
			httpRouteParentEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(87);
		}
		return httpRouteParentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteParent_Conditions() {
        return (EReference)getHTTPRouteParent().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteParent_ControllerName() {
        return (EAttribute)getHTTPRouteParent().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHTTPRouteParent_ParentRef() {
        return (EReference)getHTTPRouteParent().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHTTPRouteCondition() {
		if (httpRouteConditionEClass == null) {
			httpRouteConditionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(88);
		}
		return httpRouteConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteCondition_LastTransitionTime() {
        return (EAttribute)getHTTPRouteCondition().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteCondition_Message() {
        return (EAttribute)getHTTPRouteCondition().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteCondition_ObservedGeneration() {
        return (EAttribute)getHTTPRouteCondition().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteCondition_Reason() {
        return (EAttribute)getHTTPRouteCondition().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteCondition_Status() {
        return (EAttribute)getHTTPRouteCondition().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHTTPRouteCondition_Type() {
        return (EAttribute)getHTTPRouteCondition().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getListenerSetSpec() {
		if (listenerSetSpecEClass == null) {
			listenerSetSpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(89);
		}
		return listenerSetSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getListenerSetSpec_Listeners() {
        return (EReference)getListenerSetSpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getListenerSetSpec_ParentRef() {
        return (EReference)getListenerSetSpec().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getListenerSetSpecListener() {
		if (listenerSetSpecListenerEClass == null) {
			listenerSetSpecListenerEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(90);
		}
		return listenerSetSpecListenerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getListenerSetSpecListener_AllowedRoutes() {
        return (EReference)getListenerSetSpecListener().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetSpecListener_Hostname() {
        return (EAttribute)getListenerSetSpecListener().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetSpecListener_Name() {
        return (EAttribute)getListenerSetSpecListener().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetSpecListener_Port() {
        return (EAttribute)getListenerSetSpecListener().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetSpecListener_Protocol() {
        return (EAttribute)getListenerSetSpecListener().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getListenerSetSpecListener_Tls() {
        return (EReference)getListenerSetSpecListener().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getListenerSetAllowedRoutes() {
		if (listenerSetAllowedRoutesEClass == null) {
			listenerSetAllowedRoutesEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(91);
		}
		return listenerSetAllowedRoutesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getListenerSetAllowedRoutes_Kinds() {
        return (EReference)getListenerSetAllowedRoutes().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getListenerSetAllowedRoutes_Namespaces() {
        return (EReference)getListenerSetAllowedRoutes().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getListenerSetSupportedKind() {
		if (listenerSetSupportedKindEClass == null) {
			listenerSetSupportedKindEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(92);
		}
		return listenerSetSupportedKindEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetSupportedKind_Group() {
        return (EAttribute)getListenerSetSupportedKind().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetSupportedKind_Kind() {
        return (EAttribute)getListenerSetSupportedKind().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getListenerSetNamespaces() {
		if (listenerSetNamespacesEClass == null) {
			listenerSetNamespacesEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(93);
		}
		return listenerSetNamespacesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetNamespaces_From() {
        return (EAttribute)getListenerSetNamespaces().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getListenerSetNamespaces_Selector() {
        return (EReference)getListenerSetNamespaces().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getListenerSetSelector() {
		if (listenerSetSelectorEClass == null) {
			listenerSetSelectorEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(94);
		}
		return listenerSetSelectorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getListenerSetSelector_MatchExpressions() {
        return (EReference)getListenerSetSelector().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getListenerSetSelector_MatchLabels() {
        return (EReference)getListenerSetSelector().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getListenerSetMatchExpression() {
		if (listenerSetMatchExpressionEClass == null) {
			listenerSetMatchExpressionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(95);
		}
		return listenerSetMatchExpressionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetMatchExpression_Key() {
        return (EAttribute)getListenerSetMatchExpression().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetMatchExpression_Operator() {
        return (EAttribute)getListenerSetMatchExpression().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetMatchExpression_Values() {
        return (EAttribute)getListenerSetMatchExpression().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getListenerSetTls() {
		if (listenerSetTlsEClass == null) {
			listenerSetTlsEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(96);
		}
		return listenerSetTlsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getListenerSetTls_CertificateRefs() {
        return (EReference)getListenerSetTls().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetTls_Mode() {
        return (EAttribute)getListenerSetTls().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getListenerSetTls_Options() {
        return (EReference)getListenerSetTls().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getListenerSetCertificateRef() {
		if (listenerSetCertificateRefEClass == null) {
			listenerSetCertificateRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(97);
		}
		return listenerSetCertificateRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetCertificateRef_Group() {
        return (EAttribute)getListenerSetCertificateRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetCertificateRef_Kind() {
        return (EAttribute)getListenerSetCertificateRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetCertificateRef_Name() {
        return (EAttribute)getListenerSetCertificateRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetCertificateRef_Namespace() {
        return (EAttribute)getListenerSetCertificateRef().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getListenerSetParentRef() {
		if (listenerSetParentRefEClass == null) {
			listenerSetParentRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(98);
		}
		return listenerSetParentRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetParentRef_Group() {
        return (EAttribute)getListenerSetParentRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetParentRef_Kind() {
        return (EAttribute)getListenerSetParentRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetParentRef_Name() {
        return (EAttribute)getListenerSetParentRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetParentRef_Namespace() {
        return (EAttribute)getListenerSetParentRef().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getListenerSetStatus() {
		if (listenerSetStatusEClass == null) {
			listenerSetStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(99);
		}
		return listenerSetStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getListenerSetStatus_Conditions() {
        return (EReference)getListenerSetStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getListenerSetStatus_Listeners() {
        return (EReference)getListenerSetStatus().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getListenerSetCondition() {
		if (listenerSetConditionEClass == null) {
			listenerSetConditionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(100);
		}
		return listenerSetConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetCondition_LastTransitionTime() {
        return (EAttribute)getListenerSetCondition().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetCondition_Message() {
        return (EAttribute)getListenerSetCondition().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetCondition_ObservedGeneration() {
        return (EAttribute)getListenerSetCondition().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetCondition_Reason() {
        return (EAttribute)getListenerSetCondition().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetCondition_Status() {
        return (EAttribute)getListenerSetCondition().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetCondition_Type() {
        return (EAttribute)getListenerSetCondition().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getListenerSetStatusListener() {
		if (listenerSetStatusListenerEClass == null) {
			listenerSetStatusListenerEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(101);
		}
		return listenerSetStatusListenerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetStatusListener_AttachedRoutes() {
        return (EAttribute)getListenerSetStatusListener().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getListenerSetStatusListener_Conditions() {
        return (EReference)getListenerSetStatusListener().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListenerSetStatusListener_Name() {
        return (EAttribute)getListenerSetStatusListener().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getListenerSetStatusListener_SupportedKinds() {
        return (EReference)getListenerSetStatusListener().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReferenceGrantSpec() {
		if (referenceGrantSpecEClass == null) {
			referenceGrantSpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(102);
		}
		return referenceGrantSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReferenceGrantSpec_From() {
        return (EReference)getReferenceGrantSpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReferenceGrantSpec_To() {
        return (EReference)getReferenceGrantSpec().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReferenceGrantFrom() {
		if (referenceGrantFromEClass == null) {
			referenceGrantFromEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(103);
		}
		return referenceGrantFromEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferenceGrantFrom_Group() {
        return (EAttribute)getReferenceGrantFrom().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferenceGrantFrom_Kind() {
        return (EAttribute)getReferenceGrantFrom().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferenceGrantFrom_Namespace() {
        return (EAttribute)getReferenceGrantFrom().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReferenceGrantTo() {
		if (referenceGrantToEClass == null) {
			referenceGrantToEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(104);
		}
		return referenceGrantToEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferenceGrantTo_Group() {
        return (EAttribute)getReferenceGrantTo().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferenceGrantTo_Kind() {
        return (EAttribute)getReferenceGrantTo().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferenceGrantTo_Name() {
        return (EAttribute)getReferenceGrantTo().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTCPRouteSpec() {
		if (tcpRouteSpecEClass == null) {
			tcpRouteSpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(105);
		}
		return tcpRouteSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTCPRouteSpec_ParentRefs() {
        return (EReference)getTCPRouteSpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTCPRouteSpec_Rules() {
        return (EReference)getTCPRouteSpec().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTCPRouteParentRef() {
		if (tcpRouteParentRefEClass == null) {
			tcpRouteParentRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(106);
		}
		return tcpRouteParentRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTCPRouteParentRef_Group() {
        return (EAttribute)getTCPRouteParentRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTCPRouteParentRef_Kind() {
        return (EAttribute)getTCPRouteParentRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTCPRouteParentRef_Name() {
        return (EAttribute)getTCPRouteParentRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTCPRouteParentRef_Namespace() {
        return (EAttribute)getTCPRouteParentRef().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTCPRouteParentRef_Port() {
        return (EAttribute)getTCPRouteParentRef().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTCPRouteParentRef_SectionName() {
        return (EAttribute)getTCPRouteParentRef().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTCPRouteRule() {
		if (tcpRouteRuleEClass == null) {
			tcpRouteRuleEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(107);
		}
		return tcpRouteRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTCPRouteRule_BackendRefs() {
        return (EReference)getTCPRouteRule().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTCPRouteRule_Name() {
        return (EAttribute)getTCPRouteRule().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTCPRouteBackendRef() {
		if (tcpRouteBackendRefEClass == null) {
			tcpRouteBackendRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(108);
		}
		return tcpRouteBackendRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTCPRouteBackendRef_Group() {
        return (EAttribute)getTCPRouteBackendRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTCPRouteBackendRef_Kind() {
        return (EAttribute)getTCPRouteBackendRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTCPRouteBackendRef_Name() {
        return (EAttribute)getTCPRouteBackendRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTCPRouteBackendRef_Namespace() {
        return (EAttribute)getTCPRouteBackendRef().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTCPRouteBackendRef_Port() {
        return (EAttribute)getTCPRouteBackendRef().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTCPRouteBackendRef_Weight() {
        return (EAttribute)getTCPRouteBackendRef().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTCPRouteStatus() {
		if (tcpRouteStatusEClass == null) {
			tcpRouteStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(109);
		}
		return tcpRouteStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTCPRouteStatus_Parents() {
        return (EReference)getTCPRouteStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTCPRouteParent() {
		if (tcpRouteParentEClass == null) {
			tcpRouteParentEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(110);
		}
		return tcpRouteParentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTCPRouteParent_Conditions() {
        return (EReference)getTCPRouteParent().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTCPRouteParent_ControllerName() {
        return (EAttribute)getTCPRouteParent().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTCPRouteParent_ParentRef() {
        return (EReference)getTCPRouteParent().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTCPRouteCondition() {
		if (tcpRouteConditionEClass == null) {
			tcpRouteConditionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(111);
		}
		return tcpRouteConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTCPRouteCondition_LastTransitionTime() {
        return (EAttribute)getTCPRouteCondition().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTCPRouteCondition_Message() {
        return (EAttribute)getTCPRouteCondition().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTCPRouteCondition_ObservedGeneration() {
        return (EAttribute)getTCPRouteCondition().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTCPRouteCondition_Reason() {
        return (EAttribute)getTCPRouteCondition().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTCPRouteCondition_Status() {
        return (EAttribute)getTCPRouteCondition().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTCPRouteCondition_Type() {
        return (EAttribute)getTCPRouteCondition().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTLSRouteSpec() {
		if (tlsRouteSpecEClass == null) {
			tlsRouteSpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(112);
		}
		return tlsRouteSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTLSRouteSpec_Hostnames() {
        return (EAttribute)getTLSRouteSpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTLSRouteSpec_ParentRefs() {
        return (EReference)getTLSRouteSpec().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTLSRouteSpec_Rules() {
        return (EReference)getTLSRouteSpec().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTLSRouteParentRef() {
		if (tlsRouteParentRefEClass == null) {
			tlsRouteParentRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(113);
		}
		return tlsRouteParentRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTLSRouteParentRef_Group() {
        return (EAttribute)getTLSRouteParentRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTLSRouteParentRef_Kind() {
        return (EAttribute)getTLSRouteParentRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTLSRouteParentRef_Name() {
        return (EAttribute)getTLSRouteParentRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTLSRouteParentRef_Namespace() {
        return (EAttribute)getTLSRouteParentRef().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTLSRouteParentRef_Port() {
        return (EAttribute)getTLSRouteParentRef().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTLSRouteParentRef_SectionName() {
        return (EAttribute)getTLSRouteParentRef().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTLSRouteRule() {
		if (tlsRouteRuleEClass == null) {
			tlsRouteRuleEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(114);
		}
		return tlsRouteRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTLSRouteRule_BackendRefs() {
        return (EReference)getTLSRouteRule().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTLSRouteRule_Name() {
        return (EAttribute)getTLSRouteRule().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTLSRouteBackendRef() {
		if (tlsRouteBackendRefEClass == null) {
			tlsRouteBackendRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(115);
		}
		return tlsRouteBackendRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTLSRouteBackendRef_Group() {
        return (EAttribute)getTLSRouteBackendRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTLSRouteBackendRef_Kind() {
        return (EAttribute)getTLSRouteBackendRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTLSRouteBackendRef_Name() {
        return (EAttribute)getTLSRouteBackendRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTLSRouteBackendRef_Namespace() {
        return (EAttribute)getTLSRouteBackendRef().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTLSRouteBackendRef_Port() {
        return (EAttribute)getTLSRouteBackendRef().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTLSRouteBackendRef_Weight() {
        return (EAttribute)getTLSRouteBackendRef().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTLSRouteStatus() {
		if (tlsRouteStatusEClass == null) {
			tlsRouteStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(116);
		}
		return tlsRouteStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTLSRouteStatus_Parents() {
        return (EReference)getTLSRouteStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTLSRouteParent() {
		if (tlsRouteParentEClass == null) {
			tlsRouteParentEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(117);
		}
		return tlsRouteParentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTLSRouteParent_Conditions() {
        return (EReference)getTLSRouteParent().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTLSRouteParent_ControllerName() {
        return (EAttribute)getTLSRouteParent().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTLSRouteParent_ParentRef() {
        return (EReference)getTLSRouteParent().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTLSRouteCondition() {
		if (tlsRouteConditionEClass == null) {
			tlsRouteConditionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(118);
		}
		return tlsRouteConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTLSRouteCondition_LastTransitionTime() {
        return (EAttribute)getTLSRouteCondition().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTLSRouteCondition_Message() {
        return (EAttribute)getTLSRouteCondition().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTLSRouteCondition_ObservedGeneration() {
        return (EAttribute)getTLSRouteCondition().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTLSRouteCondition_Reason() {
        return (EAttribute)getTLSRouteCondition().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTLSRouteCondition_Status() {
        return (EAttribute)getTLSRouteCondition().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTLSRouteCondition_Type() {
        return (EAttribute)getTLSRouteCondition().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUDPRouteSpec() {
		if (udpRouteSpecEClass == null) {
			udpRouteSpecEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(119);
		}
		return udpRouteSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUDPRouteSpec_ParentRefs() {
        return (EReference)getUDPRouteSpec().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUDPRouteSpec_Rules() {
        return (EReference)getUDPRouteSpec().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUDPRouteParentRef() {
		if (udpRouteParentRefEClass == null) {
			udpRouteParentRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(120);
		}
		return udpRouteParentRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUDPRouteParentRef_Group() {
        return (EAttribute)getUDPRouteParentRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUDPRouteParentRef_Kind() {
        return (EAttribute)getUDPRouteParentRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUDPRouteParentRef_Name() {
        return (EAttribute)getUDPRouteParentRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUDPRouteParentRef_Namespace() {
        return (EAttribute)getUDPRouteParentRef().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUDPRouteParentRef_Port() {
        return (EAttribute)getUDPRouteParentRef().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUDPRouteParentRef_SectionName() {
        return (EAttribute)getUDPRouteParentRef().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUDPRouteRule() {
		if (udpRouteRuleEClass == null) {
			udpRouteRuleEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(121);
		}
		return udpRouteRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUDPRouteRule_BackendRefs() {
        return (EReference)getUDPRouteRule().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUDPRouteRule_Name() {
        return (EAttribute)getUDPRouteRule().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUDPRouteBackendRef() {
		if (udpRouteBackendRefEClass == null) {
			udpRouteBackendRefEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(122);
		}
		return udpRouteBackendRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUDPRouteBackendRef_Group() {
        return (EAttribute)getUDPRouteBackendRef().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUDPRouteBackendRef_Kind() {
        return (EAttribute)getUDPRouteBackendRef().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUDPRouteBackendRef_Name() {
        return (EAttribute)getUDPRouteBackendRef().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUDPRouteBackendRef_Namespace() {
        return (EAttribute)getUDPRouteBackendRef().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUDPRouteBackendRef_Port() {
        return (EAttribute)getUDPRouteBackendRef().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUDPRouteBackendRef_Weight() {
        return (EAttribute)getUDPRouteBackendRef().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUDPRouteStatus() {
		if (udpRouteStatusEClass == null) {
			udpRouteStatusEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(123);
		}
		return udpRouteStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUDPRouteStatus_Parents() {
        return (EReference)getUDPRouteStatus().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUDPRouteParent() {
		if (udpRouteParentEClass == null) {
			udpRouteParentEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(124);
		}
		return udpRouteParentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUDPRouteParent_Conditions() {
        return (EReference)getUDPRouteParent().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUDPRouteParent_ControllerName() {
        return (EAttribute)getUDPRouteParent().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUDPRouteParent_ParentRef() {
        return (EReference)getUDPRouteParent().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUDPRouteCondition() {
		if (udpRouteConditionEClass == null) {
			udpRouteConditionEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(125);
		}
		return udpRouteConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUDPRouteCondition_LastTransitionTime() {
        return (EAttribute)getUDPRouteCondition().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUDPRouteCondition_Message() {
        return (EAttribute)getUDPRouteCondition().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUDPRouteCondition_ObservedGeneration() {
        return (EAttribute)getUDPRouteCondition().getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUDPRouteCondition_Reason() {
        return (EAttribute)getUDPRouteCondition().getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUDPRouteCondition_Status() {
        return (EAttribute)getUDPRouteCondition().getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUDPRouteCondition_Type() {
        return (EAttribute)getUDPRouteCondition().getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStringMapEntry() {
		if (stringMapEntryEClass == null) {
			stringMapEntryEClass = (EClass)EPackage.Registry.INSTANCE.getEPackage(GatewayV1Package.eNS_URI).getEClassifiers().get(126);
		}
		return stringMapEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStringMapEntry_Key() {
        return (EAttribute)getStringMapEntry().getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStringMapEntry_Value() {
        return (EAttribute)getStringMapEntry().getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayV1Factory getGatewayV1Factory() {
		return (GatewayV1Factory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isLoaded = false;

	/**
	 * Loads the package and any sub-packages from their serialized form.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void loadPackage() {
		if (isLoaded) return;
		isLoaded = true;

		URL url = getClass().getResource(packageFilename);
		if (url == null) {
			throw new RuntimeException("Missing serialized package: " + packageFilename);
		}
		URI uri = URI.createURI(url.toString());
		Resource resource = new EcoreResourceFactoryImpl().createResource(uri);
		try {
			resource.load(null);
		}
		catch (IOException exception) {
			throw new WrappedException(exception);
		}
		initializeFromLoadedEPackage(this, (EPackage)resource.getContents().get(0));
		createResource(eNS_URI);
	}


	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isFixed = false;

	/**
	 * Fixes up the loaded package, to make it appear as if it had been programmatically built.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void fixPackageContents() {
		if (isFixed) return;
		isFixed = true;
		fixEClassifiers();
	}

	/**
	 * Sets the instance class on the given classifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void fixInstanceClass(EClassifier eClassifier) {
		if (eClassifier.getInstanceClassName() == null) {
			eClassifier.setInstanceClassName("io.pilothouse.model.k8s.gateway.v1." + eClassifier.getName());
			setGeneratedClassName(eClassifier);
		}
	}

} //GatewayV1PackageImpl
