package io.pilothouse.runtime.controllers.nodelifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.Taint;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.controllers.EventRecorder;
import io.pilothouse.runtime.controllers.Informer;
import io.pilothouse.runtime.controllers.InformerController;

/**
 * kube-controller-manager's taint eviction controller: a pod bound to a node with NoExecute taints is deleted at
 * once when a taint is not tolerated, and after the smallest {@code tolerationSeconds} of its matching tolerations
 * otherwise, counted from when the controller first saw the pod under those taints; a pod whose tolerations have
 * no {@code tolerationSeconds} stays. Before deleting, it records {@code TaintManagerEviction} and gives the pod the
 * {@code DisruptionTarget} condition ({@link PodDisruption}); a scheduled deletion that no longer applies is
 * cancelled with a {@code TaintManagerEviction} event too.
 */
public final class TaintEvictionController extends InformerController {

    private final Map<String, NavigableSet<String>> podsByNode = new HashMap<>();
    private final Map<String, Instant> scheduled = new HashMap<>();
    private Informer<Node> nodes;
    private Informer<Pod> pods;

    @Override
    public String name() {
        return "taint-eviction-controller";
    }

    @Override
    protected void startInformers() {
        nodes = Informer.start(context(), CoreV1Package.Literals.NODE, new Informer.Handler<>() {

            @Override
            public void onAdd(Node node) {
                enqueuePodsOn(node);
            }

            @Override
            public void onUpdate(Node old, Node current) {
                if (!EcoreUtil.equals(NoExecuteTolerations.noExecuteTaints(old),
                        NoExecuteTolerations.noExecuteTaints(current))) {
                    enqueuePodsOn(current);
                }
            }
        });
        pods = Informer.start(context(), CoreV1Package.Literals.POD, new Informer.Handler<>() {

            @Override
            public void onAdd(Pod pod) {
                index(pod, true);
                enqueue(key(pod));
            }

            @Override
            public void onUpdate(Pod old, Pod current) {
                index(old, false);
                index(current, true);
                enqueue(key(current));
            }

            @Override
            public void onDelete(Pod pod) {
                index(pod, false);
                enqueue(key(pod));
            }
        });
    }

    @Override
    protected void sync(String key) {
        Pod pod = pods.get(key);
        if (pod == null || pod.getMetadata().getDeletionTimestamp() != null) {
            scheduled.remove(key);
            return;
        }
        Node node = pod.getSpec().getNodeName() == null ? null : nodes.get(pod.getSpec().getNodeName());
        List<Taint> taints = node == null ? List.of() : NoExecuteTolerations.noExecuteTaints(node);
        Duration toleration = taints.isEmpty()
                ? null
                : NoExecuteTolerations.minTolerationTime(taints, pod.getSpec().getTolerations());
        if (toleration == null) {
            cancel(pod, key);
            return;
        }
        Instant now = context().clock().now();
        Instant due = scheduled.computeIfAbsent(key, k -> now).plus(toleration);
        if (now.isBefore(due)) {
            enqueueAfter(key, Duration.between(now, due));
            return;
        }
        evict(pod, key);
    }

    private void evict(Pod pod, String key) {
        events().record(pod, EventRecorder.NORMAL, "TaintManagerEviction", "Marking for deletion Pod " + key);
        try {
            PodDisruption.markAndDelete(context().store(), pod);
        } catch (ApiException e) {
            if (e.code() != 404) {
                throw e;
            }
        }
        scheduled.remove(key);
    }

    private void cancel(Pod pod, String key) {
        if (scheduled.remove(key) != null) {
            events().record(pod, EventRecorder.NORMAL, "TaintManagerEviction", "Cancelling deletion of Pod " + key);
        }
    }

    private void enqueuePodsOn(Node node) {
        NavigableSet<String> keys = podsByNode.get(node.getMetadata().getName());
        if (keys != null) {
            keys.forEach(this::enqueue);
        }
    }

    private void index(Pod pod, boolean add) {
        String nodeName = pod.getSpec().getNodeName();
        if (nodeName == null) {
            return;
        }
        if (add) {
            podsByNode.computeIfAbsent(nodeName, n -> new TreeSet<>()).add(key(pod));
        } else {
            NavigableSet<String> keys = podsByNode.get(nodeName);
            if (keys != null && keys.remove(key(pod)) && keys.isEmpty()) {
                podsByNode.remove(nodeName);
            }
        }
    }

    private static String key(Pod pod) {
        return Informer.key(pod.getMetadata().getNamespace(), pod.getMetadata().getName());
    }
}
