package io.pilothouse.runtime.scheduler.queue;

import java.time.Instant;
import java.util.Set;

import io.pilothouse.runtime.api.VirtualClock;
import io.pilothouse.runtime.scheduler.framework.Framework;
import io.pilothouse.runtime.scheduler.framework.PodInfo;

/**
 * A pod waiting in the scheduling queue, with what the queue tracks about it: when it was queued, how many
 * scheduling attempts it had, which plugins rejected it last, and whether a PreEnqueue plugin keeps it out.
 */
public final class QueuedPodInfo {

    private final Framework framework;
    private final long sequence;
    private PodInfo podInfo;
    private Instant timestamp;
    private int attempts;
    private Instant initialAttemptTimestamp;
    private Set<String> unschedulablePlugins = Set.of();
    private String gatingPlugin;
    private VirtualClock.Timer timer;

    QueuedPodInfo(PodInfo podInfo, Framework framework, Instant timestamp, long sequence) {
        this.podInfo = podInfo;
        this.framework = framework;
        this.timestamp = timestamp;
        this.sequence = sequence;
    }

    /** The pod. */
    public PodInfo podInfo() {
        return podInfo;
    }

    /** The framework of the pod's profile. */
    public Framework framework() {
        return framework;
    }

    /** When the pod was last queued (after its last failed attempt). */
    public Instant timestamp() {
        return timestamp;
    }

    /** The scheduling attempts so far, counting the one under way. */
    public int attempts() {
        return attempts;
    }

    /** When the first attempt began. */
    public Instant initialAttemptTimestamp() {
        return initialAttemptTimestamp;
    }

    /** The plugins that rejected the pod in its last attempt. */
    public Set<String> unschedulablePlugins() {
        return unschedulablePlugins;
    }

    /** The PreEnqueue plugin keeping the pod out of the active queue, {@code null} when none. */
    public String gatingPlugin() {
        return gatingPlugin;
    }

    long sequence() {
        return sequence;
    }

    void setPodInfo(PodInfo podInfo) {
        this.podInfo = podInfo;
    }

    void setTimestamp(Instant timestamp) {
        this.timestamp = timestamp;
    }

    void startAttempt(Instant now) {
        attempts++;
        if (initialAttemptTimestamp == null) {
            initialAttemptTimestamp = now;
        }
    }

    void setUnschedulablePlugins(Set<String> plugins) {
        unschedulablePlugins = Set.copyOf(plugins);
    }

    void setGatingPlugin(String plugin) {
        gatingPlugin = plugin;
    }

    void replaceTimer(VirtualClock.Timer next) {
        if (timer != null) {
            timer.cancel();
        }
        timer = next;
    }
}
