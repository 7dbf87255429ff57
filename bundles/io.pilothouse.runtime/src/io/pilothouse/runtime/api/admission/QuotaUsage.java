package io.pilothouse.runtime.api.admission;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.core.v1.ConfigMap;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.ReplicationController;
import io.pilothouse.model.k8s.core.v1.ResourceQuota;
import io.pilothouse.model.k8s.core.v1.Secret;
import io.pilothouse.model.k8s.core.v1.Service;
import io.pilothouse.model.types.Quantity;
import io.pilothouse.runtime.api.KindInfo;

/**
 * What an object counts against resource quotas, as upstream's quota evaluators compute it: {@code count/<resource>}
 * for every kind, the object counts of the core kinds, and the compute resources of a pod that is not finished
 * ({@code cpu} and {@code requests.cpu}, {@code limits.cpu}, the same for memory and ephemeral storage, and
 * {@code requests.<name>} for hugepages and extended resources such as {@code requests.nvidia.com/gpu}).
 */
public final class QuotaUsage {

    private static final Quantity ONE = Quantity.valueOf("1");
    private static final String REQUESTS = "requests.";
    private static final String[] STANDARD = {"cpu", "memory", "ephemeral-storage"};

    private QuotaUsage() {}

    /** The usage of an object, by resource name in order; empty for a finished pod. */
    public static SortedMap<String, Quantity> of(EObject object) {
        SortedMap<String, Quantity> usage = new TreeMap<>();
        if (object instanceof Pod pod && isFinished(pod)) {
            return usage;
        }
        usage.put("count/" + KindInfo.of(object.eClass()).resource(), ONE);
        switch (object) {
            case Pod pod -> podUsage(pod, usage);
            case Service service -> serviceUsage(service, usage);
            case PersistentVolumeClaim claim -> claimUsage(claim, usage);
            case ConfigMap configMap -> usage.put("configmaps", ONE);
            case Secret secret -> usage.put("secrets", ONE);
            case ReplicationController controller -> usage.put("replicationcontrollers", ONE);
            case ResourceQuota quota -> usage.put("resourcequotas", ONE);
            default -> {
            }
        }
        return usage;
    }

    /** Whether a pod no longer counts: it succeeded or failed. */
    static boolean isFinished(Pod pod) {
        String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
        return "Succeeded".equals(phase) || "Failed".equals(phase);
    }

    private static void podUsage(Pod pod, SortedMap<String, Quantity> usage) {
        usage.put("pods", ONE);
        if (pod.getSpec() == null) {
            return;
        }
        SortedMap<String, Quantity> requests = PodResources.requests(pod.getSpec());
        SortedMap<String, Quantity> limits = PodResources.limits(pod.getSpec());
        for (String resource : STANDARD) {
            if (requests.containsKey(resource)) {
                usage.put(resource, requests.get(resource));
                usage.put(REQUESTS + resource, requests.get(resource));
            }
            if (limits.containsKey(resource)) {
                usage.put("limits." + resource, limits.get(resource));
            }
        }
        for (Map.Entry<String, Quantity> request : requests.entrySet()) {
            String resource = request.getKey();
            if (resource.startsWith("hugepages-")) {
                usage.put(resource, request.getValue());
                usage.put(REQUESTS + resource, request.getValue());
            } else if (isExtended(resource)) {
                usage.put(REQUESTS + resource, request.getValue());
            }
        }
    }

    /** An extended resource has a domain other than kubernetes.io and is not a requests. name. */
    private static boolean isExtended(String resource) {
        int slash = resource.indexOf('/');
        if (slash < 0 || resource.startsWith(REQUESTS)) {
            return false;
        }
        String domain = resource.substring(0, slash);
        return !domain.equals("kubernetes.io") && !domain.endsWith(".kubernetes.io");
    }

    private static void serviceUsage(Service service, SortedMap<String, Quantity> usage) {
        usage.put("services", ONE);
        String type = service.getSpec() == null ? null : service.getSpec().getType();
        if ("NodePort".equals(type) || "LoadBalancer".equals(type)) {
            usage.put("services.nodeports", Quantity.valueOf(Integer.toString(service.getSpec().getPorts().size())));
        }
        if ("LoadBalancer".equals(type)) {
            usage.put("services.loadbalancers", ONE);
        }
    }

    private static void claimUsage(PersistentVolumeClaim claim, SortedMap<String, Quantity> usage) {
        usage.put("persistentvolumeclaims", ONE);
        var spec = claim.getSpec();
        Quantity storage = spec == null || spec.getResources() == null
                ? null
                : spec.getResources().getRequests().get("storage");
        if (storage != null) {
            usage.put("requests.storage", storage);
        }
        if (spec != null && spec.getStorageClassName() != null && !spec.getStorageClassName().isEmpty()) {
            String prefix = spec.getStorageClassName() + ".storageclass.storage.k8s.io/";
            usage.put(prefix + "persistentvolumeclaims", ONE);
            if (storage != null) {
                usage.put(prefix + "requests.storage", storage);
            }
        }
    }
}
