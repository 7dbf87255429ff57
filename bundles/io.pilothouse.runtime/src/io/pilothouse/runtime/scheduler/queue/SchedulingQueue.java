package io.pilothouse.runtime.scheduler.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.pilothouse.runtime.api.VirtualClock;
import io.pilothouse.runtime.scheduler.framework.ClusterEvent;
import io.pilothouse.runtime.scheduler.framework.Framework;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.Status;

/**
 * Upstream's {@code PriorityQueue} in virtual time: the active queue ordered by the QueueSort plugin, the backoff
 * queue (1 s doubling per attempt up to 10 s after the last attempt), and the unschedulable pool, left on a cluster
 * event that one of the plugins that rejected the pod registered for, or after 5 minutes (checked every 30 s from the
 * queue's start, as upstream's flush loop). Pods a PreEnqueue plugin rejects wait in the pool, gated, until they are
 * updated or an event the gating plugin registered for happens.
 * <p>
 * Unlike upstream (feature SchedulerPopFromBackoffQ), pods are not popped from the backoff queue before their backoff
 * ends when the active queue is empty: a pod that keeps failing with an error would otherwise never let the
 * simulation settle.
 */
public final class SchedulingQueue {

    /** The backoff after the first failed attempt. */
    public static final Duration INITIAL_BACKOFF = Duration.ofSeconds(1);
    /** The longest backoff. */
    public static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
    /** How long a pod stays in the unschedulable pool without a matching event. */
    public static final Duration MAX_IN_UNSCHEDULABLE_PODS = Duration.ofMinutes(5);
    /** How often the pool is checked for pods that stayed too long. */
    public static final Duration FLUSH_PERIOD = Duration.ofSeconds(30);

    private final VirtualClock clock;
    private final Instant start;
    private final TreeSet<QueuedPodInfo> activeQ;
    private final Map<String, QueuedPodInfo> backoffQ = new HashMap<>();
    private final Map<String, QueuedPodInfo> unschedulablePods = new LinkedHashMap<>();
    private final Map<String, QueuedPodInfo> activeByKey = new HashMap<>();
    private final Map<String, QueuedPodInfo> inFlight = new HashMap<>();
    /** The cluster events received while each in-flight pod was being scheduled, as upstream's in-flight events. */
    private final Map<String, List<ClusterEvent>> inFlightEvents = new HashMap<>();
    private long sequence;

    /**
     * An empty queue.
     *
     * @param sortFramework the framework whose QueueSort plugin orders the active queue
     */
    public SchedulingQueue(VirtualClock clock, Framework sortFramework) {
        this.clock = clock;
        this.start = clock.now();
        Comparator<QueuedPodInfo> order = (a, b) -> {
            if (sortFramework.less(a.podInfo(), a.timestamp(), b.podInfo(), b.timestamp())) {
                return -1;
            }
            if (sortFramework.less(b.podInfo(), b.timestamp(), a.podInfo(), a.timestamp())) {
                return 1;
            }
            return Long.compare(a.sequence(), b.sequence());
        };
        activeQ = new TreeSet<>(order);
    }

    /** Queues a new pending pod: to the active queue, or gated to the pool when a PreEnqueue plugin rejects it. */
    public void add(PodInfo pod, Framework framework) {
        QueuedPodInfo queued = new QueuedPodInfo(pod, framework, clock.now(), sequence++);
        moveToActiveOrGate(queued);
    }

    /** Takes the next pod of the active queue and counts an attempt; {@code null} when empty. */
    public QueuedPodInfo pop() {
        QueuedPodInfo next = activeQ.pollFirst();
        if (next == null) {
            return null;
        }
        activeByKey.remove(next.podInfo().key());
        next.startAttempt(clock.now());
        inFlight.put(next.podInfo().key(), next);
        inFlightEvents.put(next.podInfo().key(), new ArrayList<>());
        return next;
    }

    /** The attempt of a popped pod is over and it was bound (or deleted). */
    public void done(String key) {
        inFlight.remove(key);
        inFlightEvents.remove(key);
    }

    /**
     * Requeues a pod whose attempt failed: to the backoff queue after an error (no rejecting plugin); when plugins
     * rejected it, as a pod moved by an event if an event received during the attempt may make it schedulable (a
     * victim of its preemption deleted at once, say), otherwise to the unschedulable pool.
     */
    public void addUnschedulable(QueuedPodInfo queued, Set<String> rejectors) {
        String key = queued.podInfo().key();
        List<ClusterEvent> received = inFlightEvents.remove(key);
        if (inFlight.remove(key) == null) {
            return;
        }
        queued.setTimestamp(clock.now());
        queued.setUnschedulablePlugins(rejectors);
        if (rejectors.isEmpty()) {
            moveToBackoff(queued);
        } else if (received.stream()
                .anyMatch(event -> queued.framework().mayMakeSchedulable(queued.podInfo(), rejectors, event))) {
            requeue(queued);
        } else {
            unschedulablePods.put(key, queued);
            scheduleFlush(queued);
        }
    }

