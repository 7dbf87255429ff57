package io.pilothouse.runtime.scheduler.framework;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
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
    private final PodsByLabel podsByLabel = new PodsByLabel();
    private List<NodeInfo> nodeList = List.of();
    private boolean nodeListStale;
    private final LinkedHashMap<Object, PodCounts> podCounts = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<Function<PodInfo, ?>, TermCounts<?>> termCounts = new HashMap<>();

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

    /**
     * How many pods on each node (and in each topology domain) a filter matches: counted over every pod the first
     * time, then kept up to date as pods are added and removed and nodes change (upstream counts once per
     * scheduling cycle instead).
     *
     * @param key     what identifies the filter: equal keys must mean filters that match the same pods
     * @param matches the filter; a pod is only added or removed as a whole, so its answer must not change
     */
    public PodCounts podCounts(Object key, Predicate<PodInfo> matches) {
        return podCounts(key, matches, null);
    }

    /**
     * As {@link #podCounts(Object, Predicate)}, for a filter that only matches pods with a label: the first count
     * walks only those pods.
     *
     * @param requiredLabel a label (key and value) every pod the filter matches has, {@code null} when none
     */
    public PodCounts podCounts(Object key, Predicate<PodInfo> matches, Map.Entry<String, String> requiredLabel) {
        PodCounts counts = podCounts.get(key);
        if (counts == null) {
            counts = new PodCounts(matches, this::get);
            if (requiredLabel == null) {
                for (NodeInfo info : nodeInfos.values()) {
                    for (PodInfo pod : info.pods()) {
                        counts.count(pod, podNodes.get(pod.key()), labelsOf(info), 1);
                    }
                }
            } else {
                for (PodInfo pod : podsByLabel.with(requiredLabel.getKey(), requiredLabel.getValue())) {
                    String nodeName = podNodes.get(pod.key());
                    counts.count(pod, nodeName, labelsOf(nodeInfos.get(nodeName)), 1);
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

    /**
     * The distinct terms of one kind that the pods carry, with their counts per topology domain: counted over every
     * pod the first time, then kept up to date as pods are added and removed and nodes change.
     *
     * @param termsOf the terms of a pod; it is also the key, so pass the same function (a constant) every time
     */
    @SuppressWarnings("unchecked")
    public <T extends TopologyTerm> TermCounts<T> termCounts(Function<PodInfo, List<T>> termsOf) {
        TermCounts<T> counts = (TermCounts<T>) termCounts.get(termsOf);
        if (counts == null) {
            counts = new TermCounts<>(termsOf);
            for (NodeInfo info : nodeInfos.values()) {
                for (PodInfo pod : info.pods()) {
                    counts.count(pod, labelsOf(info), 1);
                }
            }
            termCounts.put(termsOf, counts);
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
        Map<String, String> oldLabels = labelsOf(info);
        countImages(info, -1);
        info.setNode(node);
        countImages(info, 1);
        if (!info.labels().equals(oldLabels)) {
            moveDomains(info, oldLabels, info.labels());
        }
        nodeListStale |= added;
    }

    /** Removes a node; its pods stay known until they are deleted. */
    public void removeNode(String nodeName) {
        NodeInfo info = nodeInfos.get(nodeName);
        if (info == null || info.node() == null) {
            return;
        }
        countImages(info, -1);
        moveDomains(info, info.labels(), null);
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
    }

    /** Adds a pod to a node (bound or assumed), replacing what was known of it. */
    public void addPod(PodInfo pod, String nodeName) {
        removePod(pod.key());
        NodeInfo info = nodeInfos.computeIfAbsent(nodeName, name -> new NodeInfo(imageNodeCounts));
        info.addPod(pod);
        podNodes.put(pod.key(), nodeName);
        podsByLabel.add(pod);
        count(pod, nodeName, labelsOf(info), 1);
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
            podsByLabel.remove(removed);
            count(removed, nodeName, labelsOf(info), -1);
        }
    }

    private void count(PodInfo pod, String nodeName, Map<String, String> nodeLabels, int delta) {
        for (PodCounts counts : podCounts.values()) {
            counts.count(pod, nodeName, nodeLabels, delta);
        }
        for (TermCounts<?> counts : termCounts.values()) {
            counts.count(pod, nodeLabels, delta);
        }
    }

    /** Moves the pods of a node between topology domains: its labels changed, or it was added or removed. */
    private void moveDomains(NodeInfo info, Map<String, String> oldLabels, Map<String, String> newLabels) {
        for (PodCounts counts : podCounts.values()) {
            counts.moveNode(info.name(), oldLabels, newLabels);
        }
        for (TermCounts<?> counts : termCounts.values()) {
            counts.moveNode(info.pods(), oldLabels, newLabels);
        }
    }

    /** The labels of a node, {@code null} while only its pods are known. */
    private static Map<String, String> labelsOf(NodeInfo info) {
        return info.node() == null ? null : info.labels();
    }

    private void countImages(NodeInfo info, int sign) {
        if (info.node() == null) {
            return;
        }
        for (String image : info.imageNames()) {
            imageNodeCounts.merge(image, sign, (a, b) -> a + b == 0 ? null : a + b);
        }
    }

    /**
     * The pods per node that one filter matches, by node name, and per domain of the topology keys asked for (see
     * {@link Snapshot#podCounts}).
     */
    public static final class PodCounts {

        private final Predicate<PodInfo> matches;
        private final Function<String, NodeInfo> nodes;
        private final Map<String, int[]> byNode = new HashMap<>();
        private final Map<String, DomainCounts> byDomain = new HashMap<>();

        PodCounts(Predicate<PodInfo> matches, Function<String, NodeInfo> nodes) {
            this.matches = matches;
            this.nodes = nodes;
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

        /** How many of the pods on the existing nodes the filter matches, per value of a node label. */
        public DomainCounts domains(String topologyKey) {
            DomainCounts domains = byDomain.get(topologyKey);
            if (domains == null) {
                DomainCounts counted = new DomainCounts(topologyKey);
                forEachNode((nodeName, count) -> {
                    NodeInfo node = nodes.apply(nodeName);
                    counted.add(node == null ? null : node.labels(), count);
                });
                byDomain.put(topologyKey, counted);
                domains = counted;
            }
            return domains;
        }

        void count(PodInfo pod, String nodeName, Map<String, String> nodeLabels, int delta) {
            if (matches.test(pod)) {
                byNode.computeIfAbsent(nodeName, name -> new int[1])[0] += delta;
                for (DomainCounts domains : byDomain.values()) {
                    domains.add(nodeLabels, delta);
                }
            }
        }

        void moveNode(String nodeName, Map<String, String> oldLabels, Map<String, String> newLabels) {
            int count = on(nodeName);
            for (DomainCounts domains : byDomain.values()) {
                domains.add(oldLabels, -count);
                domains.add(newLabels, count);
            }
        }
    }
}
