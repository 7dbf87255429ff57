package io.pilothouse.lang.ide.symbols;

import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.SymbolKind;

/** How the outline shows a Kubernetes kind, and where a workload's pod spec is. */
final class ResourceSymbolKinds {

    private static final Map<String, SymbolKind> KINDS = Map.ofEntries(Map.entry("Namespace", SymbolKind.Namespace),
            Map.entry("Pod", SymbolKind.Class), Map.entry("Deployment", SymbolKind.Class),
            Map.entry("StatefulSet", SymbolKind.Class), Map.entry("DaemonSet", SymbolKind.Class),
            Map.entry("ReplicaSet", SymbolKind.Class), Map.entry("Job", SymbolKind.Class),
            Map.entry("CronJob", SymbolKind.Class), Map.entry("Service", SymbolKind.Interface),
            Map.entry("Ingress", SymbolKind.Interface), Map.entry("Gateway", SymbolKind.Interface),
            Map.entry("HTTPRoute", SymbolKind.Interface), Map.entry("GRPCRoute", SymbolKind.Interface),
            Map.entry("ConfigMap", SymbolKind.Constant), Map.entry("Secret", SymbolKind.Key),
            Map.entry("PersistentVolumeClaim", SymbolKind.File), Map.entry("PersistentVolume", SymbolKind.File),
            Map.entry("StorageClass", SymbolKind.File), Map.entry("ServiceAccount", SymbolKind.Key),
            Map.entry("Role", SymbolKind.Key), Map.entry("ClusterRole", SymbolKind.Key),
            Map.entry("RoleBinding", SymbolKind.Key), Map.entry("ClusterRoleBinding", SymbolKind.Key),
            Map.entry("CustomResourceDefinition", SymbolKind.Struct));

    private static final List<String> TEMPLATE = List.of("template", "spec");

    private static final Map<String, List<String>> POD_SPECS = Map.of("Pod", List.of(), "Deployment", TEMPLATE,
            "StatefulSet", TEMPLATE, "DaemonSet", TEMPLATE, "ReplicaSet", TEMPLATE, "ReplicationController", TEMPLATE,
            "Job", TEMPLATE, "CronJob", List.of("jobTemplate", "spec", "template", "spec"));

    private ResourceSymbolKinds() {}

    /** @return the symbol kind of a resource of {@code kind}; {@code null} for a document without a kind */
    static SymbolKind of(String kind) {
        return kind == null ? SymbolKind.Object : KINDS.getOrDefault(kind, SymbolKind.Object);
    }

    /** @return the keys from a workload's {@code spec} to its pod spec, {@code null} for kinds without pods */
    static List<String> podSpecPath(String kind) {
        return kind == null ? null : POD_SPECS.get(kind);
    }
}
