package io.pilothouse.lang.naming;

import io.pilothouse.lang.manifest.Scalar;
import java.util.List;
import java.util.Set;

/**
 * Which scalars name another resource, and of what kind: the places the model's reference checks follow
 * (ConfigMaps and Secrets of pods, claims, service accounts, classes, Ingress and Gateway API backends and parents,
 * role references, scale targets, namespaces). A rule matches the end of a scalar's path; where a sibling key says
 * the kind ({@code roleRef.kind}, {@code scaleTargetRef.kind}, {@code parentRefs[].kind}), it wins over the default.
 */
public final class ReferenceRules {

    /** A reference: the kind it names and whether that kind lives in a namespace. */
    public record Target(String kind, boolean clusterScoped) {}

    private record Rule(List<String> suffix, String kind, String kindKey) {}

    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "Node", "PersistentVolume",
            "StorageClass", "PriorityClass", "IngressClass", "RuntimeClass", "DeviceClass", "ClusterRole",
            "ClusterRoleBinding", "GatewayClass", "CustomResourceDefinition", "CSIDriver", "VolumeAttachment",
            "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "APIService");

    private static final List<Rule> RULES = List.of(
            rule("ConfigMap", "configMapKeyRef", "name"),
            rule("ConfigMap", "configMapRef", "name"),
            rule("ConfigMap", "configMap", "name"),
            rule("Secret", "secretKeyRef", "name"),
            rule("Secret", "secretRef", "name"),
            rule("Secret", "secret", "secretName"),
            rule("Secret", "secret", "name"),
            rule("Secret", "imagePullSecrets", YamlPaths.ITEM, "name"),
            rule("Secret", "tls", YamlPaths.ITEM, "secretName"),
            rule("PersistentVolumeClaim", "persistentVolumeClaim", "claimName"),
            rule("ServiceAccount", "serviceAccountName"),
            rule("PriorityClass", "priorityClassName"),
            rule("StorageClass", "storageClassName"),
            rule("IngressClass", "ingressClassName"),
            rule("RuntimeClass", "runtimeClassName"),
            rule("DeviceClass", "deviceClassName"),
            rule("GatewayClass", "gatewayClassName"),
            rule("PersistentVolume", "spec", "volumeName"),
            rule("Service", "backend", "service", "name"),
            rule("Service", "spec", "serviceName"),
            new Rule(List.of("backendRefs", YamlPaths.ITEM, "name"), "Service", "kind"),
            new Rule(List.of("parentRefs", YamlPaths.ITEM, "name"), "Gateway", "kind"),
            new Rule(List.of("roleRef", "name"), "Role", "kind"),
            new Rule(List.of("scaleTargetRef", "name"), "Deployment", "kind"),
            new Rule(List.of("subjects", YamlPaths.ITEM, "name"), null, "kind"));

    private static final Set<String> NOT_RESOURCES = Set.of("User", "Group");

    private ReferenceRules() {}

    private static Rule rule(String kind, String... suffix) {
        return new Rule(List.of(suffix), kind, null);
    }

    /** @return whether resources of {@code kind} are cluster-scoped */
    public static boolean isClusterScoped(String kind) {
        return CLUSTER_SCOPED.contains(kind);
    }

    /** @return what {@code scalar} names, or {@code null} if it names no resource */
    public static Target targetOf(Scalar scalar) {
        List<String> path = YamlPaths.pathOf(scalar);
        if (path == null) {
            return null;
        }
        if (path.equals(List.of("metadata", "namespace"))) {
            return new Target("Namespace", true);
        }
        for (Rule rule : RULES) {
            if (endsWith(path, rule.suffix())) {
                String kind = rule.kindKey() == null ? rule.kind() : kindOf(scalar, rule);
                return kind == null || NOT_RESOURCES.contains(kind)
                        ? null
                        : new Target(kind, isClusterScoped(kind));
            }
        }
        return null;
    }

    private static String kindOf(Scalar scalar, Rule rule) {
        String kind = YamlPaths.stringValue(YamlPaths.owningMapping(scalar), rule.kindKey());
        return kind == null ? rule.kind() : kind;
    }

    private static boolean endsWith(List<String> path, List<String> suffix) {
        int offset = path.size() - suffix.size();
        return offset >= 0 && path.subList(offset, path.size()).equals(suffix);
    }
}
