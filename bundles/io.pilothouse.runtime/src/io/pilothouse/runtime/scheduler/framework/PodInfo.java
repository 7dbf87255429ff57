package io.pilothouse.runtime.scheduler.framework;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.pilothouse.model.k8s.core.v1.Affinity;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodSpec;
import io.pilothouse.model.k8s.core.v1.Toleration;

/**
 * A pod with what the scheduler computes from it once: its key, priority, labels, tolerations, requests (exact and
 * with the scoring defaults), host ports and, on first use, its compiled pod affinity terms (as upstream's
 * {@code PodInfo}). The pod must not change after the PodInfo is made. Two infos are equal only when they are the
 * same.
 * <p>
 * An info is read by several threads at once when a search spreads over threads: what it computes later is
 * published safely, and it never reads the model's lists lazily made on first access.
 */
public final class PodInfo {

    private final Pod pod;
    private final String key;
    private final int keyHash;
    private final int priority;
    private final String namespace;
    private final Map<String, String> labels;
    private final List<Toleration> tolerations;
    private final Resource request;
    private final Resource nonZeroRequest;
    private final List<HostPort> hostPorts;
    private final boolean hasAffinity;
    private final Instant startTime;
    private volatile Object affinityTerms;

    /**
     * An info.
     *
     * @param pod            the pod
     * @param key            {@code namespace/name}
     * @param priority       {@code spec.priority}, 0 when unset
     * @param request        the effective request
     * @param nonZeroRequest the effective request with 100m CPU and 200Mi memory for containers that request none
     * @param hostPorts      the host ports it takes
     */
    public PodInfo(Pod pod, String key, int priority, Resource request, Resource nonZeroRequest,
            List<HostPort> hostPorts) {
        this.pod = pod;
        this.key = key;
        this.keyHash = key.hashCode();
        this.priority = priority;
        this.namespace = pod.getMetadata().getNamespace();
        this.labels = copyOfLabels(pod.getMetadata().getLabels().map());
        PodSpec spec = pod.getSpec();
        this.tolerations = spec.eIsSet(CoreV1Package.Literals.POD_SPEC__TOLERATIONS)
                ? List.copyOf(spec.getTolerations())
                : List.of();
        this.request = request;
        this.nonZeroRequest = nonZeroRequest;
        this.hostPorts = hostPorts;
        Affinity affinity = spec.getAffinity();
        hasAffinity = affinity != null && (affinity.getPodAffinity() != null || affinity.getPodAntiAffinity() != null);
        startTime = pod.getStatus() == null || pod.getStatus().getStartTime() == null
                ? null
                : pod.getStatus().getStartTime().toInstant();
    }

    /** Computes the info of a pod. */
    public static PodInfo of(Pod pod) {
        Integer priority = pod.getSpec().getPriority();
        return new PodInfo(pod, keyOf(pod), priority == null ? 0 : priority, PodRequests.of(pod.getSpec(), false),
                PodRequests.of(pod.getSpec(), true), List.copyOf(HostPort.of(pod.getSpec())));
    }

    /** An unmodifiable copy of a label map: compact when no value is null, as is usual. */
    static Map<String, String> copyOfLabels(Map<String, String> labels) {
        if (labels.isEmpty()) {
            return Map.of();
        }
        return labels.containsValue(null)
                ? Collections.unmodifiableMap(new HashMap<>(labels))
                : Map.copyOf(labels);
    }

    /** {@code namespace/name} of a pod. */
    public static String keyOf(Pod pod) {
        return pod.getMetadata().getNamespace() + '/' + pod.getMetadata().getName();
    }

    public Pod pod() {
        return pod;
    }

    public String key() {
        return key;
    }

    public int priority() {
        return priority;
    }

    /** The pod's labels (a copy made once, for lookups without the model's overhead). */
    public Map<String, String> labels() {
        return labels;
    }

    /** The pod's tolerations (the model's objects, which must not be changed). */
    public List<Toleration> tolerations() {
        return tolerations;
    }

    public Resource request() {
        return request;
    }

    public Resource nonZeroRequest() {
        return nonZeroRequest;
    }

    public List<HostPort> hostPorts() {
        return hostPorts;
    }

    /**
     * The pod's compiled pod affinity terms, compiled on first use by the one plugin that reads them
     * (InterPodAffinity) and kept with the pod, as upstream's PodInfo keeps them.
     */
    @SuppressWarnings("unchecked")
    public <T> T affinityTerms(Function<Pod, T> compile) {
        Object terms = affinityTerms;
        if (terms == null) {
            terms = compile.apply(pod);
            affinityTerms = terms;
        }
        return (T) terms;
    }

    /**
     * Whether the pod has pod affinity or anti-affinity (possibly without terms); InterPodAffinity compiles no terms
     * for the other pods.
     */
    public boolean hasAffinity() {
        return hasAffinity;
    }

    /** {@code status.startTime}, {@code null} when the pod has not started. */
    public Instant startTime() {
        return startTime;
    }

    /** Whether the other info is of the same pod (the same {@code namespace/name}). */
    public boolean samePod(PodInfo other) {
        return other == this || other.keyHash == keyHash && other.key.equals(key);
    }

    /** The pod's name. */
    public String name() {
        return pod.getMetadata().getName();
    }

    /** The pod's namespace. */
    public String namespace() {
        return namespace;
    }

    @Override
    public String toString() {
        return "PodInfo[" + key + "]";
    }
}
