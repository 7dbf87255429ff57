package io.pilothouse.runtime.kubelet;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.Lifecycle;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.Probe;
import io.pilothouse.model.types.Quantity;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.kubelet.ContainerRecord.Stage;

/**
 * Runs one admitted pod on a node, as upstream's pod worker with the container runtime, prober and restart
 * back-off: init containers in order (a sidecar lets the next one start once started), then the regular containers;
 * restarts under the restart policy with a back-off of 10 s doubling to 5 min (reset when the container ran for
 * more than 10 min); probes; and graceful termination. {@link #sync} moves the pod to the current instant and tells
 * when it next needs to run.
 */
final class PodWorker {

    static final Duration INITIAL_BACKOFF = Duration.ofSeconds(10);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    static final int SIGTERM_EXIT_CODE = 143;
    static final int SIGKILL_EXIT_CODE = 137;

    private final ObjectStore store;
    private final KubeletEvents events;
    private final String node;
    private final Set<String> nodeImages;
    private final List<ContainerRecord> containers = new ArrayList<>();
    private final boolean hasInitContainers;
    private final SimulationAnnotations.PodBehaviour probeFailures;
    final String podIP;
    final Instant startTime;
    /** The pod as last written; read only, changed through {@link #written}. */
    Pod pod;
    private Map<String, Quantity> requests;
    Instant deadline;
    boolean terminal;
    boolean sandboxReleased;

    PodWorker(ObjectStore store, KubeletEvents events, String node, Set<String> nodeImages, Pod pod, String podIP) {
        this.store = store;
        this.events = events;
        this.node = node;
        this.nodeImages = nodeImages;
        written(pod);
        this.podIP = podIP;
        this.startTime = store.clock().now();
        SimulationAnnotations.PodBehaviour behaviour = SimulationAnnotations.read(pod);
        behaviour.warnings().forEach(warning -> event(null, KubeletEvents.WARNING, "InvalidSimulationAnnotation",
                warning));
        pod.getSpec().getInitContainers().forEach(c -> containers.add(new ContainerRecord(c, behaviour.container(c),
                true)));
        pod.getSpec().getContainers().forEach(c -> containers.add(new ContainerRecord(c, behaviour.container(c),
                false)));
        probeFailures = behaviour;
        hasInitContainers = !pod.getSpec().getInitContainers().isEmpty();
    }

    /** The pod as the kubelet's latest status write stored it. */
    void written(Pod stored) {
        pod = stored;
        requests = PodResources.requests(stored.getSpec());
    }

    /** The pod's effective requests ({@link PodResources#requests}), for the node's admission of other pods. */
    Map<String, Quantity> requests() {
        return requests;
    }

    /** The node the pod runs on. */
    String node() {
        return node;
    }

    List<ContainerRecord> containers() {
        return containers;
    }

    boolean hasInitContainers() {
        return hasInitContainers;
    }

    /** Whether the pod is being deleted and none of its containers runs any more. */
    boolean terminated() {
        return deadline != null && containers.stream().noneMatch(ContainerRecord::running);
    }

    /**
     * Moves the pod to the instant {@code now}.
     *
     * @return the next instant something is due, or {@code null}
     */
    Instant sync(Pod latest) {
        pod = latest;
        Instant now = store.clock().now();
        if (deadline == null && latest.getMetadata().getDeletionTimestamp() != null) {
            deadline = latest.getMetadata().getDeletionTimestamp().toInstant();
            containers.stream().filter(ContainerRecord::running).forEach(c -> stop(c, now));
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (ContainerRecord container : containers) {
                changed |= advance(container, now);
            }
            changed |= startWhatCanStart(now);
            changed |= finishIfDone(now);
        }
        return containers.stream().flatMap(this::dueInstants).min(Instant::compareTo).orElse(null);
    }

    private Stream<Instant> dueInstants(ContainerRecord c) {
        List<Instant> due = new ArrayList<>();
        if (c.stage == Stage.PULLING || c.stage == Stage.CREATING || c.stage == Stage.BACKOFF) {
            due.add(c.until);
        }
        Stream.of(c.exitAt, c.stopAt, c.readyAt).filter(Objects::nonNull).forEach(due::add);
        c.probes.values().forEach(probe -> due.add(probe.nextAt));
        return due.stream();
    }

    private boolean advance(ContainerRecord c, Instant now) {
        switch (c.stage) {
            case PULLING, CREATING, BACKOFF -> {
                if (deadline != null || c.until.isAfter(now)) {
                    return false;
                }
                if (c.stage == Stage.PULLING) {
                    event(c, KubeletEvents.NORMAL, "Pulled", "Successfully pulled image \"" + c.spec.getImage()
                            + "\" in " + goDuration(c.behaviour.imagePull()) + " ("
                            + goDuration(c.behaviour.imagePull()) + " including waiting). Image size: 0 bytes.");
                    create(c, now);
                } else if (c.stage == Stage.CREATING) {
                    run(c, now);
                } else {
                    c.restartCount++;
                    start(c, now);
                }
                return true;
            }
            case CONFIG_ERROR -> {
                if (deadline != null || ConfigReferences.check(store, namespace(), c.spec) != null) {
                    return false;
                }
                create(c, now);
                return true;
            }
            case RUNNING -> {
                return advanceRunning(c, now);
            }
            default -> {
                return false;
            }
        }
    }

