package io.pilothouse.runtime.kubelet;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.NodeAddress;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodStatus;
import io.pilothouse.model.types.Quantity;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.GroupVersionKind;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.api.ObjectKey;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.api.WatchEvent;
import io.pilothouse.runtime.api.WorkQueue;
import io.pilothouse.runtime.controllers.Controller;
import io.pilothouse.runtime.controllers.ControllerContext;

/**
 * The kubelets of all nodes, as one control loop: for every Node it posts the node's status once (and again only
 * when it changes), and runs the pods bound to it ({@code spec.nodeName}) with a simulated container runtime whose
 * containers behave as the pod's {@code pilothouse.io/} annotations say (docs/simulation.md). A pod bound to a node
 * that does not exist waits for it.
 */
public final class Kubelet implements Controller {

    private static final GroupVersionKind NODE = KindInfo.of(CoreV1Package.Literals.NODE).gvk();
    private static final GroupVersionKind POD = KindInfo.of(CoreV1Package.Literals.POD).gvk();

    private final Map<String, NodeNetwork> networks = new LinkedHashMap<>();
    private final Map<String, Set<String>> images = new TreeMap<>();
    private final PodWorkers workers = new PodWorkers();
    private final Map<ObjectKey, EObject> watched = new HashMap<>();
    private ObjectStore store;
    private KubeletEvents events;
    private WorkQueue<ObjectKey> queue;

    @Override
    public String name() {
        return "kubelet";
    }

    @Override
    public void start(ControllerContext context) {
        store = context.store();
        events = new KubeletEvents(store);
        queue = new WorkQueue<>(context.clock());
        store.watch(CoreV1Package.Literals.NODE, this::onNodeOrPodEvent);
        store.watch(CoreV1Package.Literals.POD, this::onNodeOrPodEvent);
        store.watch(CoreV1Package.Literals.CONFIG_MAP, event -> requeueNamespace(event.object()));
        store.watch(CoreV1Package.Literals.SECRET, event -> requeueNamespace(event.object()));
        for (EClass kind : List.of(CoreV1Package.Literals.NODE, CoreV1Package.Literals.POD)) {
            for (EObject object : store.list(kind, null, null)) {
                ObjectKey key = ObjectKey.of(object);
                watched.put(key, object);
                queue.add(key);
            }
        }
    }

    @Override
    public boolean processNext() {
        Optional<ObjectKey> next = queue.get();
        if (next.isEmpty()) {
            return false;
        }
        ObjectKey key = next.get();
        try {
            if ("Node".equals(key.gvk().kind())) {
                syncNode(key.name());
            } else {
                syncPod(key);
            }
        } finally {
            queue.done(key);
        }
        return true;
    }

    /**
     * The resource usage of the running containers of a pod, for metrics: container name to {@code {cpu, memory}},
     * from the {@code pilothouse.io/cpu-usage} and {@code memory-usage} annotations (0 when not given).
     */
    public Map<String, List<Quantity>> usage(String namespace, String name) {
        Map<String, List<Quantity>> usage = new LinkedHashMap<>();
        PodWorker worker = workers.get(new ObjectKey(POD, namespace, name));
        if (worker != null) {
            worker.containers().stream().filter(ContainerRecord::running).forEach(c -> usage.put(c.name(), List.of(
                    orZero(c.behaviour.cpuUsage()), orZero(c.behaviour.memoryUsage()))));
        }
        return usage;
    }

    private void syncNode(String name) {
        Node node = node(name);
        if (node == null) {
            return;
        }
        if (!networks.containsKey(name)) {
            networks.put(name, new NodeNetwork(networks.size(), node.getSpec() == null
                    ? null
                    : node.getSpec().getPodCIDR(), internalIP(node)));
            images.put(name, new HashSet<>());
            store.<Pod>list(CoreV1Package.Literals.POD, null, null).stream()
                    .filter(pod -> name.equals(pod.getSpec().getNodeName()))
                    .forEach(pod -> queue.add(ObjectKey.of(pod)));
        }
        Node updated = EcoreUtil.copy(node);
        NodeStatusWriter.fill(updated, networks.get(name).hostIP(), store.clock().now());
        if (!EcoreUtil.equals(node.getStatus(), updated.getStatus())) {
            store.updateStatus(updated);
        }
    }

