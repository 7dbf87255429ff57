package io.pilothouse.lang.schema;

import java.util.List;
import java.util.Map;

/**
 * Which fields name another resource, and of which kind: the references the model's validation engine checks
 * ({@code configMapKeyRef} to a ConfigMap, {@code claimName} to a PersistentVolumeClaim, {@code roleRef} to a Role,
 * backends to Services, {@code parentRefs} to Gateways...). Where the referring object has a {@code kind} field
 * ({@code roleRef}, {@code scaleTargetRef}, Gateway API references) that field decides and the kinds here are
 * the ones assumed when it is absent.
 */
public final class ReferenceTargets {

    /**
     * The kinds a field may name.
     *
     * @param kinds        the kinds of resource the value names, the first one assumed when nothing else says
     * @param kindFromSibling whether a sibling {@code kind} field names the kind
     */
    public record Target(List<String> kinds, boolean kindFromSibling) {}

    private static final Target CONFIG_MAP = fixed("ConfigMap");
    private static final Target SECRET = fixed("Secret");
    private static final Target GATEWAY = new Target(List.of("Gateway"), true);
    private static final Target SERVICE = new Target(List.of("Service"), true);

    private static final Map<String, Target> TARGETS = Map.ofEntries(
            Map.entry("ObjectMeta.namespace", fixed("Namespace")),
            Map.entry("ConfigMapKeySelector.name", CONFIG_MAP),
            Map.entry("ConfigMapEnvSource.name", CONFIG_MAP),
            Map.entry("ConfigMapVolumeSource.name", CONFIG_MAP),
            Map.entry("ConfigMapProjection.name", CONFIG_MAP),
            Map.entry("SecretKeySelector.name", SECRET),
            Map.entry("SecretEnvSource.name", SECRET),
            Map.entry("SecretVolumeSource.secretName", SECRET),
            Map.entry("SecretProjection.name", SECRET),
            Map.entry("IngressTLS.secretName", SECRET),
            Map.entry("StatefulSetSpec.serviceName", fixed("Service")),
            Map.entry("ExactDeviceRequest.deviceClassName", fixed("DeviceClass")),
            Map.entry("DeviceSubRequest.deviceClassName", fixed("DeviceClass")),
            Map.entry("PersistentVolumeClaimVolumeSource.claimName", fixed("PersistentVolumeClaim")),
            Map.entry("PodSpec.serviceAccountName", fixed("ServiceAccount")),
            Map.entry("PodSpec.serviceAccount", fixed("ServiceAccount")),
            Map.entry("PodSpec.priorityClassName", fixed("PriorityClass")),
            Map.entry("PodSpec.runtimeClassName", fixed("RuntimeClass")),
            Map.entry("RoleRef.name", new Target(List.of("Role", "ClusterRole"), true)),
            Map.entry("Subject.name", new Target(List.of("ServiceAccount"), true)),
            Map.entry("IngressServiceBackend.name", fixed("Service")),
            Map.entry("IngressSpec.ingressClassName", fixed("IngressClass")),
            Map.entry("PersistentVolumeClaimSpec.storageClassName", fixed("StorageClass")),
            Map.entry("PersistentVolumeClaimSpec.volumeName", fixed("PersistentVolume")),
            Map.entry("CrossVersionObjectReference.name", new Target(List.of("Deployment", "StatefulSet",
                    "ReplicaSet"), true)),
            Map.entry("GatewaySpec.gatewayClassName", fixed("GatewayClass")));

    private ReferenceTargets() {}

    /**
     * @return what field {@code name} of {@code className} refers to, or {@code null}; the parent and backend
     *         references of the Gateway API routes are recognized by their class names
     */
    public static Target of(String className, String name) {
        Target target = TARGETS.get(className + '.' + name);
        if (target != null || !"name".equals(name)) {
            return target;
        }
        if (className.endsWith("ParentRef")) {
            return GATEWAY;
        }
        return className.endsWith("BackendRef") ? SERVICE : null;
    }

    private static Target fixed(String kind) {
        return new Target(List.of(kind), false);
    }
}
