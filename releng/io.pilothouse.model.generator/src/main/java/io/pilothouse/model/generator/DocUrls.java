package io.pilothouse.model.generator;

import java.util.Locale;
import java.util.Map;

/**
 * The rule that gives each kind its page in the official API reference.
 * <p>
 * Kubernetes: {@code https://kubernetes.io/docs/reference/kubernetes-api/<category>/<kebab-kind>-<version>/}, where
 * the category comes from the kind (for the core and networking groups) or else from the API group; meta/v1 kinds
 * live under {@code common-definitions/<kebab-kind>/}. Gateway API:
 * {@code https://gateway-api.sigs.k8s.io/reference/spec/#<lower-case-kind>}.
 */
final class DocUrls {

    private static final String KUBERNETES = "https://kubernetes.io/docs/reference/kubernetes-api/";
    private static final String GATEWAY = "https://gateway-api.sigs.k8s.io/reference/spec/#";
    private static final String WORKLOAD = "workload-resources";
    private static final String SERVICE = "service-resources";
    private static final String CONFIG = "config-and-storage-resources";
    private static final String AUTHENTICATION = "authentication-resources";
    private static final String AUTHORIZATION = "authorization-resources";
    private static final String POLICY = "policy-resources";
    private static final String EXTEND = "extend-resources";
    private static final String CLUSTER = "cluster-resources";
    private static final String COMMON = "common-definitions";

    private static final Map<String, String> KIND_CATEGORIES = Map.ofEntries(
            Map.entry("Pod", WORKLOAD), Map.entry("PodTemplate", WORKLOAD), Map.entry("Binding", WORKLOAD),
            Map.entry("ReplicationController", WORKLOAD), Map.entry("Service", SERVICE),
            Map.entry("Endpoints", SERVICE), Map.entry("Ingress", SERVICE), Map.entry("IngressClass", SERVICE),
            Map.entry("ConfigMap", CONFIG), Map.entry("Secret", CONFIG), Map.entry("PersistentVolume", CONFIG),
            Map.entry("PersistentVolumeClaim", CONFIG), Map.entry("ServiceAccount", AUTHENTICATION),
            Map.entry("LimitRange", POLICY), Map.entry("ResourceQuota", POLICY), Map.entry("NetworkPolicy", POLICY),
            Map.entry("MutatingWebhookConfiguration", EXTEND), Map.entry("ValidatingWebhookConfiguration", EXTEND));

    private static final Map<String, String> GROUP_CATEGORIES = Map.ofEntries(
            Map.entry("apps", WORKLOAD), Map.entry("batch", WORKLOAD), Map.entry("autoscaling", WORKLOAD),
            Map.entry("scheduling", WORKLOAD), Map.entry("resource", WORKLOAD), Map.entry("discovery", SERVICE),
            Map.entry("storage", CONFIG), Map.entry("storagemigration", CONFIG),
            Map.entry("authentication", AUTHENTICATION), Map.entry("certificates", AUTHENTICATION),
            Map.entry("authorization", AUTHORIZATION), Map.entry("rbac", AUTHORIZATION),
            Map.entry("flowcontrol", POLICY), Map.entry("policy", POLICY), Map.entry("admissionregistration", POLICY),
            Map.entry("apiextensions", EXTEND), Map.entry("meta", COMMON));

    private DocUrls() {}

    /** The reference page of a Kubernetes kind whose EClass lives in the package of {@code group}/{@code version}. */
    static String kubernetes(String group, String version, String kind) {
        String category = KIND_CATEGORIES.getOrDefault(kind, GROUP_CATEGORIES.getOrDefault(group, CLUSTER));
        String page = category.equals(COMMON) ? Names.kebab(kind) : Names.kebab(kind) + "-" + version;
        return KUBERNETES + category + "/" + page + "/";
    }

    static String gateway(String kind) {
        return GATEWAY + kind.toLowerCase(Locale.ROOT);
    }
}