    private void syncPod(ObjectKey key) {
        Pod pod = (Pod) watched.get(key);
        PodWorker worker = workers.get(key);
        if (worker != null && (pod == null || !pod.getMetadata().getUid().equals(worker.pod.getMetadata().getUid()))) {
            release(key, worker);
            worker = null;
        }
        if (pod == null || pod.getSpec().getNodeName() == null || !networks.containsKey(pod.getSpec().getNodeName())) {
            return;
        }
        String nodeName = pod.getSpec().getNodeName();
        if (worker == null) {
            if (pod.getStatus() != null && ("Failed".equals(pod.getStatus().getPhase())
                    || "Succeeded".equals(pod.getStatus().getPhase()))) {
                return;
            }
            worker = admit(key, pod, nodeName);
            if (worker == null) {
                return;
            }
        }
        Instant next = worker.sync(pod);
        writeStatus(worker, pod);
        if (worker.terminal || worker.terminated()) {
            releaseSandbox(worker);
        }
        if (worker.terminated()) {
            workers.remove(key);
            deleteNow(pod);
            return;
        }
        if (next != null) {
            queue.addAfter(key, Duration.between(store.clock().now(), next));
        }
    }

    private PodWorker admit(ObjectKey key, Pod pod, String nodeName) {
        List<Map<String, Quantity>> admitted = new ArrayList<>();
        workers.onNode(nodeName).stream().filter(w -> !w.terminal)
                .forEach(w -> admitted.add(w.requests()));
        Node node = node(nodeName);
        Map<String, Quantity> allocatable = new TreeMap<>();
        if (node != null && node.getStatus() != null) {
            node.getStatus().getAllocatable().forEach(entry -> allocatable.put(entry.getKey(), entry.getValue()));
        }
        Optional<NodeAdmission.Rejection> rejection = NodeAdmission.admit(allocatable, admitted,
                PodResources.requests(pod.getSpec()));
        if (rejection.isPresent()) {
            events.record(pod, null, nodeName, KubeletEvents.WARNING, rejection.get().reason(),
                    rejection.get().message());
            Pod rejected = EcoreUtil.copy(pod);
            PodStatus status = pod.getStatus() == null
                    ? CoreV1Factory.eINSTANCE.createPodStatus()
                    : EcoreUtil.copy(pod.getStatus());
            status.setPhase("Failed");
            status.setReason(rejection.get().reason());
            status.setMessage("Pod was rejected: " + rejection.get().message());
            rejected.setStatus(status);
            store.updateStatus(rejected);
            return null;
        }
        NodeNetwork network = networks.get(nodeName);
        boolean hostNetwork = Boolean.TRUE.equals(pod.getSpec().getHostNetwork());
        String podIP = hostNetwork ? network.hostIP() : network.allocate();
        PodWorker worker = new PodWorker(store, events, nodeName, images.get(nodeName), pod, podIP);
        workers.put(key, worker);
        return worker;
    }

    private void writeStatus(PodWorker worker, Pod pod) {
        PodStatus status = PodStatusGenerator.generate(worker, pod.getStatus(),
                networks.get(pod.getSpec().getNodeName()).hostIP(), store.clock().now());
        if (!EcoreUtil.equals(pod.getStatus(), status)) {
            worker.written(store.updateStatusShared(KindInfo.of(pod.eClass()).withStatus(pod, status)));
        }
    }

    private void release(ObjectKey key, PodWorker worker) {
        releaseSandbox(worker);
        workers.remove(key);
    }

    /** Gives the pod's IP back to its node, once. */
    private void releaseSandbox(PodWorker worker) {
        if (!worker.sandboxReleased && !Boolean.TRUE.equals(worker.pod.getSpec().getHostNetwork())) {
            networks.get(worker.pod.getSpec().getNodeName()).release(worker.podIP);
        }
        worker.sandboxReleased = true;
    }

    private void deleteNow(Pod pod) {
        try {
            store.delete(CoreV1Package.Literals.POD, pod.getMetadata().getNamespace(), pod.getMetadata().getName(),
                    0L);
        } catch (ApiException alreadyGone) {
            workers.remove(ObjectKey.of(pod));
        }
    }

    /** Keeps the latest state of a node or pod as the watch delivers it (shared: read only), and queues its key. */
    private void onNodeOrPodEvent(WatchEvent event) {
        ObjectKey key = ObjectKey.of(event.object());
        if (event.type() == WatchEvent.Type.DELETED) {
            watched.remove(key);
        } else {
            watched.put(key, event.object());
        }
        queue.add(key);
    }

    private void requeueNamespace(EObject object) {
        String namespace = ObjectKey.of(object).namespace();
        workers.inNamespace(namespace).forEach(queue::add);
    }

    /** The watched node, or {@code null}; read only. */
    private Node node(String name) {
        return (Node) watched.get(new ObjectKey(NODE, "", name));
    }

    private static String internalIP(Node node) {
        if (node.getStatus() == null) {
            return null;
        }
        return node.getStatus().getAddresses().stream().filter(a -> "InternalIP".equals(a.getType()))
                .map(NodeAddress::getAddress).findFirst().orElse(null);
    }

    private static Quantity orZero(Quantity quantity) {
        return quantity == null ? Quantity.valueOf("0") : quantity;
    }
}
