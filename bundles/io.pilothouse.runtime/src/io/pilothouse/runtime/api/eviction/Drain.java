package io.pilothouse.runtime.api.eviction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.meta.v1.OwnerReference;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.ObjectStore;

/**
 * {@code kubectl cordon}, {@code uncordon} and {@code drain}: cordoning marks the node unschedulable; draining
 * cordons, then evicts every pod bound to the node through the Eviction API (so budgets hold), except the pods of
 * DaemonSets, mirror pods and pods already being deleted, and reports the pods it could not evict. The pods a drain
 * takes are chosen by kubectl's filters ({@link #podsForDeletion}).
 */
public final class Drain {

    /** The annotation of a static pod's mirror. */
    public static final String MIRROR_ANNOTATION = "kubernetes.io/config.mirror";

    /** What a drain did: the pods evicted and, for each pod left, kubectl's error line. */
    public record Result(List<String> evicted, List<String> failed) {}

    /**
     * The flags of {@code kubectl drain} that choose its pods.
     *
     * @param ignoreDaemonSets   {@code --ignore-daemonsets}: leave DaemonSet pods in place instead of failing
     * @param deleteEmptyDirData {@code --delete-emptydir-data}: evict pods with {@code emptyDir} volumes
     * @param force              {@code --force}: evict pods that no controller manages
     */
    public record Options(boolean ignoreDaemonSets, boolean deleteEmptyDirData, boolean force) {}

    /**
     * The pods of a node a drain evicts, in namespace and name order, kubectl's warnings ({@code ignoring
     * DaemonSet-managed Pods: default/a, default/b}) and its errors ({@code cannot delete Pods with local storage
     * (use --delete-emptydir-data to override): default/c}), each sorted; a drain with errors evicts nothing.
     */
    public record Selection(List<Pod> pods, List<String> warnings, List<String> errors) {}

    private static final String DAEMON_SET_FATAL = "DaemonSet-managed Pods (use --ignore-daemonsets to ignore)";
    private static final String DAEMON_SET_WARNING = "ignoring DaemonSet-managed Pods";
    private static final String LOCAL_STORAGE_FATAL = "Pods with local storage (use --delete-emptydir-data to "
            + "override)";
    private static final String LOCAL_STORAGE_WARNING = "deleting Pods with local storage";
    private static final String UNMANAGED_FATAL = "cannot delete Pods that declare no controller (use --force to "
            + "override)";
    private static final String UNMANAGED_WARNING = "deleting Pods that declare no controller";
    private static final String CANNOT_DELETE = "cannot delete";
    private static final Options ALL = new Options(true, true, true);
    private static final int NOT_FOUND = 404;

    /** A pod's fate under the filters: whether it is evicted, and the warning or error it is listed under. */
    private record Verdict(boolean delete, String warning, String error) {

        static final Verdict OK = new Verdict(true, null, null);
        static final Verdict SKIP = new Verdict(false, null, null);
    }

    private final ObjectStore store;
    private final Evictions evictions;

    public Drain(ObjectStore store) {
        this.store = store;
        this.evictions = new Evictions(store);
    }

    /** Sets {@code spec.unschedulable}. */
    public void cordon(String node) {
        setUnschedulable(node, true);
    }

    /** Clears {@code spec.unschedulable}. */
    public void uncordon(String node) {
        setUnschedulable(node, false);
    }

