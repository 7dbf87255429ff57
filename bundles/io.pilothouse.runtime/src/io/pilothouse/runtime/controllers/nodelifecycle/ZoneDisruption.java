package io.pilothouse.runtime.controllers.nodelifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Upstream's zone disruption handling: each zone's state from the Ready conditions of its nodes, and the rate of its
 * NoExecute tainter by state: {@link #EVICTION_QPS} when Normal; when PartialDisruption,
 * {@link #SECONDARY_EVICTION_QPS} in a zone of more than {@link #LARGE_CLUSTER_SIZE} nodes and none in a smaller
 * one; when FullDisruption the normal rate, unless every zone is fully disrupted: then the controller stops tainting
 * altogether ("master disruption mode") and removes the NoExecute taints it set, until a node is Ready again. What
 * upstream logs along the way is kept in order ({@link #log()}).
 */
final class ZoneDisruption {

    /** {@code --node-eviction-rate}. */
    static final double EVICTION_QPS = 0.1;
    /** {@code --secondary-node-eviction-rate}. */
    static final double SECONDARY_EVICTION_QPS = 0.01;
    /** {@code --large-cluster-size-threshold}. */
    static final int LARGE_CLUSTER_SIZE = 50;
    /** {@code --unhealthy-zone-threshold}. */
    static final double UNHEALTHY_ZONE_THRESHOLD = 0.55;

    private final Map<String, ZoneState> states = new TreeMap<>();
    private final Map<String, ZoneTainter> tainters = new TreeMap<>();
    private final List<String> log = new ArrayList<>();

    /** The zone's tainter; a zone seen for the first time starts Initial at the normal rate. */
    ZoneTainter tainter(String zone, Instant now) {
        return tainters.computeIfAbsent(zone, key -> {
            states.put(key, ZoneState.Initial);
            log("Initializing eviction metric for zone", "zone", key);
            return new ZoneTainter(EVICTION_QPS, now);
        });
    }

    /** The state of each zone, by zone key. */
    Map<String, ZoneState> states() {
        return new TreeMap<>(states);
    }

    /** Upstream's log lines, in order, as klog writes them. */
    List<String> log() {
        return List.copyOf(log);
    }

    /**
     * Upstream's {@code ComputeZoneState}: FullDisruption when no node is Ready, PartialDisruption when more than two
     * and at least the unhealthy threshold are not, Normal otherwise.
     *
     * @param ready per node, whether its Ready condition is True
     */
    static ZoneState zoneState(List<Boolean> ready) {
        long notReady = ready.stream().filter(r -> !r).count();
        if (notReady == ready.size() && notReady > 0) {
            return ZoneState.FullDisruption;
        }
        if (notReady > 2 && (float) notReady / ready.size() >= (float) UNHEALTHY_ZONE_THRESHOLD) {
            return ZoneState.PartialDisruption;
        }
        return ZoneState.Normal;
    }

    /**
     * Upstream's {@code handleDisruption} after a pass over the nodes.
     *
     * @param readyByZone per zone key, whether each node's Ready condition is True
     * @return whether every zone has just become fully disrupted, so that the NoExecute taints go
     */
    boolean handle(Map<String, List<Boolean>> readyByZone, Instant now) {
        Map<String, ZoneState> newStates = new TreeMap<>();
        boolean allAreFullyDisrupted = true;
        for (Map.Entry<String, List<Boolean>> zone : readyByZone.entrySet()) {
            ZoneState state = zoneState(zone.getValue());
            allAreFullyDisrupted &= state == ZoneState.FullDisruption;
            newStates.put(zone.getKey(), state);
            if (!states.containsKey(zone.getKey())) {
                log("Setting initial state for unseen zone", "zone", zone.getKey());
                states.put(zone.getKey(), ZoneState.Initial);
            }
        }
        states.keySet().removeIf(zone -> !readyByZone.containsKey(zone));
        boolean allWereFullyDisrupted = states.values().stream().allMatch(s -> s == ZoneState.FullDisruption);
        if (allAreFullyDisrupted && allWereFullyDisrupted) {
            return false;
        }
        if (allAreFullyDisrupted) {
            log.add("\"Controller detected that all Nodes are not-Ready. Entering master disruption mode\"");
            states.replaceAll((zone, state) -> {
                tainters.get(zone).swapLimiter(0, now);
                return ZoneState.FullDisruption;
            });
            return true;
        }
        if (allWereFullyDisrupted) {
            log.add("\"Controller detected that some Nodes are Ready. Exiting master disruption mode\"");
        }
        states.replaceAll((zone, state) -> {
            ZoneState next = newStates.get(zone);
            if (state != next || allWereFullyDisrupted) {
                if (!allWereFullyDisrupted) {
                    log("Controller detected that zone is now in new state", "zone", zone, "newState",
                            next.name());
                }
                tainters.get(zone).swapLimiter(qps(next, readyByZone.get(zone).size()), now);
            }
            return next;
        });
        return false;
    }

    /** The tainting rate of a zone in a state: upstream's {@code setLimiterInZone}. */
    private static double qps(ZoneState state, int zoneSize) {
        return switch (state) {
            case Normal, FullDisruption -> EVICTION_QPS;
            case PartialDisruption -> zoneSize > LARGE_CLUSTER_SIZE ? SECONDARY_EVICTION_QPS : 0;
            case Initial -> throw new IllegalArgumentException("no rate for a zone being initialized");
        };
    }

    /** A klog structured line: the message quoted, then {@code key="value"} pairs, Go-quoted. */
    private void log(String message, String... keysAndValues) {
        StringBuilder line = new StringBuilder(quote(message));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            line.append(' ').append(keysAndValues[i]).append('=').append(quote(keysAndValues[i + 1]));
        }
        log.add(line.toString());
    }

    private static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\0", "\\x00") + '"';
    }
}