    private boolean advanceRunning(ContainerRecord c, Instant now) {
        if (c.stopAt != null && !c.stopAt.isAfter(now)) {
            c.terminate(c.exitCode, "Error", now);
            c.stage = Stage.EXITED;
            return true;
        }
        if (c.exitAt != null && !c.exitAt.isAfter(now)) {
            c.terminate(c.exitCode, c.exitReason, now);
            exited(c, now);
            return true;
        }
        if (c.readyAt != null && !c.readyAt.isAfter(now)) {
            c.readyAt = null;
            c.ready = c.started;
            return true;
        }
        for (ProbeState probe : c.probes.values()) {
            if (!probe.nextAt.isAfter(now)) {
                probe(c, probe, now);
                return true;
            }
        }
        return false;
    }

    private boolean startWhatCanStart(Instant now) {
        if (deadline != null || terminal) {
            return false;
        }
        boolean changed = false;
        for (ContainerRecord c : containers) {
            if (c.stage == Stage.IDLE) {
                start(c, now);
                changed = true;
            }
            if (c.init && !c.initDone()) {
                return changed;
            }
        }
        return changed;
    }

    /** Stops the sidecars once the regular containers are done for good, and marks the pod terminal. */
    private boolean finishIfDone(Instant now) {
        if (terminal || deadline != null || containers.stream().filter(c -> !c.init)
                .anyMatch(c -> c.stage != Stage.EXITED) && !initFailedForGood()) {
            return false;
        }
        terminal = true;
        for (ContainerRecord c : containers) {
            if (c.running()) {
                event(c, KubeletEvents.NORMAL, "Killing", "Stopping container " + c.name());
                c.terminate(SIGTERM_EXIT_CODE, "Error", now);
                c.stage = Stage.EXITED;
            } else if (c.stage == Stage.BACKOFF) {
                c.stage = Stage.EXITED;
            }
        }
        return true;
    }

    boolean initFailedForGood() {
        return containers.stream().anyMatch(c -> c.init && !c.sidecar && c.stage == Stage.EXITED
                && c.terminated.getExitCode() != 0);
    }

    private void start(ContainerRecord c, Instant now) {
        String image = c.spec.getImage();
        if (mustPull(c.spec) || !nodeImages.contains(image)) {
            event(c, KubeletEvents.NORMAL, "Pulling", "Pulling image \"" + image + "\"");
            nodeImages.add(image);
            c.stage = Stage.PULLING;
            c.until = now.plus(c.behaviour.imagePull());
            advance(c, now);
            return;
        }
        event(c, KubeletEvents.NORMAL, "Pulled", "Container image \"" + image + "\" already present on machine");
        create(c, now);
    }

    private void create(ContainerRecord c, Instant now) {
        String error = ConfigReferences.check(store, namespace(), c.spec);
        if (error != null) {
            if (c.stage != Stage.CONFIG_ERROR) {
                event(c, KubeletEvents.WARNING, "Failed", "Error: " + error);
            }
            c.stage = Stage.CONFIG_ERROR;
            c.waitingMessage = error;
            return;
        }
        c.stage = Stage.CREATING;
        c.waitingMessage = null;
        c.until = now.plus(c.behaviour.startDelay());
        advance(c, now);
    }

    private void run(ContainerRecord c, Instant now) {
        event(c, KubeletEvents.NORMAL, "Created", "Created container: " + c.name());
        event(c, KubeletEvents.NORMAL, "Started", "Started container " + c.name());
        c.stage = Stage.RUNNING;
        c.startedAt = now;
        c.lastRestart = now;
        Quantity limit = PodResources.memoryLimit(c.spec);
        if (limit != null && c.behaviour.memoryUsage() != null && c.behaviour.memoryUsage().compareTo(limit) > 0) {
            c.exitAt = now;
            c.exitCode = SIGKILL_EXIT_CODE;
            c.exitReason = "OOMKilled";
        } else if (c.behaviour.runDuration() != null) {
            c.exitAt = now.plus(c.behaviour.runDuration());
            c.exitCode = c.behaviour.exitCode();
            c.exitReason = c.exitCode == 0 ? "Completed" : "Error";
        }
        Probe startup = c.spec.getStartupProbe();
        if (startup != null) {
            c.probes.put(ProbeType.STARTUP, new ProbeState(ProbeType.STARTUP, startup,
                    now.plus(ProbeState.initialDelay(startup))));
        } else {
            markStarted(c, now);
        }
    }

    private void markStarted(ContainerRecord c, Instant now) {
        c.started = true;
        for (ProbeType type : List.of(ProbeType.READINESS, ProbeType.LIVENESS)) {
            Probe probe = type.of(c.spec);
            if (probe != null) {
                Instant first = c.startedAt.plus(ProbeState.initialDelay(probe));
                c.probes.put(type, new ProbeState(type, probe, first.isBefore(now) ? now : first));
            }
        }
        if (c.spec.getReadinessProbe() == null) {
            c.readyAt = now.plus(c.behaviour.readyAfter());
        }
    }

