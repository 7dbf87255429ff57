package io.pilothouse.runtime.kubelet;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.ContainerState;
import io.pilothouse.model.k8s.core.v1.ContainerStateRunning;
import io.pilothouse.model.k8s.core.v1.ContainerStateTerminated;
import io.pilothouse.model.k8s.core.v1.ContainerStateWaiting;
import io.pilothouse.model.k8s.core.v1.ContainerStatus;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.types.Time;

/** What the simulated container runtime knows of one container of a pod, across its restarts. */
final class ContainerRecord {

    /** Where the container is in its life. */
    enum Stage {
        /** Not asked to start yet. */
        IDLE,
        /** Its image is being pulled until {@link ContainerRecord#until}. */
        PULLING,
        /** Its config refers to a missing ConfigMap, Secret or key. */
        CONFIG_ERROR,
        /** Being created and started until {@link ContainerRecord#until}. */
        CREATING,
        RUNNING,
        /** Exited, waiting for its restart back-off until {@link ContainerRecord#until}. */
        BACKOFF,
        /** Exited for good. */
        EXITED
    }

    static final CoreV1Factory CORE = CoreV1Factory.eINSTANCE;

    /** The container as the pod was admitted: a copy, so that the record does not keep that version of the pod. */
    final Container spec;
    final ContainerBehaviour behaviour;
    final boolean init;
    final boolean sidecar;
    Stage stage = Stage.IDLE;
    Instant until;
    String waitingMessage;
    Instant startedAt;
    Instant exitAt;
    int exitCode;
    String exitReason;
    Instant stopAt;
    int restartCount;
    Duration backoff;
    Instant lastRestart;
    ContainerStateTerminated terminated;
    ContainerStateTerminated lastTerminated;
    boolean started;
    boolean ready;
    Instant readyAt;
    final Map<ProbeType, ProbeState> probes = new EnumMap<>(ProbeType.class);
    final Map<ProbeType, Integer> probeCounts = new EnumMap<>(ProbeType.class);

    ContainerRecord(Container spec, ContainerBehaviour behaviour, boolean init) {
        this.spec = EcoreUtil.copy(spec);
        this.behaviour = behaviour;
        this.init = init;
        this.sidecar = init && PodResources.isSidecar(spec);
    }

    String name() {
        return spec.getName();
    }

    boolean running() {
        return stage == Stage.RUNNING;
    }

    /** Whether an init container let the next one start: it completed, or as a sidecar it has started. */
    boolean initDone() {
        return sidecar ? running() && started : stage == Stage.EXITED && terminated.getExitCode() == 0;
    }

    /** Ends the running instance with an exit code and reason at an instant. */
    void terminate(int code, String reason, Instant at) {
        terminated = CORE.createContainerStateTerminated();
        terminated.setExitCode(code);
        terminated.setReason(reason);
        terminated.setStartedAt(Time.of(startedAt));
        terminated.setFinishedAt(Time.of(at));
        started = false;
        ready = false;
        readyAt = null;
        exitAt = null;
        stopAt = null;
        probes.clear();
    }

    /** The container's status as the kubelet reports it. */
    ContainerStatus status(boolean podHasInitContainers) {
        ContainerStatus status = CORE.createContainerStatus();
        status.setName(name());
        status.setImage(spec.getImage());
        status.setReady(ready);
        status.setStarted(started);
        status.setRestartCount(restartCount);
        status.setState(state(podHasInitContainers));
        ContainerState last = CORE.createContainerState();
        if (lastTerminated != null) {
            last.setTerminated(copy(lastTerminated));
        }
        status.setLastState(last);
        return status;
    }

    private ContainerState state(boolean podHasInitContainers) {
        ContainerState state = CORE.createContainerState();
        switch (stage) {
            case RUNNING -> {
                ContainerStateRunning running = CORE.createContainerStateRunning();
                running.setStartedAt(Time.of(startedAt));
                state.setRunning(running);
            }
            case EXITED -> state.setTerminated(copy(terminated));
            case BACKOFF -> state.setWaiting(waiting("CrashLoopBackOff", waitingMessage));
            case CONFIG_ERROR -> state.setWaiting(waiting("CreateContainerConfigError", waitingMessage));
            default -> state.setWaiting(waiting(podHasInitContainers ? "PodInitializing" : "ContainerCreating", null));
        }
        return state;
    }

    private static ContainerStateWaiting waiting(String reason, String message) {
        ContainerStateWaiting waiting = CORE.createContainerStateWaiting();
        waiting.setReason(reason);
        waiting.setMessage(message);
        return waiting;
    }

    private static ContainerStateTerminated copy(ContainerStateTerminated terminated) {
        return EcoreUtil.copy(terminated);
    }
}
