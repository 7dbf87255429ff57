package io.pilothouse.runtime.kuttl;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.eviction.Drain;
import io.pilothouse.runtime.preview.PreviewCluster;

/**
 * {@code kubectl drain NODE}: cordons the node, chooses its pods with kubectl's filters ({@link Drain}) and evicts
 * them through the Eviction API in virtual time as kubectl does: an eviction the disruption budget refuses (429) is
 * retried every 5 seconds; an evicted pod is awaited, polled every second, until it is gone. {@code --timeout} (0, the
 * default, for none) ends the attempts and waits; the command's own deadline kills it.
 */
final class KubectlDrain {

    /** The boolean flags drain takes. */
    static final Set<String> FLAGS = Set.of("ignore-daemonsets", "delete-emptydir-data", "force");

    /** The flag of drain's global timeout. */
    static final String TIMEOUT = "timeout";

    private static final Duration RETRY = Duration.ofSeconds(5);
    private static final int NOT_FOUND = 404;
    private static final int TOO_MANY_REQUESTS = 429;

    private final PreviewCluster cluster;
    private final Kubectl kubectl;

    KubectlDrain(PreviewCluster cluster, Kubectl kubectl) {
        this.cluster = cluster;
        this.kubectl = kubectl;
    }

    /** Drains the node the arguments name; the NotFound of a missing node goes to the caller. */
    Kubectl.Outcome run(KubectlArgs args, Instant deadline) throws KubectlArgs.UsageException {
        String node = args.arguments().get(0);
        Duration timeout = timeout(args.flags().getOrDefault(TIMEOUT, "0s"));
        Drain.Options options = new Drain.Options(args.isSet("ignore-daemonsets"), args.isSet("delete-emptydir-data"),
                args.isSet("force"));
        boolean changed = kubectl.setUnschedulable(node, true);
        kubectl.print(Kubectl.resourceName(CoreV1Package.Literals.NODE, node) + (changed ? "" : " already")
                + " cordoned");
        Drain drain = new Drain(cluster.store());
        Drain.Selection selection = drain.podsForDeletion(node, options);
        if (!selection.errors().isEmpty()) {
            return unableToDrain(node, aggregate(selection.errors()));
        }
        selection.warnings().forEach(warning -> kubectl.print("Warning: " + warning));
        List<String> errors = new ArrayList<>();
        if (!evict(selection.pods(), timeout, deadline, errors)) {
            return kubectl.killed();
        }
        if (!errors.isEmpty()) {
            String error = aggregate(errors);
            List<Pod> pending = drain.podsForDeletion(node, options).pods();
            if (!pending.isEmpty()) {
                kubectl.print("There are pending pods in node \"" + node + "\" when an error occurred: " + error);
                pending.forEach(pod -> kubectl.print("pod/" + pod.getMetadata().getName()));
            }
            return unableToDrain(node, error);
        }
        kubectl.print(Kubectl.resourceName(CoreV1Package.Literals.NODE, node) + " drained");
        return kubectl.exit(0);
    }

    /**
     * Evicts the pods and waits for them to go, adding an error line for each pod that failed.
     *
     * @return false when the command's deadline came first
     */
    private boolean evict(List<Pod> pods, Duration timeout, Instant deadline, List<String> errors) {
        Instant start = cluster.clock().now();
        String global = ": global timeout reached: " + io.pilothouse.model.types.Duration.of(timeout);
        Map<Pod, Instant> evicting = new LinkedHashMap<>();
        pods.forEach(pod -> evicting.put(pod, start));
        List<Pod> waiting = new ArrayList<>();
        while (true) {
            Instant now = cluster.clock().now();
            boolean expired = !timeout.isZero() && !now.isBefore(start.plus(timeout));
            for (Pod pod : List.copyOf(evicting.keySet())) {
                if (evicting.get(pod).isAfter(now)) {
                    continue;
                }
                String name = pod.getMetadata().getName();
                String namespace = pod.getMetadata().getNamespace();
                String evictingPod = "error when evicting pods/\"" + name + "\" -n \"" + namespace + "\"";
                kubectl.print("evicting pod " + namespace + "/" + name);
                evicting.remove(pod);
                if (expired) {
                    errors.add(evictingPod + global);
                    continue;
                }
                try {
                    cluster.evict(namespace, name);
                    waiting.add(pod);
                } catch (ApiException e) {
                    if (e.code() == TOO_MANY_REQUESTS) {
                        kubectl.print(evictingPod + " (will retry after 5s): " + e.getMessage());
                        evicting.put(pod, now.plus(RETRY));
                    } else if (e.code() != NOT_FOUND) {
                        errors.add(evictingPod + ": " + e.getMessage());
                    }
                }
            }
            for (Pod pod : List.copyOf(waiting)) {
                if (gone(pod)) {
                    kubectl.print("pod/" + pod.getMetadata().getName() + " evicted");
                    waiting.remove(pod);
                } else if (expired) {
                    errors.add("error when waiting for pod \"" + pod.getMetadata().getName() + "\" in namespace \""
                            + pod.getMetadata().getNamespace() + "\" to terminate" + global);
                    waiting.remove(pod);
                }
            }
            if (evicting.isEmpty() && waiting.isEmpty()) {
                return true;
            }
            if (!now.isBefore(deadline)) {
                return false;
            }
            cluster.advance(Kubectl.TICK);
        }
    }

    private boolean gone(Pod pod) {
        try {
            Pod current = cluster.get(CoreV1Package.Literals.POD, pod.getMetadata().getNamespace(),
                    pod.getMetadata().getName());
            return !current.getMetadata().getUid().equals(pod.getMetadata().getUid());
        } catch (ApiException e) {
            if (e.code() == NOT_FOUND) {
                return true;
            }
            throw e;
        }
    }

    private Kubectl.Outcome unableToDrain(String node, String error) {
        kubectl.print("error: unable to drain node \"" + node + "\" due to error: " + error
                + ", continuing command...");
        kubectl.print("There are pending nodes to be drained:");
        kubectl.print(" " + node);
        kubectl.print(error);
        return kubectl.exit(1);
    }

    private static Duration timeout(String text) throws KubectlArgs.UsageException {
        try {
            Duration timeout = io.pilothouse.model.types.Duration.valueOf(text).toJavaDuration();
            if (timeout.isNegative()) {
                throw new KubectlArgs.UsageException("--timeout " + text + " is negative");
            }
            return timeout;
        } catch (IllegalArgumentException e) {
            throw new KubectlArgs.UsageException("invalid argument \"" + text + "\" for \"--timeout\" flag: "
                    + e.getMessage());
        }
    }

    /** The text of Go's error aggregate: one message as is, several in brackets, duplicates once. */
    private static String aggregate(List<String> errors) {
        Set<String> distinct = new LinkedHashSet<>(errors);
        return distinct.size() == 1 ? distinct.iterator().next() : "[" + String.join(", ", distinct) + "]";
    }
}