    /** Replaces a queued pod's object after an update; a gated pod is checked again, a rejected one maybe moved. */
    public void update(PodInfo pod, int podUpdateActions) {
        String key = pod.key();
        QueuedPodInfo active = activeByKey.get(key);
        if (active != null) {
            activeQ.remove(active);
            active.setPodInfo(pod);
            activeQ.add(active);
            return;
        }
        QueuedPodInfo queued = backoffQ.get(key) != null ? backoffQ.get(key) : inFlight.get(key);
        if (queued != null) {
            queued.setPodInfo(pod);
            return;
        }
        queued = unschedulablePods.get(key);
        if (queued == null) {
            return;
        }
        queued.setPodInfo(pod);
        if (queued.gatingPlugin() != null) {
            unschedulablePods.remove(key);
            queued.replaceTimer(null);
            moveToActiveOrGate(queued);
        } else if (podUpdateActions != 0 && queued.framework().mayMakeSchedulable(pod, queued.unschedulablePlugins(),
                new ClusterEvent(ClusterEvent.EventResource.UNSCHEDULED_POD, podUpdateActions, pod.pod()))) {
            unschedulablePods.remove(key);
            requeue(queued);
        }
    }

    /** The queued pod under a key, wherever it waits (or is being scheduled); {@code null} when not queued. */
    public PodInfo podInfo(String key) {
        for (Map<String, QueuedPodInfo> place : List.of(activeByKey, backoffQ, unschedulablePods, inFlight)) {
            QueuedPodInfo queued = place.get(key);
            if (queued != null) {
                return queued.podInfo();
            }
        }
        return null;
    }

    /** Forgets a pod (deleted, or bound by someone else). */
    public void delete(String key) {
        inFlightEvents.remove(key);
        for (Map<String, QueuedPodInfo> place : List.of(backoffQ, unschedulablePods, activeByKey, inFlight)) {
            QueuedPodInfo queued = place.remove(key);
            if (queued != null) {
                queued.replaceTimer(null);
                activeQ.remove(queued);
            }
        }
    }

    /**
     * Moves the pods of the pool that the event may make schedulable, in the order they entered the pool, and
     * records the event for the pods being scheduled. A gated pod moves when its gating PreEnqueue plugin registered
     * for the event, and is checked by PreEnqueue again.
     */
    public void onClusterEvent(ClusterEvent event) {
        inFlightEvents.values().forEach(events -> events.add(event));
        List<QueuedPodInfo> moving = new ArrayList<>();
        for (QueuedPodInfo queued : unschedulablePods.values()) {
            Set<String> rejectors = queued.gatingPlugin() == null
                    ? queued.unschedulablePlugins()
                    : Set.of(queued.gatingPlugin());
            if (queued.framework().mayMakeSchedulable(queued.podInfo(), rejectors, event)) {
                moving.add(queued);
            }
        }
        for (QueuedPodInfo queued : moving) {
            unschedulablePods.remove(queued.podInfo().key());
            if (queued.gatingPlugin() == null) {
                requeue(queued);
            } else {
                moveToActiveOrGate(queued);
            }
        }
    }

    /** Where a pod is: {@code activeQ}, {@code backoffQ}, {@code unschedulablePods}, {@code gated} or {@code null}. */
    public String placeOf(String key) {
        if (activeByKey.containsKey(key)) {
            return "activeQ";
        }
        if (backoffQ.containsKey(key)) {
            return "backoffQ";
        }
        QueuedPodInfo pooled = unschedulablePods.get(key);
        if (pooled != null) {
            return pooled.gatingPlugin() != null ? "gated" : "unschedulablePods";
        }
        return inFlight.containsKey(key) ? "inFlight" : null;
    }

    /** The backoff after a pod's attempts: 1 s doubled per further attempt, at most 10 s. */
    public static Duration backoffDuration(int attempts) {
        Duration duration = INITIAL_BACKOFF;
        for (int i = 1; i < attempts; i++) {
            if (duration.compareTo(MAX_BACKOFF.minus(duration)) > 0) {
                return MAX_BACKOFF;
            }
            duration = duration.plus(duration);
        }
        return duration;
    }

    private void moveToActiveOrGate(QueuedPodInfo queued) {
        Status status = queued.framework().runPreEnqueue(queued.podInfo());
        if (status.isSuccess()) {
            queued.setGatingPlugin(null);
            activeQ.add(queued);
            activeByKey.put(queued.podInfo().key(), queued);
        } else {
            queued.setGatingPlugin(status.plugin());
            unschedulablePods.put(queued.podInfo().key(), queued);
        }
    }

    private void requeue(QueuedPodInfo queued) {
        queued.replaceTimer(null);
        if (clock.now().isBefore(backoffExpiry(queued))) {
            moveToBackoff(queued);
        } else {
            moveToActiveOrGate(queued);
        }
    }

    private Instant backoffExpiry(QueuedPodInfo queued) {
        return queued.timestamp().plus(backoffDuration(queued.attempts()));
    }

    private void moveToBackoff(QueuedPodInfo queued) {
        String key = queued.podInfo().key();
        backoffQ.put(key, queued);
        queued.replaceTimer(clock.schedule(backoffExpiry(queued), () -> {
            if (backoffQ.remove(key) == queued) {
                moveToActiveOrGate(queued);
            }
        }));
    }

    private void scheduleFlush(QueuedPodInfo queued) {
        String key = queued.podInfo().key();
        Instant limit = queued.timestamp().plus(MAX_IN_UNSCHEDULABLE_PODS);
        long periods = Duration.between(start, limit).dividedBy(FLUSH_PERIOD) + 1;
        Instant tick = start.plus(FLUSH_PERIOD.multipliedBy(periods));
        queued.replaceTimer(clock.schedule(tick, () -> {
            if (unschedulablePods.get(key) == queued) {
                unschedulablePods.remove(key);
                requeue(queued);
            }
        }));
    }
}
