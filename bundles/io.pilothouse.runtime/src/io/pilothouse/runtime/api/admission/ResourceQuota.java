package io.pilothouse.runtime.api.admission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.types.Quantity;
import io.pilothouse.runtime.api.ObjectStore;

/**
 * Upstream's {@code ResourceQuota} plugin, the last of the chain: the usage an object adds (on update, what it adds
 * over the stored object) must fit, with the quota's {@code status.used}, under {@code status.hard} of every quota
 * of the namespace that applies to it; then {@code status.used} is charged. A quota whose status does not reflect its
 * spec yet is first synced, as upstream's quota controller would have done. A pod must state the requests and limits
 * of cpu and memory that a quota restricts.
 */
public final class ResourceQuota implements ValidatingAdmission {

    private static final Set<String> COMPUTE = Set.of("cpu", "memory", "requests.cpu", "requests.memory",
            "limits.cpu", "limits.memory");
    private static final Quantity ZERO = Quantity.valueOf("0");

    private final ObjectStore store;

    /** The plugin, reading and charging quotas in a store. */
    public ResourceQuota(ObjectStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "ResourceQuota";
    }

    @Override
    public void validate(AdmissionRequest request) {
        if (!request.info().namespaced()) {
            return;
        }
        SortedMap<String, Quantity> delta = delta(request);
        List<io.pilothouse.model.k8s.core.v1.ResourceQuota> charged = new ArrayList<>();
        for (var quota : quotas(request)) {
            if (!QuotaScopes.applies(quota, request.object())) {
                continue;
            }
            SortedSet<String> restricted = restricted(quota, request, delta);
            if (request.object() instanceof Pod pod && pod.getSpec() != null) {
                checkConstraints(request, quota.getMetadata().getName(), pod, restricted);
            }
            SortedMap<String, Quantity> requested = mask(delta, restricted);
            if (requested.values().stream().allMatch(Quantity::isZero)) {
                continue;
            }
            Map<String, Quantity> used = quota.getStatus().getUsed().map();
            Map<String, Quantity> hard = quota.getStatus().getHard().map();
            SortedSet<String> exceeded = new TreeSet<>();
            requested.forEach((resource, amount) -> {
                if (used(used, resource).add(amount).compareTo(hard.get(resource)) > 0) {
                    exceeded.add(resource);
                }
            });
            if (!exceeded.isEmpty()) {
                throw request.forbidden("exceeded quota: " + quota.getMetadata().getName() + ", requested: "
                        + print(mask(requested, exceeded)) + ", used: " + print(mask(used, exceeded))
                        + ", limited: " + print(mask(hard, exceeded)));
            }
            requested.forEach((resource, amount) -> quota.getStatus().getUsed().put(resource,
                    used(used, resource).add(amount)));
            charged.add(quota);
        }
        charged.forEach(store::updateStatus);
    }

    private List<io.pilothouse.model.k8s.core.v1.ResourceQuota> quotas(AdmissionRequest request) {
        List<io.pilothouse.model.k8s.core.v1.ResourceQuota> quotas = new ArrayList<>();
        List<io.pilothouse.model.k8s.core.v1.ResourceQuota> stored = store.list(
                CoreV1Package.Literals.RESOURCE_QUOTA, request.namespace(), null);
        for (var quota : stored) {
            if (quota.getSpec() != null) {
                quotas.add(QuotaStatus.isSynced(quota) ? quota : QuotaStatus.sync(store, quota));
            }
        }
        return quotas;
    }

    private static SortedMap<String, Quantity> delta(AdmissionRequest request) {
        SortedMap<String, Quantity> usage = QuotaUsage.of(request.object());
        if (request.oldObject() == null) {
            return usage;
        }
        SortedMap<String, Quantity> previous = QuotaUsage.of(request.oldObject());
        SortedMap<String, Quantity> delta = new TreeMap<>();
        usage.forEach((resource, amount) -> {
            Quantity difference = amount.subtract(previous.getOrDefault(resource, ZERO));
            delta.put(resource, difference.signum() < 0 ? ZERO : difference);
        });
        return delta;
    }

    /** The hard resources the object's kind is measured in: its usage, and every compute resource of a pod. */
    private static SortedSet<String> restricted(io.pilothouse.model.k8s.core.v1.ResourceQuota quota,
            AdmissionRequest request, Map<String, Quantity> delta) {
        SortedSet<String> restricted = new TreeSet<>();
        for (String resource : quota.getStatus().getHard().keySet()) {
            boolean pod = request.object() instanceof Pod;
            if (delta.containsKey(resource) || pod && (COMPUTE.contains(resource)
                    || resource.startsWith("requests.") || resource.startsWith("limits."))) {
                restricted.add(resource);
            }
        }
        return restricted;
    }

    private static void checkConstraints(AdmissionRequest request, String quotaName, Pod pod,
            SortedSet<String> restricted) {
        SortedMap<String, SortedSet<String>> missing = new TreeMap<>();
        List<Container> containers = new ArrayList<>(pod.getSpec().getContainers());
        containers.addAll(pod.getSpec().getInitContainers());
        for (Container container : containers) {
            for (String resource : restricted) {
                if (COMPUTE.contains(resource) && !states(container, resource)) {
                    missing.computeIfAbsent(resource, key -> new TreeSet<>()).add(container.getName());
                }
            }
        }
        if (!missing.isEmpty()) {
            String list = missing.entrySet().stream()
                    .map(entry -> entry.getKey() + " for: " + String.join(",", entry.getValue()))
                    .collect(Collectors.joining("; "));
            throw request.forbidden("failed quota: " + quotaName + ": must specify " + list);
        }
    }

    private static boolean states(Container container, String resource) {
        if (container.getResources() == null) {
            return false;
        }
        if (resource.startsWith("limits.")) {
            return container.getResources().getLimits().containsKey(resource.substring("limits.".length()));
        }
        String name = resource.startsWith("requests.") ? resource.substring("requests.".length()) : resource;
        return container.getResources().getRequests().containsKey(name);
    }

    private static Quantity used(Map<String, Quantity> used, String resource) {
        return used.getOrDefault(resource, ZERO);
    }

    private static SortedMap<String, Quantity> mask(Map<String, Quantity> values, Set<String> resources) {
        SortedMap<String, Quantity> masked = new TreeMap<>();
        values.forEach((resource, amount) -> {
            if (resources.contains(resource)) {
                masked.put(resource, amount);
            }
        });
        return masked;
    }

    /** {@code requests.cpu=2,requests.memory=1Gi}, in name order, as upstream prints resource lists. */
    private static String print(Map<String, Quantity> values) {
        return new TreeMap<>(values).entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(","));
    }
}
