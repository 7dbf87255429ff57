package io.pilothouse.runtime.scheduler.framework;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pilothouse.model.k8s.core.v1.ContainerImage;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.NodeSpec;
import io.pilothouse.model.k8s.core.v1.Taint;

/**
 * What the scheduler knows of one node: the node, the pods on it (bound and assumed), their summed requests, the
 * host ports they take, and the images the node has. It is updated incrementally as pods come and go.
 */
public final class NodeInfo {

    private final Map<String, Integer> imageNodeCounts;
    private Node node;
    private String name;
    private Map<String, String> labels = Map.of();
    private boolean unschedulable;
    private List<Taint> taints = List.of();
    private Resource allocatable = new Resource();
    /** The image sizes by name; replaced, never changed, so copies share it. */
    private Map<String, Long> imageSizes = Map.of();
    private final List<PodInfo> pods;
    private final List<PodInfo> podsView;
    private final Resource requested;
    private final Resource nonZeroRequested;
    private final List<HostPort> usedPorts;
    /** Replaced, never changed, so copies share it. */
    private List<PodInfo> nominatedPods = List.of();

    /**
     * An empty node info.
     *
     * @param imageNodeCounts on how many nodes each image is, kept by the snapshot and shared by its node infos
     */
    public NodeInfo(Map<String, Integer> imageNodeCounts) {
        this(imageNodeCounts, List.of(), new Resource(), new Resource(), List.of());
    }

    private NodeInfo(Map<String, Integer> imageNodeCounts, List<PodInfo> pods, Resource requested,
            Resource nonZeroRequested, List<HostPort> usedPorts) {
        this.imageNodeCounts = imageNodeCounts;
        this.pods = new ArrayList<>(pods);
        this.requested = requested;
        this.nonZeroRequested = nonZeroRequested;
        this.usedPorts = new ArrayList<>(usedPorts);
        podsView = Collections.unmodifiableList(this.pods);
    }

    /** Sets the node (added or updated); the pods stay. */
    public void setNode(Node newNode) {
        node = newNode;
        name = newNode.getMetadata().getName();
        labels = PodInfo.copyOfLabels(newNode.getMetadata().getLabels().map());
        NodeSpec spec = newNode.getSpec();
        unschedulable = spec != null && Boolean.TRUE.equals(spec.getUnschedulable());
        taints = spec == null || spec.getTaints().isEmpty() ? List.of() : List.copyOf(spec.getTaints());
        allocatable = newNode.getStatus() == null
                ? new Resource()
                : Resource.of(newNode.getStatus().getAllocatable().map());
        Map<String, Long> sizes = new HashMap<>();
        if (newNode.getStatus() != null) {
            for (ContainerImage image : newNode.getStatus().getImages()) {
                long size = image.getSizeBytes() == null ? 0 : image.getSizeBytes();
                for (String imageName : image.getNames()) {
                    sizes.put(imageName, size);
                }
            }
        }
        imageSizes = sizes.isEmpty() ? Map.of() : Collections.unmodifiableMap(sizes);
    }

    /** Adds a pod (bound, assumed or nominated). */
    public void addPod(PodInfo pod) {
        pods.add(pod);
        requested.add(pod.request(), 1);
        nonZeroRequested.add(pod.nonZeroRequest(), 1);
        if (!pod.hostPorts().isEmpty()) {
            usedPorts.addAll(pod.hostPorts());
        }
    }

    /**
     * Removes a pod by key.
     *
     * @return the pod removed, {@code null} when it was not there
     */
    public PodInfo removePod(String key) {
        for (int i = 0; i < pods.size(); i++) {
            if (pods.get(i).key().equals(key)) {
                return removePodAt(i);
            }
        }
        return null;
    }

    /**
     * Removes a pod info, the same object that was added, the one added last if it was added twice (as preemption
     * takes out the victims it picked, and the Filter search the nominated pods it put in).
     *
     * @return whether it was there
     */
    public boolean removePod(PodInfo pod) {
        int index = pods.lastIndexOf(pod);
        if (index >= 0) {
            removePodAt(index);
        }
        return index >= 0;
    }

    private PodInfo removePodAt(int index) {
        PodInfo pod = pods.remove(index);
        requested.add(pod.request(), -1);
        nonZeroRequested.add(pod.nonZeroRequest(), -1);
        for (HostPort port : pod.hostPorts()) {
            usedPorts.remove(port);
        }
        return pod;
    }

    /** A copy whose pods can change without touching this one (for nominated pods and preemption dry runs). */
    public NodeInfo copy() {
        NodeInfo copy = new NodeInfo(imageNodeCounts, pods, requested.copy(), nonZeroRequested.copy(), usedPorts);
        copy.node = node;
        copy.name = name;
        copy.labels = labels;
        copy.unschedulable = unschedulable;
        copy.taints = taints;
        copy.allocatable = allocatable;
        copy.imageSizes = imageSizes;
        copy.nominatedPods = nominatedPods;
        return copy;
    }

    /** The node, {@code null} while only its pods are known. */
    public Node node() {
        return node;
    }

    /** The node's name. */
    public String name() {
        return name;
    }

    /** The node's labels (a copy made once, for lookups without the model's overhead). */
    public Map<String, String> labels() {
        return labels;
    }

    /** {@code spec.unschedulable}: the node is cordoned. */
    public boolean unschedulable() {
        return unschedulable;
    }

    /** {@code spec.taints}, in order (the taint objects of the node, which must not be changed). */
    public List<Taint> taints() {
        return taints;
    }

    public Resource allocatable() {
        return allocatable;
    }

    public Resource requested() {
        return requested;
    }

    /** The requests with the scoring defaults for containers that request no CPU or memory. */
    public Resource nonZeroRequested() {
        return nonZeroRequested;
    }

    /** The pods on the node, in the order they were added. */
    public List<PodInfo> pods() {
        return podsView;
    }

    /** How many pods are on the node. */
    public int numPods() {
        return pods.size();
    }

    /**
     * The pending pods nominated to this node, waiting for room that preemption made here; they are not among
     * {@link #pods()}.
     */
    public List<PodInfo> nominatedPods() {
        return nominatedPods;
    }

    /** Replaces the nominated pods (an unmodifiable list). */
    public void setNominatedPods(List<PodInfo> pods) {
        nominatedPods = pods;
    }

    /** The host ports the pods take. */
    public List<HostPort> usedPorts() {
        return Collections.unmodifiableList(usedPorts);
    }

    /** The state of an image on this node, {@code null} when the node does not have it. */
    public ImageStateSummary imageState(String name) {
        Long size = imageSizes.get(name);
        return size == null ? null : new ImageStateSummary(size, imageNodeCounts.getOrDefault(name, 0));
    }

    /** The names of the images the node has. */
    public Set<String> imageNames() {
        return Collections.unmodifiableSet(imageSizes.keySet());
    }
}
