package io.pilothouse.runtime.scheduler.framework;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;

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

    /** How many pod filters {@link #podCounts} keeps counts for; the least recently used one goes first. */
    static final int MAX_POD_COUNTS = 64;

    private final Map<String, Integer> imageNodeCounts = new HashMap<>();
    private final TreeMap<String, NodeInfo> nodeInfos = new TreeMap<>();
    private final Map<String, String> podNodes = new HashMap<>();
    private List<NodeInfo> nodeList = List.of();
    private boolean nodeListStale;
    private final TreeMap<String, NodeInfo> havePodsWithAffinity = new TreeMap<>();
    private final TreeMap<String, NodeInfo> havePodsWithRequiredAntiAffinity = new TreeMap<>();
    private final LinkedHashMap<Object, PodCounts> podCounts = new LinkedHashMap<>(16, 0.75f, true);

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

    /**
     * How many pods on each node a filter matches: counted over every pod the first time, then kept up to date as
     * pods are added and removed (upstream counts once per scheduling cycle instead).
     *
     * @param key     what identifies the filter: equal keys must mean filters that match the same pods
     * @param matches the filter; a pod is only added or removed as a whole, so its answer must not change
     */
    public PodCounts podCounts(Object key, Predicate<PodInfo> matches) {
        PodCounts counts = podCounts.get(key);
        if (counts == null) {
            counts = new PodCounts(matches);
            for (NodeInfo info : nodeInfos.values()) {
                for (PodInfo pod : info.pods()) {
                    counts.count(pod, podNodes.get(pod.key()), 1);
                }
            }
            podCounts.put(key, counts);
            if (podCounts.size() > MAX_POD_COUNTS) {
                Iterator<PodCounts> eldest = podCounts.values().iterator();
                eldest.next();
                eldest.remove();
            }
        }
        return counts;
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
        for (PodCounts counts : podCounts.values()) {
            counts.count(pod, nodeName, 1);
        }
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
        if (removed != null) {
            for (PodCounts counts : podCounts.values()) {
                counts.count(removed, nodeName, -1);
            }
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

    /** The pods per node that one filter matches, by node name (see {@link Snapshot#podCounts}). */
    public static final class PodCounts {

        private final Predicate<PodInfo> matches;
        private final Map<String, int[]> byNode = new HashMap<>();

        PodCounts(Predicate<PodInfo> matches) {
            this.matches = matches;
        }

        /** How many of the pods on a node the filter matches. */
        public int on(String nodeName) {
            int[] count = byNode.get(nodeName);
            return count == null ? 0 : count[0];
        }

        /** Calls {@code action} with each node name and count, for the nodes where the filter matches pods. */
        public void forEachNode(ObjIntConsumer<String> action) {
            byNode.forEach((nodeName, count) -> {
                if (count[0] > 0) {
                    action.accept(nodeName, count[0]);
                }
            });
        }

        void count(PodInfo pod, String nodeName, int delta) {
            if (matches.test(pod)) {
                byNode.computeIfAbsent(nodeName, name -> new int[1])[0] += delta;
            }
        }
    }
}