    private void probe(ContainerRecord c, ProbeState probe, Instant now) {
        int number = c.probeCounts.merge(probe.type, 1, Integer::sum);
        Duration uptime = Duration.between(c.startedAt, now);
        boolean fails = probeFailures.probeFailures(probe.type).fails(number, uptime)
                || probe.type == ProbeType.READINESS && uptime.compareTo(c.behaviour.readyAfter()) < 0;
        if (fails) {
            event(c, KubeletEvents.WARNING, "Unhealthy", probe.type.title() + " probe failed: "
                    + probe.failureOutput(podIP));
        }
        boolean thresholdReached = probe.record(!fails);
        switch (probe.type) {
            case STARTUP -> {
                if (probe.result) {
                    c.probes.remove(ProbeType.STARTUP);
                    markStarted(c, now);
                } else if (thresholdReached) {
                    kill(c, "startup", now);
                }
            }
            case LIVENESS -> {
                if (thresholdReached) {
                    kill(c, "liveness", now);
                }
            }
            case READINESS -> c.ready = probe.result;
        }
    }

    private void kill(ContainerRecord c, String probe, Instant now) {
        event(c, KubeletEvents.NORMAL, "Killing", "Container " + c.name() + " failed " + probe
                + " probe, will be restarted");
        c.terminate(SIGTERM_EXIT_CODE, "Error", now);
        exited(c, now);
    }

    /** Decides what follows an exit: a restart after the back-off, or the end. */
    private void exited(ContainerRecord c, Instant now) {
        if (deadline != null || terminal || !shouldRestart(c)) {
            c.stage = Stage.EXITED;
            return;
        }
        boolean stable = c.backoff == null || Duration.between(c.lastRestart, now).compareTo(MAX_BACKOFF
                .multipliedBy(2)) > 0;
        c.backoff = stable ? INITIAL_BACKOFF : min(c.backoff.multipliedBy(2), MAX_BACKOFF);
        c.stage = Stage.BACKOFF;
        c.until = now.plus(c.backoff);
        c.lastTerminated = c.terminated;
        c.terminated = null;
        c.waitingMessage = "back-off " + goDuration(c.backoff) + " restarting failed container=" + c.name()
                + " pod=" + formatPod();
        event(c, KubeletEvents.WARNING, "BackOff", "Back-off restarting failed container " + c.name() + " in pod "
                + formatPod());
    }

    private boolean shouldRestart(ContainerRecord c) {
        if (c.sidecar) {
            return true;
        }
        String policy = pod.getSpec().getRestartPolicy() == null ? "Always" : pod.getSpec().getRestartPolicy();
        boolean failed = c.terminated.getExitCode() != 0;
        if (c.init) {
            return failed && !"Never".equals(policy);
        }
        return "Always".equals(policy) || failed && "OnFailure".equals(policy);
    }

    /** Runs the preStop hook and sends SIGTERM; the container stops when the hook ends, by the deadline at most. */
    private void stop(ContainerRecord c, Instant now) {
        event(c, KubeletEvents.NORMAL, "Killing", "Stopping container " + c.name());
        Instant hookEnd = now.plus(preStopDuration(c));
        c.stopAt = hookEnd.isBefore(deadline) ? hookEnd : deadline;
        c.exitCode = hookEnd.isBefore(deadline) ? SIGTERM_EXIT_CODE : SIGKILL_EXIT_CODE;
        c.exitAt = null;
        c.probes.clear();
    }

    private Duration preStopDuration(ContainerRecord c) {
        Lifecycle lifecycle = c.spec.getLifecycle();
        if (lifecycle == null || lifecycle.getPreStop() == null) {
            return Duration.ZERO;
        }
        if (lifecycle.getPreStop().getSleep() != null) {
            return Duration.ofSeconds(lifecycle.getPreStop().getSleep().getSeconds());
        }
        return c.behaviour.preStop();
    }

    private boolean mustPull(Container container) {
        String policy = container.getImagePullPolicy();
        if (policy == null) {
            String image = container.getImage();
            int slash = image.lastIndexOf('/');
            String last = image.substring(slash + 1);
            return !last.contains(":") && !last.contains("@") || last.endsWith(":latest");
        }
        return "Always".equals(policy);
    }

    private void event(ContainerRecord c, String type, String reason, String note) {
        events.record(pod, c == null ? null : c.name(), node, type, reason, note);
    }

    private String namespace() {
        return pod.getMetadata().getNamespace();
    }

    /** {@code name_namespace(uid)}, as upstream's {@code format.Pod}. */
    String formatPod() {
        return pod.getMetadata().getName() + "_" + namespace() + "(" + pod.getMetadata().getUid() + ")";
    }

    static String goDuration(Duration duration) {
        return io.pilothouse.model.types.Duration.of(duration).toString();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
