package io.pilothouse.lang.naming;

import io.pilothouse.lang.manifest.Document;
import io.pilothouse.lang.manifest.Scalar;
import io.pilothouse.lang.manifest.Value;
import io.pilothouse.lang.schema.ManifestSchema;
import io.pilothouse.lang.schema.PathSegment;
import io.pilothouse.lang.schema.ReferenceTargets;
import io.pilothouse.lang.schema.SchemaField;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which scalars name another resource, and of what kind: the field at the scalar's path in its document's schema,
 * looked up in {@link ReferenceTargets} (the one table of references, which content assist and hover use too).
 * Where the referring object has its own {@code kind} ({@code roleRef}, {@code scaleTargetRef}, Gateway API
 * references, RBAC subjects), that kind wins. {@code imagePullSecrets} items are Secrets, although their type is the
 * generic {@code LocalObjectReference}.
 */
public final class ReferenceRules {

    /** A reference: the kind it names and whether that kind lives in a namespace. */
    public record Target(String kind, boolean clusterScoped) {}

    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "Node", "PersistentVolume",
            "StorageClass", "PriorityClass", "IngressClass", "RuntimeClass", "DeviceClass", "ClusterRole",
            "ClusterRoleBinding", "GatewayClass", "CustomResourceDefinition", "CSIDriver", "VolumeAttachment",
            "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "APIService");

    private static final Set<String> NOT_RESOURCES = Set.of("User", "Group");

    private static final List<String> IMAGE_PULL_SECRET = List.of("imagePullSecrets", YamlPaths.ITEM, "name");

    private ReferenceRules() {}

    /** @return whether resources of {@code kind} are cluster-scoped */
    public static boolean isClusterScoped(String kind) {
        return CLUSTER_SCOPED.contains(kind);
    }

    /** @return what {@code scalar} names, or {@code null} if it names no resource */
    public static Target targetOf(Scalar scalar) {
        List<String> path = YamlPaths.pathOf(scalar);
        if (path == null || path.isEmpty()) {
            return null;
        }
        if (path.size() >= 3 && path.subList(path.size() - 3, path.size()).equals(IMAGE_PULL_SECRET)) {
            return new Target("Secret", false);
        }
        SchemaField field = fieldAt(YamlPaths.documentOf(scalar), path);
        ReferenceTargets.Target target = field == null || field.owner() == null
                ? null
                : ReferenceTargets.of(field.owner().getName(), field.name());
        if (target == null) {
            return null;
        }
        String kind = target.kinds().get(0);
        if (target.kindFromSibling()) {
            String sibling = YamlPaths.stringValue(YamlPaths.owningMapping(scalar), "kind");
            kind = sibling == null ? kind : sibling;
        }
        return NOT_RESOURCES.contains(kind) ? null : new Target(kind, isClusterScoped(kind));
    }

    private static SchemaField fieldAt(Document document, List<String> path) {
        Value root = document == null || document.getRoot() == null ? null : YamlPaths.valueOf(document.getRoot());
        String apiVersion = YamlPaths.stringValue(root, "apiVersion");
        String kind = YamlPaths.stringValue(root, "kind");
        if (apiVersion == null || kind == null) {
            return null;
        }
        List<PathSegment> segments = new ArrayList<>();
        for (String key : path) {
            segments.add(key.equals(YamlPaths.ITEM) ? new PathSegment.Index(0) : new PathSegment.Key(key));
        }
        return ManifestSchema.builtIn().resolve(apiVersion, kind, segments)
                .map(ManifestSchema.Location::field).orElse(null);
    }
}
