package io.pilothouse.cli.preview;

import java.util.List;

import io.pilothouse.model.k8s.core.v1.ContainerStatus;
import io.pilothouse.model.k8s.core.v1.Pod;

/** The STATUS column of {@code kubectl get pods}: the phase, refined by the reasons of the containers' states. */
final class PodStatusText {

    private PodStatusText() {}

    static String of(Pod pod) {
        String reason = pod.getStatus() == null || pod.getStatus().getPhase() == null
                ? "Pending"
                : pod.getStatus().getPhase();
        if (pod.getStatus() != null && pod.getStatus().getReason() != null) {
            reason = pod.getStatus().getReason();
        }
        List<ContainerStatus> init = pod.getStatus() == null ? List.of() : pod.getStatus().getInitContainerStatuses();
        for (int i = 0; i < init.size(); i++) {
            String initReason = initReason(init.get(i), i, pod.getSpec().getInitContainers().size());
            if (initReason != null) {
                return terminating(pod, initReason);
            }
        }
        boolean running = false;
        List<ContainerStatus> containers = pod.getStatus() == null
                ? List.of()
                : pod.getStatus().getContainerStatuses();
        for (int i = containers.size() - 1; i >= 0; i--) {
            ContainerStatus container = containers.get(i);
            var state = container.getState();
            if (state == null) {
                continue;
            }
            if (state.getWaiting() != null && state.getWaiting().getReason() != null) {
                reason = state.getWaiting().getReason();
            } else if (state.getTerminated() != null) {
                reason = terminatedReason(state.getTerminated());
            } else if (state.getRunning() != null && Boolean.TRUE.equals(container.getReady())) {
                running = true;
            }
        }
        if (reason.equals("Completed") && running) {
            reason = "Running";
        }
        return terminating(pod, reason);
    }

    private static String initReason(ContainerStatus container, int index, int count) {
        var state = container.getState();
        if (state == null) {
            return "Init:" + index + "/" + count;
        }
        var terminated = state.getTerminated();
        if (terminated != null && terminated.getExitCode() != null && terminated.getExitCode() == 0) {
            return null;
        }
        if (Boolean.TRUE.equals(container.getStarted()) && state.getRunning() != null) {
            return null;
        }
        if (terminated != null) {
            return "Init:" + terminatedReason(terminated);
        }
        if (state.getWaiting() != null && state.getWaiting().getReason() != null
                && !state.getWaiting().getReason().equals("PodInitializing")) {
            return "Init:" + state.getWaiting().getReason();
        }
        return "Init:" + index + "/" + count;
    }

    private static String terminatedReason(io.pilothouse.model.k8s.core.v1.ContainerStateTerminated terminated) {
        if (terminated.getReason() != null && !terminated.getReason().isEmpty()) {
            return terminated.getReason();
        }
        if (terminated.getSignal() != null && terminated.getSignal() != 0) {
            return "Signal:" + terminated.getSignal();
        }
        return "ExitCode:" + terminated.getExitCode();
    }

    private static String terminating(Pod pod, String reason) {
        return pod.getMetadata().getDeletionTimestamp() != null ? "Terminating" : reason;
    }
}
