package io.pilothouse.runtime.scheduler.framework;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.pilothouse.model.k8s.core.v1.Node;

/**
 * The scheduler's view of the nodes and the pods on them, kept up to date incrementally from watch events and the
 * scheduler's own assumptions (a pod is assumed on its node as soon as it is reserved, before the binding is
 * written). Scheduling cycles run one at a time, so the live view is the cycle's snapshot.
 * <p>
 * Nodes are listed by name; upstream interleaves zones instead, which only changes which node the round-robin
 * feasibility search starts from.
 */
public final class Snapshot {

    private final Map<String, Integer> imageNodeCounts = new HashMap<>();
    private final TreeMap<String, NodeInfo> nodeInfos = new TreeMap<>();
    private final Map<String, String> podNodes = new HashMap<>();
    private List<NodeInfo> nodeList = List.of();
    private boolean nodeListStale;
    private final TreeMap<String, NodeInfo> havePodsWithAffinity = new TreeMap<>();
    private final TreeMap<String, NodeInfo> havePodsWithRequiredAntiAffinity = new TreeMap<>();

    /** The node infos of the nodes that exist, by name. */
    public List<NodeInfo> nodes() {
        if (nodeListStale) {
            List<NodeInfo> list = new ArrayList<>(nodeInfos.size());
            for (NodeInfo info : nodeInfos.values()) {
                if (info.node() != null) {
                    list.add(info);
                }
            }
            nodeList = Collections.unmodifiableList(list);
            nodeListStale = false;
        }
        return nodeList;
    }

    /** The nodes with pods that have pod affinity or anti-affinity, by name. */
    public Collection<NodeInfo> havePodsWithAffinityNodes() {
        return Collections.unmodifiableCollection(havePodsWithAffinity.values());
    }

    /** The nodes with pods that have required pod anti-affinity, by name. */
    public Collection<NodeInfo> havePodsWithRequiredAntiAffinityNodes() {
        return Collections.unmodifiableCollection(havePodsWithRequiredAntiAffinity.values());
    }

    /** Puts a node in or takes it out of the affinity lists, by what it holds now. */
    private void trackAffinity(String nodeName) {
        NodeInfo info = nodeInfos.get(nodeName);
        boolean exists = info != null && info.node() != null;
        track(havePodsWithAffinity, nodeName, info, exists && !info.podsWithAffinity().isEmpty());
        track(havePodsWithRequiredAntiAffinity, nodeName, info,
                exists && !info.podsWithRequiredAntiAffinity().isEmpty());
    }

    private static void track(Map<String, NodeInfo> list, String nodeName, NodeInfo info, boolean member) {
        if (member) {
            list.put(nodeName, info);
        } else {
            list.remove(nodeName);
        }
    }

    /** The node info of a node, {@code null} when the node does not exist. */
    public NodeInfo get(String nodeName) {
        NodeInfo info = nodeInfos.get(nodeName);
        return info == null || info.node() == null ? null : info;
    }

    /** The node a pod is bound or assumed on, {@code null} when none. */
    public String nodeOf(String podKey) {
        return podNodes.get(podKey);
    }

    /** Adds or updates a node. */
    public void putNode(Node node) {
        NodeInfo info = nodeInfos.computeIfAbsent(node.getMetadata().getName(), name -> new NodeInfo(imageNodeCounts));
        boolean added = info.node() == null;
        countImages(info, -1);
        info.setNode(node);
        countImages(info, 1);
        nodeListStale |= added;
        if (added) {
            trackAffinity(info.name());
        }
    }

    /** Removes a node; its pods stay known until they are deleted. */
    public void removeNode(String nodeName) {
        NodeInfo info = nodeInfos.get(nodeName);
        if (info == null || info.node() == null) {
            return;
        }
        countImages(info, -1);
        NodeInfo orphan = new NodeInfo(imageNodeCounts);
        for (PodInfo pod : info.pods()) {
            orphan.addPod(pod);
        }
        if (orphan.pods().isEmpty()) {
            nodeInfos.remove(nodeName);
        } else {
            nodeInfos.put(nodeName, orphan);
        }
        nodeListStale = true;
        trackAffinity(nodeName);
    }

    /** Adds a pod to a node (bound or assumed), replacing what was known of it. */
    public void addPod(PodInfo pod, String nodeName) {
        removePod(pod.key());
        nodeInfos.computeIfAbsent(nodeName, name -> new NodeInfo(imageNodeCounts)).addPod(pod);
        podNodes.put(pod.key(), nodeName);
        if (pod.hasAffinity()) {
            trackAffinity(nodeName);
        }
    }

    /** Removes a pod from its node, if it is on one. */
    public void removePod(String podKey) {
        String nodeName = podNodes.remove(podKey);
        if (nodeName == null) {
            return;
        }
        NodeInfo info = nodeInfos.get(nodeName);
        PodInfo removed = info.removePod(podKey);
        if (info.node() == null && info.pods().isEmpty()) {
            nodeInfos.remove(nodeName);
        }
        if (removed != null && removed.hasAffinity()) {
            trackAffinity(nodeName);
        }
    }

    private void countImages(NodeInfo info, int sign) {
        if (info.node() == null) {
            return;
        }
        for (String image : info.imageNames()) {
            imageNodeCounts.merge(image, sign, (a, b) -> a + b == 0 ? null : a + b);
        }
    }
}
