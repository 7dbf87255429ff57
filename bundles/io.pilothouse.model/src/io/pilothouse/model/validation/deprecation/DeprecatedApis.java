package io.pilothouse.model.validation.deprecation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every kind at an API version that was removed up to v1.36 or that v1.36 serves as deprecated, from the
 * Kubernetes deprecated API migration guide. For the beta versions that v1.36 still serves, the deprecation and
 * removal releases follow the API lifecycle default (deprecated three minor releases after introduction, removed
 * three after that).
 */
public final class DeprecatedApis {

    /** The minor release of Kubernetes whose served API versions the table is relative to. */
    public static final int SERVED_MINOR = 36;

    private static final String APPS = "apps/v1 requires spec.selector and changes defaults (revisionHistoryLimit, "
            + "progressDeadlineSeconds, rolling update)";
    private static final String INGRESS = "backend serviceName/servicePort became service.name/service.port "
            + "(number or name) and pathType is required";
    private static final String WEBHOOKS = "v1 requires sideEffects and admissionReviewVersions on every webhook "
            + "and changes defaults (failurePolicy Fail, matchPolicy Equivalent, timeoutSeconds 10)";
    private static final String FLOW_CONTROL = "assuredConcurrencyShares became nominalConcurrencyShares";
    private static final String DRA_ALPHA = "classic dynamic resource allocation was replaced by structured "
            + "parameters";
    private static final String DRA_BETA = "device requests moved under exactly and device attributes moved out "
            + "of basic";

    private static final Map<String, DeprecatedApi> BY_VERSION_KIND = new TreeMap<>();