    /** Cordons the node and evicts its pods that are not being deleted yet, each once, as with every flag set. */
    public Result drain(String node) {
        cordon(node);
        List<String> evicted = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Pod pod : podsForDeletion(node, ALL).pods()) {
            if (pod.getMetadata().getDeletionTimestamp() != null) {
                continue;
            }
            String namespace = pod.getMetadata().getNamespace();
            String name = pod.getMetadata().getName();
            try {
                evictions.evict(namespace, name, null);
                evicted.add(namespace + "/" + name);
            } catch (ApiException e) {
                failed.add("error when evicting pods/\"" + name + "\" -n \"" + namespace + "\": " + e.getMessage());
            }
        }
        return new Result(evicted, failed);
    }

    /**
     * The pods of a node a drain with these flags evicts, as kubectl's filters choose them in turn (DaemonSet, mirror
     * pod, local storage, unmanaged pod): a finished pod always goes; a mirror pod never does.
     */
    public Selection podsForDeletion(String node, Options options) {
        List<Pod> pods = new ArrayList<>();
        Map<String, List<String>> warnings = new TreeMap<>();
        Map<String, List<String>> errors = new TreeMap<>();
        for (Pod pod : store.<Pod>list(CoreV1Package.Literals.POD, null, null)) {
            if (!node.equals(pod.getSpec().getNodeName())) {
                continue;
            }
            Verdict verdict = verdict(pod, options);
            String name = pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName();
            if (verdict.delete()) {
                pods.add(pod);
            }
            if (verdict.warning() != null) {
                warnings.computeIfAbsent(verdict.warning(), key -> new ArrayList<>()).add(name);
            }
            if (verdict.error() != null) {
                String message = verdict.error().toLowerCase().startsWith(CANNOT_DELETE)
                        ? verdict.error()
                        : CANNOT_DELETE + " " + verdict.error();
                errors.computeIfAbsent(message, key -> new ArrayList<>()).add(name);
            }
        }
        return new Selection(pods, listed(warnings), listed(errors));
    }

    private Verdict verdict(Pod pod, Options options) {
        List<Supplier<Verdict>> filters = List.of(() -> daemonSetFilter(pod, options),
                () -> pod.getMetadata().getAnnotations().containsKey(MIRROR_ANNOTATION) ? Verdict.SKIP : Verdict.OK,
                () -> localStorageFilter(pod, options), () -> unreplicatedFilter(pod, options));
        Verdict verdict = Verdict.OK;
        for (Supplier<Verdict> filter : filters) {
            verdict = filter.get();
            if (!verdict.delete()) {
                break;
            }
        }
        return verdict;
    }

    private Verdict daemonSetFilter(Pod pod, Options options) {
        OwnerReference owner = controllerOf(pod);
        if (owner == null || !"DaemonSet".equals(owner.getKind()) || finished(pod)) {
            return Verdict.OK;
        }
        try {
            store.get(AppsV1Package.Literals.DAEMON_SET, pod.getMetadata().getNamespace(), owner.getName());
        } catch (ApiException e) {
            boolean orphan = e.code() == NOT_FOUND && options.force();
            return new Verdict(orphan, orphan ? e.getMessage() : null, orphan ? null : e.getMessage());
        }
        return options.ignoreDaemonSets()
                ? new Verdict(false, DAEMON_SET_WARNING, null)
                : new Verdict(false, null, DAEMON_SET_FATAL);
    }

    private static Verdict localStorageFilter(Pod pod, Options options) {
        if (pod.getSpec().getVolumes().stream().noneMatch(volume -> volume.getEmptyDir() != null) || finished(pod)) {
            return Verdict.OK;
        }
        return options.deleteEmptyDirData()
                ? new Verdict(true, LOCAL_STORAGE_WARNING, null)
                : new Verdict(false, null, LOCAL_STORAGE_FATAL);
    }

    private static Verdict unreplicatedFilter(Pod pod, Options options) {
        if (finished(pod) || controllerOf(pod) != null) {
            return Verdict.OK;
        }
        return options.force() ? new Verdict(true, UNMANAGED_WARNING, null) : new Verdict(false, null, UNMANAGED_FATAL);
    }

    private static List<String> listed(Map<String, List<String>> podsByMessage) {
        return podsByMessage.entrySet().stream()
                .map(entry -> entry.getKey() + ": " + String.join(", ", entry.getValue())).toList();
    }

    private static boolean finished(Pod pod) {
        String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
        return "Succeeded".equals(phase) || "Failed".equals(phase);
    }

    private static OwnerReference controllerOf(Pod pod) {
        return pod.getMetadata().getOwnerReferences().stream()
                .filter(owner -> Boolean.TRUE.equals(owner.getController())).findFirst().orElse(null);
    }

    private void setUnschedulable(String name, boolean unschedulable) {
        Node node = store.get(CoreV1Package.Literals.NODE, "", name);
        if (node.getSpec() == null) {
            node.setSpec(CoreV1Factory.eINSTANCE.createNodeSpec());
        }
        node.getSpec().setUnschedulable(unschedulable ? Boolean.TRUE : null);
        store.update(node);
    }
}
