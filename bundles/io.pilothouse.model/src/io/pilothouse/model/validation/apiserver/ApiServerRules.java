package io.pilothouse.model.validation.apiserver;

import java.util.List;

import io.pilothouse.model.io.Diagnostic.Severity;
import io.pilothouse.model.validation.Rule;
import io.pilothouse.model.validation.Rule.Family;

/**
 * The rules of the API-server family: what kube-apiserver's validation rejects beyond the schema (errors), what it
 * accepts with a warning (warnings) and hints about fields it will not let change (info).
 */
public final class ApiServerRules {

    public static final Rule SELECTOR_MISMATCH = error("K8S-API-001",
            "A workload's selector does not match its pod template's labels");
    public static final Rule SELECTOR_INVALID = error("K8S-API-002",
            "A label selector is missing, empty or has an invalid requirement");
    public static final Rule CONTAINER_NAME = error("K8S-API-003",
            "A container name is not a DNS label or is used twice in one pod");
    public static final Rule PORT_NAME_DUPLICATE = error("K8S-API-004", "Two ports of a container have one name");
    public static final Rule HOST_PORT_DUPLICATE = error("K8S-API-005",
            "Two containers of a pod bind the same host port and protocol");
    public static final Rule CONTAINER_PORT_DUPLICATE = new Rule("K8S-API-006", Severity.WARNING,
            Family.API_SERVER, "A container declares the same port and protocol twice");
    public static final Rule VOLUME_MOUNT_NOT_FOUND = error("K8S-API-007",
            "A volume mount names a volume the pod does not declare");
    public static final Rule MOUNT_PATH_DUPLICATE = error("K8S-API-008",
            "Two volume mounts of a container share a path");
    public static final Rule VOLUME_NAME = error("K8S-API-009",
            "A volume name is not a DNS label or is used twice in one pod");
    public static final Rule VOLUME_SOURCE = error("K8S-API-010", "A volume has no or more than one source");
    public static final Rule PROBE_PORT = new Rule("K8S-API-011", Severity.WARNING, Family.API_SERVER,
            "A probe names a port the container does not declare");
    public static final Rule REQUESTS_EXCEED_LIMITS = error("K8S-API-012",
            "A resource request is greater than its limit");
    public static final Rule EXTENDED_RESOURCE = error("K8S-API-013",
            "An extended resource or huge pages are not a whole number with equal request and limit");
    public static final Rule RESTART_POLICY = error("K8S-API-014",
            "The pod restart policy is not allowed for the workload");
    public static final Rule SERVICE_PORT = error("K8S-API-015",
            "Service ports are missing, unnamed, named twice or out of range");
    public static final Rule SERVICE_TYPE = error("K8S-API-016",
            "A Service field does not fit the Service's type");
    public static final Rule DISRUPTION_BUDGET = error("K8S-API-017",
            "A PodDisruptionBudget sets both minAvailable and maxUnavailable or an invalid value");
    public static final Rule AUTOSCALER_REPLICAS = error("K8S-API-018",
            "A HorizontalPodAutoscaler's replica bounds are invalid");
    public static final Rule INGRESS_BACKEND = error("K8S-API-019",
            "An Ingress backend does not name exactly one service or resource");
    public static final Rule INGRESS_PATH = error("K8S-API-020",
            "An Ingress path has no or an unsupported pathType, or is not absolute");
    public static final Rule CRON_SCHEDULE = error("K8S-API-021", "A CronJob schedule does not parse");
    public static final Rule CRON_TIME_ZONE = error("K8S-API-022", "A CronJob time zone is unknown");
    public static final Rule NEGATIVE_COUNT = error("K8S-API-023", "A replica count or limit is negative");
    public static final Rule IMMUTABLE_SELECTOR = new Rule("K8S-API-024", Severity.INFO, Family.API_SERVER,
            "The selector of a workload cannot be changed after creation");
    public static final Rule NODE_PORT = error("K8S-API-025",
            "A Service nodePort is outside the service node port range or used twice");
    public static final Rule CRD_NAME = error("K8S-API-026",
            "A CustomResourceDefinition's name is not its plural and group");
    public static final Rule AUTOSCALER_METRIC = error("K8S-API-027",
            "A HorizontalPodAutoscaler metric's source does not match its type or its target is invalid");
    public static final Rule HUGE_PAGES = error("K8S-API-028",
            "A container requests huge pages without requesting cpu or memory");

    /** Every rule of the family, by code. */
    public static final List<Rule> ALL = List.of(SELECTOR_MISMATCH, SELECTOR_INVALID, CONTAINER_NAME,
            PORT_NAME_DUPLICATE, HOST_PORT_DUPLICATE, CONTAINER_PORT_DUPLICATE, VOLUME_MOUNT_NOT_FOUND,
            MOUNT_PATH_DUPLICATE, VOLUME_NAME, VOLUME_SOURCE, PROBE_PORT, REQUESTS_EXCEED_LIMITS, EXTENDED_RESOURCE,
            RESTART_POLICY, SERVICE_PORT, SERVICE_TYPE, DISRUPTION_BUDGET, AUTOSCALER_REPLICAS, INGRESS_BACKEND,
            INGRESS_PATH, CRON_SCHEDULE, CRON_TIME_ZONE, NEGATIVE_COUNT, IMMUTABLE_SELECTOR, NODE_PORT, CRD_NAME,
            AUTOSCALER_METRIC, HUGE_PAGES);

    private ApiServerRules() {}

    private static Rule error(String code, String summary) {
        return new Rule(code, Severity.ERROR, Family.API_SERVER, summary);
    }
}
