package io.pilothouse.runtime.scheduler;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.pilothouse.runtime.api.VirtualClock;
import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.Status;
import io.pilothouse.runtime.scheduler.framework.WaitingPod;
import io.pilothouse.runtime.scheduler.queue.QueuedPodInfo;

/**
 * A pod held at Permit: it goes on to bind once every plugin that asked it to wait allows it, and fails when one
 * rejects it or when the timeout passes in virtual time ({@code rejected due to timeout after waiting <d> at plugin
 * <name>}).
 */
final class PermitWait implements WaitingPod {

    private final Scheduler scheduler;
    private final QueuedPodInfo queued;
    private final CycleState state;
    private final String nodeName;
    private final Set<String> pending;
    private final Duration timeout;
    private VirtualClock.Timer timer;
    private Status outcome = Status.SUCCESS;

    PermitWait(Scheduler scheduler, QueuedPodInfo queued, CycleState state, String nodeName, List<String> pending,
            Duration timeout) {
        this.scheduler = scheduler;
        this.queued = queued;
        this.state = state;
        this.nodeName = nodeName;
        this.pending = new LinkedHashSet<>(pending);
        this.timeout = timeout;
    }

    QueuedPodInfo queued() {
        return queued;
    }

    CycleState state() {
        return state;
    }

    String nodeName() {
        return nodeName;
    }

    /** Success when allowed, otherwise the rejection. */
    Status outcome() {
        return outcome;
    }

    void startTimer(VirtualClock clock) {
        timer = clock.scheduleAfter(timeout, () -> {
            if (!pending.isEmpty()) {
                String plugin = pending.iterator().next();
                reject(plugin, "rejected due to timeout after waiting " + GoDurations.format(timeout) + " at plugin "
                        + plugin);
            }
        });
    }

    @Override
    public PodInfo pod() {
        return queued.podInfo();
    }

    @Override
    public Set<String> pendingPlugins() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(pending));
    }

    @Override
    public void allow(String plugin) {
        pending.remove(plugin);
        if (pending.isEmpty()) {
            timer.cancel();
            scheduler.permitDecided(this);
        }
    }

    @Override
    public void reject(String plugin, String message) {
        timer.cancel();
        pending.clear();
        outcome = Status.unschedulable(message).withPlugin(plugin);
        scheduler.permitDecided(this);
    }
}
