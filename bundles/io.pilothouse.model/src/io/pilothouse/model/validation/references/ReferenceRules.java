package io.pilothouse.model.validation.references;

import io.pilothouse.model.io.Diagnostic.Severity;
import io.pilothouse.model.validation.Rule;
import io.pilothouse.model.validation.Rule.Family;
import java.util.List;

/**
 * The reference rules. The API server accepts a dangling reference, so a missing object is a warning, except a
 * duplicate identity, which the API server refuses ({@code AlreadyExists}) or applies over the first object.
 */
public final class ReferenceRules {

    public static final Rule DUPLICATE = rule("001", Severity.ERROR,
            "Two resources with the same kind, namespace and name");
    public static final Rule SERVICE_SELECTOR = warning("002", "A Service selector matches no pod of the files");
    public static final Rule NETWORK_POLICY_SELECTOR = warning("003",
            "A NetworkPolicy podSelector matches no pod of the files");
    public static final Rule DISRUPTION_BUDGET_SELECTOR = warning("004",
            "A PodDisruptionBudget selector matches no pod of the files");
    public static final Rule INGRESS_SERVICE = warning("005", "An Ingress backend Service is missing");
    public static final Rule INGRESS_SERVICE_PORT = warning("006", "An Ingress backend Service has no such port");
    public static final Rule ROUTE_BACKEND = warning("007", "A Gateway API route backendRef Service is missing");
    public static final Rule ROUTE_BACKEND_PORT = warning("008",
            "A Gateway API route backendRef Service has no such port");
    public static final Rule ROUTE_PARENT = warning("009", "A Gateway API route parentRef Gateway is missing");
    public static final Rule ROUTE_NOT_ALLOWED = warning("010",
            "No listener of the parent Gateway allows the route to attach");
    public static final Rule CONFIG_MAP = warning("011", "A referenced ConfigMap is missing");
    public static final Rule SECRET = warning("012", "A referenced Secret is missing");
    public static final Rule KEY = warning("013", "A referenced ConfigMap or Secret key is missing");
    public static final Rule PERSISTENT_VOLUME_CLAIM = warning("014", "A referenced PersistentVolumeClaim is missing");
    public static final Rule SERVICE_ACCOUNT = warning("015", "A referenced ServiceAccount is missing");
    public static final Rule PRIORITY_CLASS = warning("016", "A referenced PriorityClass is missing");
    public static final Rule STORAGE_CLASS = warning("017", "A referenced StorageClass is missing");
    public static final Rule INGRESS_CLASS = warning("018", "A referenced IngressClass is missing");
    public static final Rule RUNTIME_CLASS = warning("019", "A referenced RuntimeClass is missing");
    public static final Rule DEVICE_CLASS = warning("020", "A referenced DeviceClass is missing");
    public static final Rule SCALE_TARGET = warning("021", "A HorizontalPodAutoscaler scaleTargetRef is missing");
    public static final Rule ROLE_REF = warning("022", "A RoleBinding or ClusterRoleBinding roleRef is missing");
    public static final Rule NAMESPACE = warning("023", "The namespace of a resource is missing");
    public static final Rule NOT_IN_FILES = rule("024", Severity.INFO,
            "A referenced object is of a kind the files do not hold at all");

    /** Every rule of the family, by code. */
    public static final List<Rule> ALL = List.of(DUPLICATE, SERVICE_SELECTOR, NETWORK_POLICY_SELECTOR,
            DISRUPTION_BUDGET_SELECTOR, INGRESS_SERVICE, INGRESS_SERVICE_PORT, ROUTE_BACKEND, ROUTE_BACKEND_PORT,
            ROUTE_PARENT, ROUTE_NOT_ALLOWED, CONFIG_MAP, SECRET, KEY, PERSISTENT_VOLUME_CLAIM, SERVICE_ACCOUNT,
            PRIORITY_CLASS, STORAGE_CLASS, INGRESS_CLASS, RUNTIME_CLASS, DEVICE_CLASS, SCALE_TARGET, ROLE_REF,
            NAMESPACE, NOT_IN_FILES);

    private ReferenceRules() {}

    private static Rule warning(String number, String summary) {
        return rule(number, Severity.WARNING, summary);
    }

    private static Rule rule(String number, Severity severity, String summary) {
        return new Rule("K8S-REF-" + number, severity, Family.REFERENCE, summary);
    }
}
