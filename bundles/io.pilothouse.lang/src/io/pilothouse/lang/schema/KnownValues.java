package io.pilothouse.lang.schema;

import java.util.List;
import java.util.Map;

/**
 * Enum values and defaults of Kubernetes fields that the OpenAPI v2 document states only in prose (so the model has
 * no annotation for them): the values of upstream's Go enum types, sorted as upstream's OpenAPI v3 lists them, and
 * the values its defaulting functions set. Keyed by {@code Class.field}.
 */
final class KnownValues {

    /** The enum values and the default of one field. */
    record Facts(List<String> enumValues, String defaultValue) {}

    private static final List<String> PROTOCOLS = List.of("SCTP", "TCP", "UDP");
    private static final List<String> UPDATE_STRATEGIES = List.of("OnDelete", "RollingUpdate");
    private static final List<String> TRAFFIC_POLICIES = List.of("Cluster", "Local");
    private static final List<String> TAINT_EFFECTS = List.of("NoExecute", "NoSchedule", "PreferNoSchedule");

    private static final Map<String, Facts> FACTS = Map.ofEntries(
            values("Container.imagePullPolicy", "Always", "IfNotPresent", "Never"),
            values("EphemeralContainer.imagePullPolicy", "Always", "IfNotPresent", "Never"),
            defaulted("Container.terminationMessagePolicy", "File", "FallbackToLogsOnError", "File"),
            defaulted("EphemeralContainer.terminationMessagePolicy", "File", "FallbackToLogsOnError", "File"),
            defaulted("Container.terminationMessagePath", "/dev/termination-log"),
            defaulted("PodSpec.restartPolicy", "Always", "Always", "Never", "OnFailure"),
            defaulted("PodSpec.dnsPolicy", "ClusterFirst", "ClusterFirst", "ClusterFirstWithHostNet", "Default",
                    "None"),
            values("PodSpec.preemptionPolicy", "Never", "PreemptLowerPriority"),
            defaulted("PodSpec.schedulerName", "default-scheduler"),
            defaulted("PodSpec.terminationGracePeriodSeconds", "30"),
            entry("ContainerPort.protocol", PROTOCOLS, "TCP"),
            entry("ServicePort.protocol", PROTOCOLS, "TCP"),
            entry("NetworkPolicyPort.protocol", PROTOCOLS, "TCP"),
            defaulted("ServiceSpec.type", "ClusterIP", "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"),
            defaulted("ServiceSpec.sessionAffinity", "None", "ClientIP", "None"),
            entry("ServiceSpec.externalTrafficPolicy", TRAFFIC_POLICIES, null),
            entry("ServiceSpec.internalTrafficPolicy", TRAFFIC_POLICIES, "Cluster"),
            values("ServiceSpec.ipFamilyPolicy", "PreferDualStack", "RequireDualStack", "SingleStack"),
            defaulted("DeploymentSpec.replicas", "1"),
            defaulted("DeploymentSpec.revisionHistoryLimit", "10"),
            defaulted("DeploymentSpec.progressDeadlineSeconds", "600"),
            defaulted("DeploymentSpec.minReadySeconds", "0"),
            defaulted("DeploymentStrategy.type", "RollingUpdate", "Recreate", "RollingUpdate"),
            defaulted("StatefulSetSpec.replicas", "1"),
            defaulted("StatefulSetSpec.revisionHistoryLimit", "10"),
            defaulted("StatefulSetSpec.podManagementPolicy", "OrderedReady", "OrderedReady", "Parallel"),
            entry("StatefulSetUpdateStrategy.type", UPDATE_STRATEGIES, "RollingUpdate"),
            entry("DaemonSetUpdateStrategy.type", UPDATE_STRATEGIES, "RollingUpdate"),
            defaulted("DaemonSetSpec.revisionHistoryLimit", "10"),
            defaulted("ReplicaSetSpec.replicas", "1"),
            defaulted("JobSpec.completionMode", "NonIndexed", "Indexed", "NonIndexed"),
            defaulted("JobSpec.backoffLimit", "6"),
            defaulted("JobSpec.parallelism", "1"),
            values("JobSpec.podReplacementPolicy", "Failed", "TerminatingOrFailed"),
            defaulted("CronJobSpec.concurrencyPolicy", "Allow", "Allow", "Forbid", "Replace"),
            defaulted("CronJobSpec.successfulJobsHistoryLimit", "3"),
            defaulted("CronJobSpec.failedJobsHistoryLimit", "1"),
            defaulted("CronJobSpec.suspend", "false"),
            defaulted("PersistentVolumeClaimSpec.volumeMode", "Filesystem", "Block", "Filesystem"),
            values("PersistentVolumeClaimSpec.accessModes", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce",
                    "ReadWriteOncePod"),
            defaulted("HTTPGetAction.scheme", "HTTP", "HTTP", "HTTPS"),
            defaulted("Probe.periodSeconds", "10"),
            defaulted("Probe.timeoutSeconds", "1"),
            defaulted("Probe.successThreshold", "1"),
            defaulted("Probe.failureThreshold", "3"),
            values("HTTPIngressPath.pathType", "Exact", "ImplementationSpecific", "Prefix"),
            values("SeccompProfile.type", "Localhost", "RuntimeDefault", "Unconfined"),
            defaulted("Toleration.operator", "Equal", "Equal", "Exists"),
            entry("Toleration.effect", TAINT_EFFECTS, null),
            entry("Taint.effect", TAINT_EFFECTS, null),
            values("NodeSelectorRequirement.operator", "DoesNotExist", "Exists", "Gt", "In", "Lt", "NotIn"),
            values("TopologySpreadConstraint.whenUnsatisfiable", "DoNotSchedule", "ScheduleAnyway"),
            values("NetworkPolicySpec.policyTypes", "Egress", "Ingress"),
            values("PodDisruptionBudgetSpec.unhealthyPodEvictionPolicy", "AlwaysAllow", "IfHealthyBudget"),
            values("MetricSpec.type", "ContainerResource", "External", "Object", "Pods", "Resource"),
            values("MetricTarget.type", "AverageValue", "Utilization", "Value"),
            values("HPAScalingRules.selectPolicy", "Disabled", "Max", "Min"),
            values("HPAScalingPolicy.type", "Percent", "Pods"),
            defaulted("HorizontalPodAutoscalerSpec.minReplicas", "1"));

    private KnownValues() {}

    /** @return the facts of field {@code name} of {@code className}, or {@code null} */
    static Facts of(String className, String name) {
        return FACTS.get(className + '.' + name);
    }

    private static Map.Entry<String, Facts> values(String field, String... values) {
        return entry(field, List.of(values), null);
    }

    private static Map.Entry<String, Facts> defaulted(String field, String defaultValue, String... values) {
        return entry(field, List.of(values), defaultValue);
    }

    private static Map.Entry<String, Facts> entry(String field, List<String> values, String defaultValue) {
        return Map.entry(field, new Facts(values, defaultValue));
    }
}
