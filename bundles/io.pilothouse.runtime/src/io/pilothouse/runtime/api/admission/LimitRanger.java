package io.pilothouse.runtime.api.admission;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.eclipse.emf.common.util.EMap;

import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.LimitRange;
import io.pilothouse.model.k8s.core.v1.LimitRangeItem;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.types.Quantity;
import io.pilothouse.runtime.api.ObjectStore;

/**
 * Upstream's {@code LimitRanger} plugin. When a pod is created, it sets the missing requests and limits of its
 * containers from the {@code Container} items of the namespace's limit ranges (noting what it set in the
 * {@code kubernetes.io/limit-ranger} annotation), then enforces their min, max and maxLimitRequestRatio per container
 * and per pod; a claim's storage request is held to the {@code PersistentVolumeClaim} items. Pod updates are not
 * checked, as containers cannot change.
 */
public final class LimitRanger implements MutatingAdmission, ValidatingAdmission {

    /** The annotation that lists the defaults the plugin set. */
    public static final String ANNOTATION = "kubernetes.io/limit-ranger";

    private final ObjectStore store;

    /** The plugin, reading limit ranges from a store. */
    public LimitRanger(ObjectStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "LimitRanger";
    }

    @Override
    public void admit(AdmissionRequest request) {
        if (request.operation() != AdmissionRequest.Operation.CREATE || !(request.object() instanceof Pod pod)
                || pod.getSpec() == null) {
            return;
        }
        for (LimitRange limitRange : limitRanges(request)) {
            setDefaults(pod, limitRange);
        }
    }

    @Override
    public void validate(AdmissionRequest request) {
        if (request.operation() == AdmissionRequest.Operation.UPDATE && request.object() instanceof Pod) {
            return;
        }
        Set<String> errors = new LinkedHashSet<>();
        for (LimitRange limitRange : limitRanges(request)) {
            for (LimitRangeItem item : limitRange.getSpec().getLimits()) {
                switch (request.object()) {
                    case Pod pod when pod.getSpec() != null -> errors.addAll(violations(pod, item));
                    case PersistentVolumeClaim claim when "PersistentVolumeClaim".equals(item.getType())
                            && claim.getSpec() != null && claim.getSpec().getResources() != null ->
                        errors.addAll(violations("PersistentVolumeClaim", item,
                                claim.getSpec().getResources().getRequests().map(),
                                claim.getSpec().getResources().getLimits().map()));
                    default -> {
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            String reason = errors.size() == 1 ? errors.iterator().next() : "[" + String.join(", ", errors) + "]";
            throw request.forbidden(reason);
        }
    }

    private List<LimitRange> limitRanges(AdmissionRequest request) {
        if (!(request.object() instanceof Pod) && !(request.object() instanceof PersistentVolumeClaim)) {
            return List.of();
        }
        List<LimitRange> limitRanges = store.list(CoreV1Package.Literals.LIMIT_RANGE, request.namespace(), null);
        return limitRanges.stream().filter(limitRange -> limitRange.getSpec() != null).toList();
    }

    private static void setDefaults(Pod pod, LimitRange limitRange) {
        SortedMap<String, Quantity> defaultRequests = new TreeMap<>();
        SortedMap<String, Quantity> defaultLimits = new TreeMap<>();
        for (LimitRangeItem item : limitRange.getSpec().getLimits()) {
            if ("Container".equals(item.getType())) {
                item.getDefaultRequest().forEach(entry -> defaultRequests.put(entry.getKey(), entry.getValue()));
                item.getDefault().forEach(entry -> defaultLimits.put(entry.getKey(), entry.getValue()));
            }
        }
        List<String> notes = new ArrayList<>();
        for (Container container : pod.getSpec().getContainers()) {
            setDefaults(container, defaultRequests, defaultLimits, "container", notes);
        }
        for (Container container : pod.getSpec().getInitContainers()) {
            setDefaults(container, defaultRequests, defaultLimits, "init container", notes);
        }
        if (!notes.isEmpty()) {
            pod.getMetadata().getAnnotations().put(ANNOTATION, "LimitRanger plugin set: " + String.join("; ", notes));
        }
    }

    private static void setDefaults(Container container, Map<String, Quantity> requests, Map<String, Quantity> limits,
            String role, List<String> notes) {
        if (container.getResources() == null) {
            container.setResources(CoreV1Factory.eINSTANCE.createResourceRequirements());
        }
        List<String> setLimits = putMissing(container.getResources().getLimits(), limits);
        List<String> setRequests = putMissing(container.getResources().getRequests(), requests);
        if (!setRequests.isEmpty()) {
            notes.add(String.join(", ", setRequests) + " request for " + role + " " + container.getName());
        }
        if (!setLimits.isEmpty()) {
            notes.add(String.join(", ", setLimits) + " limit for " + role + " " + container.getName());
        }
    }

    private static List<String> putMissing(EMap<String, Quantity> target, Map<String, Quantity> defaults) {
        List<String> set = new ArrayList<>();
        defaults.forEach((resource, value) -> {
            if (!target.containsKey(resource)) {
                target.put(resource, value);
                set.add(resource);
            }
        });
        return set;
    }

    private static List<String> violations(Pod pod, LimitRangeItem item) {
        List<String> errors = new ArrayList<>();
        if ("Container".equals(item.getType())) {
            List<Container> containers = new ArrayList<>(pod.getSpec().getContainers());
            containers.addAll(pod.getSpec().getInitContainers());
            for (Container container : containers) {
                Map<String, Quantity> requests = container.getResources() == null
                        ? Map.of()
                        : container.getResources().getRequests().map();
                Map<String, Quantity> limits = container.getResources() == null
                        ? Map.of()
                        : container.getResources().getLimits().map();
                errors.addAll(violations("Container", item, requests, limits));
            }
        } else if ("Pod".equals(item.getType())) {
            errors.addAll(violations("Pod", item, PodResources.requests(pod.getSpec()),
                    PodResources.limits(pod.getSpec())));
        }
        return errors;
    }

    private static List<String> violations(String type, LimitRangeItem item, Map<String, Quantity> requests,
            Map<String, Quantity> limits) {
        List<String> errors = new ArrayList<>();
        new TreeMap<>(item.getMin().map()).forEach((resource, min) -> LimitConstraints
                .min(type, resource, min, requests.get(resource), limits.get(resource)).ifPresent(errors::add));
        new TreeMap<>(item.getMax().map()).forEach((resource, max) -> LimitConstraints
                .max(type, resource, max, requests.get(resource), limits.get(resource)).ifPresent(errors::add));
        new TreeMap<>(item.getMaxLimitRequestRatio().map()).forEach((resource, ratio) -> LimitConstraints
                .ratio(type, resource, ratio, requests.get(resource), limits.get(resource)).ifPresent(errors::add));
        return errors;
    }
}