    static {
        removed("1.16", "apps/v1", APPS, "extensions/v1beta1", "Deployment", "DaemonSet", "ReplicaSet");
        removed("1.16", "apps/v1", APPS, "apps/v1beta1", "Deployment", "StatefulSet");
        removed("1.16", "apps/v1", APPS, "apps/v1beta2", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet");
        removed("1.16", "networking.k8s.io/v1", null, "extensions/v1beta1", "NetworkPolicy");
        removed("1.16", null, "use Pod Security Admission", "extensions/v1beta1", "PodSecurityPolicy");
        removed("1.22", "networking.k8s.io/v1", INGRESS, "extensions/v1beta1", "Ingress");
        removed("1.22", "networking.k8s.io/v1", INGRESS, "networking.k8s.io/v1beta1", "Ingress");
        removed("1.22", "networking.k8s.io/v1", null, "networking.k8s.io/v1beta1", "IngressClass");
        removed("1.22", "admissionregistration.k8s.io/v1", WEBHOOKS, "admissionregistration.k8s.io/v1beta1",
                "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration");
        removed("1.22", "apiextensions.k8s.io/v1", "v1 requires a structural schema for every version and moves "
                + "validation, subresources and additionalPrinterColumns under spec.versions",
                "apiextensions.k8s.io/v1beta1", "CustomResourceDefinition");
        removed("1.22", "apiregistration.k8s.io/v1", null, "apiregistration.k8s.io/v1beta1", "APIService");
        removed("1.22", "authentication.k8s.io/v1", null, "authentication.k8s.io/v1beta1", "TokenReview");
        removed("1.22", "authorization.k8s.io/v1", "spec.group became spec.groups", "authorization.k8s.io/v1beta1",
                "SubjectAccessReview", "LocalSubjectAccessReview", "SelfSubjectAccessReview");
        removed("1.22", "certificates.k8s.io/v1", "v1 requires spec.signerName and limits spec.usages",
                "certificates.k8s.io/v1beta1", "CertificateSigningRequest");
        removed("1.22", "coordination.k8s.io/v1", null, "coordination.k8s.io/v1beta1", "Lease");
        removed("1.22", "rbac.authorization.k8s.io/v1", null, "rbac.authorization.k8s.io/v1beta1", "ClusterRole",
                "ClusterRoleBinding", "Role", "RoleBinding");
        removed("1.22", "scheduling.k8s.io/v1", null, "scheduling.k8s.io/v1beta1", "PriorityClass");
        removed("1.22", "storage.k8s.io/v1", null, "storage.k8s.io/v1beta1", "CSIDriver", "CSINode",
                "StorageClass", "VolumeAttachment");
        removed("1.25", "batch/v1", null, "batch/v1beta1", "CronJob");
        removed("1.25", "discovery.k8s.io/v1", "topology became deprecatedTopology and each endpoint has nodeName "
                + "and zone", "discovery.k8s.io/v1beta1", "EndpointSlice");
        removed("1.25", "events.k8s.io/v1", "the deprecated fields were renamed deprecatedSource, "
                + "deprecatedFirstTimestamp, deprecatedLastTimestamp and deprecatedCount",
                "events.k8s.io/v1beta1", "Event");
        removed("1.25", "autoscaling/v2", "metric targets moved under target (targetAverageUtilization became "
                + "target.averageUtilization)", "autoscaling/v2beta1", "HorizontalPodAutoscaler");
        removed("1.25", "policy/v1", null, "policy/v1beta1", "PodDisruptionBudget");
        removed("1.25", null, "use Pod Security Admission", "policy/v1beta1", "PodSecurityPolicy");
        removed("1.25", "node.k8s.io/v1", null, "node.k8s.io/v1beta1", "RuntimeClass");
        removed("1.26", "flowcontrol.apiserver.k8s.io/v1", FLOW_CONTROL, "flowcontrol.apiserver.k8s.io/v1beta1",
                "FlowSchema", "PriorityLevelConfiguration");
        removed("1.26", "autoscaling/v2", null, "autoscaling/v2beta2", "HorizontalPodAutoscaler");
        removed("1.27", "storage.k8s.io/v1", null, "storage.k8s.io/v1beta1", "CSIStorageCapacity");
        removed("1.29", "flowcontrol.apiserver.k8s.io/v1", FLOW_CONTROL, "flowcontrol.apiserver.k8s.io/v1beta2",
                "FlowSchema", "PriorityLevelConfiguration");
        removed("1.32", "flowcontrol.apiserver.k8s.io/v1", null, "flowcontrol.apiserver.k8s.io/v1beta3",
                "FlowSchema", "PriorityLevelConfiguration");
        removed("1.31", "resource.k8s.io/v1", DRA_ALPHA, "resource.k8s.io/v1alpha2", "ResourceClaim",
                "ResourceClaimTemplate", "ResourceSlice");
        add(new DeprecatedApi("resource.k8s.io/v1alpha2", "ResourceClass", null, "1.31",
                "resource.k8s.io/v1 DeviceClass", DRA_ALPHA));
        removed("1.31", null, DRA_ALPHA, "resource.k8s.io/v1alpha2", "PodSchedulingContext",
                "ResourceClaimParameters", "ResourceClassParameters");
        add(new DeprecatedApi("v1", "ComponentStatus", "1.19", null, null, null));
        add(new DeprecatedApi("v1", "Endpoints", "1.33", null, "discovery.k8s.io/v1 EndpointSlice",
                "an EndpointSlice lists endpoints instead of subsets"));
        deprecated("1.34", "1.37", null, "networking.k8s.io/v1beta1", "networking.k8s.io/v1", "IPAddress",
                "ServiceCIDR");
        deprecated("1.34", "1.37", null, "storage.k8s.io/v1beta1", "storage.k8s.io/v1", "VolumeAttributesClass");
        deprecated("1.35", "1.38", DRA_BETA, "resource.k8s.io/v1beta1", "resource.k8s.io/v1", "DeviceClass",
                "ResourceClaim", "ResourceClaimTemplate", "ResourceSlice");
        deprecated("1.36", "1.39", null, "resource.k8s.io/v1beta2", "resource.k8s.io/v1", "DeviceClass",
                "ResourceClaim", "ResourceClaimTemplate", "ResourceSlice");
    }

    private DeprecatedApis() {}

    /** @return the entry of a kind at an API version, empty when v1.36 serves it without deprecation */
    public static Optional<DeprecatedApi> find(String apiVersion, String kind) {
        return Optional.ofNullable(BY_VERSION_KIND.get(apiVersion + ' ' + kind));
    }

    /** @return every entry, sorted by API version and kind */
    public static List<DeprecatedApi> all() {
        return new ArrayList<>(BY_VERSION_KIND.values());
    }

    private static void removed(String release, String replacementApiVersion, String change, String apiVersion,
            String... kinds) {
        for (String kind : kinds) {
            add(new DeprecatedApi(apiVersion, kind, null, release,
                    replacementApiVersion == null ? null : replacementApiVersion + ' ' + kind, change));
        }
    }

    private static void deprecated(String release, String removal, String change, String apiVersion,
            String replacementApiVersion, String... kinds) {
        for (String kind : kinds) {
            add(new DeprecatedApi(apiVersion, kind, release, removal, replacementApiVersion + ' ' + kind, change));
        }
    }

    private static void add(DeprecatedApi api) {
        BY_VERSION_KIND.put(api.apiVersion() + ' ' + api.kind(), api);
    }
}
