package io.pilothouse.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package;
import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package;
import io.pilothouse.model.k8s.coordination.v1.CoordinationV1Package;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package;
import io.pilothouse.model.k8s.gateway.v1.GatewayV1Package;
import io.pilothouse.model.k8s.meta.v1.MetaV1Package;
import io.pilothouse.model.k8s.networking.v1.NetworkingV1Package;
import io.pilothouse.model.k8s.policy.v1.PolicyV1Package;
import io.pilothouse.model.k8s.rbac.v1.RbacV1Package;
import io.pilothouse.model.k8s.scheduling.v1.SchedulingV1Package;
import io.pilothouse.model.k8s.storage.v1.StorageV1Package;

class KindInfoTest {

    /** Expected resources are the plurals of the v1.36 OpenAPI paths and of the Gateway API CRDs. */
    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of(CoreV1Package.Literals.POD, "v1/Pod", true, "pods"),
                Arguments.of(CoreV1Package.Literals.ENDPOINTS, "v1/Endpoints", true, "endpoints"),
                Arguments.of(CoreV1Package.Literals.NAMESPACE, "v1/Namespace", false, "namespaces"),
                Arguments.of(CoreV1Package.Literals.NODE, "v1/Node", false, "nodes"),
                Arguments.of(AppsV1Package.Literals.DEPLOYMENT, "apps/v1/Deployment", true, "deployments.apps"),
                Arguments.of(NetworkingV1Package.Literals.INGRESS, "networking.k8s.io/v1/Ingress", true,
                        "ingresses.networking.k8s.io"),
                Arguments.of(NetworkingV1Package.Literals.NETWORK_POLICY, "networking.k8s.io/v1/NetworkPolicy", true,
                        "networkpolicies.networking.k8s.io"),
                Arguments.of(RbacV1Package.Literals.CLUSTER_ROLE, "rbac.authorization.k8s.io/v1/ClusterRole", false,
                        "clusterroles.rbac.authorization.k8s.io"),
                Arguments.of(StorageV1Package.Literals.STORAGE_CLASS, "storage.k8s.io/v1/StorageClass", false,
                        "storageclasses.storage.k8s.io"),
                Arguments.of(DiscoveryV1Package.Literals.ENDPOINT_SLICE, "discovery.k8s.io/v1/EndpointSlice", true,
                        "endpointslices.discovery.k8s.io"),
                Arguments.of(PolicyV1Package.Literals.POD_DISRUPTION_BUDGET, "policy/v1/PodDisruptionBudget", true,
                        "poddisruptionbudgets.policy"),
                Arguments.of(SchedulingV1Package.Literals.PRIORITY_CLASS, "scheduling.k8s.io/v1/PriorityClass", false,
                        "priorityclasses.scheduling.k8s.io"),
                Arguments.of(ApiextensionsV1Package.Literals.CUSTOM_RESOURCE_DEFINITION,
                        "apiextensions.k8s.io/v1/CustomResourceDefinition", false,
                        "customresourcedefinitions.apiextensions.k8s.io"),
                Arguments.of(AutoscalingV2Package.Literals.HORIZONTAL_POD_AUTOSCALER,
                        "autoscaling/v2/HorizontalPodAutoscaler", true, "horizontalpodautoscalers.autoscaling"),
                Arguments.of(CoordinationV1Package.Literals.LEASE, "coordination.k8s.io/v1/Lease", true,
                        "leases.coordination.k8s.io"),
                Arguments.of(GatewayV1Package.Literals.GATEWAY_CLASS, "gateway.networking.k8s.io/v1/GatewayClass",
                        false, "gatewayclasses.gateway.networking.k8s.io"),
                Arguments.of(GatewayV1Package.Literals.GATEWAY, "gateway.networking.k8s.io/v1/Gateway", true,
                        "gateways.gateway.networking.k8s.io"),
                Arguments.of(GatewayV1Package.Literals.HTTP_ROUTE, "gateway.networking.k8s.io/v1/HTTPRoute", true,
                        "httproutes.gateway.networking.k8s.io"),
                Arguments.of(GatewayV1Package.Literals.BACKEND_TLS_POLICY,
                        "gateway.networking.k8s.io/v1/BackendTLSPolicy", true,
                        "backendtlspolicies.gateway.networking.k8s.io"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void readsKindScopeAndResource(EClass eClass, String gvk, boolean namespaced, String resource) {
        KindInfo info = KindInfo.of(eClass);
        assertEquals(gvk, info.gvk().toString());
        assertEquals(namespaced, info.namespaced());
        assertEquals(resource, info.resource().toString());
    }

    static Stream<EClass> notKinds() {
        return Stream.of(CoreV1Package.Literals.POD_SPEC, MetaV1Package.Literals.STATUS,
                MetaV1Package.Literals.DELETE_OPTIONS);
    }

    @ParameterizedTest
    @MethodSource("notKinds")
    void rejectsClassesThatAreNotStoredKinds(EClass eClass) {
        assertThrows(IllegalArgumentException.class, () -> KindInfo.of(eClass));
    }

    @ParameterizedTest
    @CsvSource({
            "v1/Pod,                  '',     v1,      Pod,        v1,      Pod",
            "apps/v1/Deployment,      apps,   v1,      Deployment, apps/v1, Deployment.apps",
            "batch/v1/CronJob,        batch,  v1,      CronJob,    batch/v1, CronJob.batch",
    })
    void parsesGroupVersionKinds(String text, String group, String version, String kind, String apiVersion,
            String groupKind) {
        GroupVersionKind gvk = GroupVersionKind.parse(text);
        assertEquals(new GroupVersionKind(group, version, kind), gvk);
        assertEquals(apiVersion, gvk.apiVersion());
        assertEquals(groupKind, gvk.groupKind().toString());
        assertEquals(text, gvk.toString());
    }

    @ParameterizedTest
    @CsvSource({
            "Pod, pods", "Endpoints, endpoints", "Ingress, ingresses", "NetworkPolicy, networkpolicies",
            "Gateway, gateways", "ComponentStatus, componentstatuses", "IPAddress, ipaddresses",
            "ServiceCIDR, servicecidrs", "Policy, policies", "Key, keys", "Y, ys",
    })
    void derivesCoreGroupPlurals(String kind, String resource) {
        assertEquals(resource, ResourceNames.of(new GroupKind("", kind)).resource());
    }
}
