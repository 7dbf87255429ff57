package io.pilothouse.runtime.kubelet;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.HostIP;
import io.pilothouse.model.k8s.core.v1.PodCondition;
import io.pilothouse.model.k8s.core.v1.PodIP;
import io.pilothouse.model.k8s.core.v1.PodStatus;
import io.pilothouse.model.types.Time;
import io.pilothouse.runtime.api.PodQos;
import io.pilothouse.runtime.kubelet.ContainerRecord.Stage;

/**
 * Builds a pod's status from its worker, as upstream's {@code generateAPIPodStatus}: phase ({@code getPhase}),
 * the kubelet's conditions in upstream order (PodReadyToStartContainers, Initialized, Ready, ContainersReady) after
 * which the conditions others own (PodScheduled) are kept, with {@code lastTransitionTime} kept while a condition's
 * status does not change.
 */
final class PodStatusGenerator {

    static final List<String> KUBELET_CONDITIONS = List.of("PodReadyToStartContainers", "Initialized", "Ready",
            "ContainersReady");

    private PodStatusGenerator() {}

    static PodStatus generate(PodWorker worker, PodStatus old, String hostIP, Instant now) {
        CoreV1Factory core = CoreV1Factory.eINSTANCE;
        PodStatus status = core.createPodStatus();
        String phase = phase(worker);
        status.setPhase(phase);
        status.setHostIP(hostIP);
        HostIP host = core.createHostIP();
        host.setIp(hostIP);
        status.getHostIPs().add(host);
        if (worker.podIP != null) {
            status.setPodIP(worker.podIP);
            PodIP ip = core.createPodIP();
            ip.setIp(worker.podIP);
            status.getPodIPs().add(ip);
        }
        status.setStartTime(Time.of(worker.startTime));
        status.setQosClass(PodQos.of(worker.pod));
        for (ContainerRecord c : worker.containers()) {
            (c.init ? status.getInitContainerStatuses() : status.getContainerStatuses())
                    .add(c.status(worker.hasInitContainers()));
        }
        boolean succeeded = "Succeeded".equals(phase);
        String incomplete = names(worker.containers().stream().filter(c -> c.init && !c.initDone()).toList());
        String unready = names(worker.containers().stream().filter(c -> (!c.init || c.sidecar) && !c.ready)
                .toList());
        boolean sandbox = !worker.terminal && !worker.terminated();
        add(status, old, now, "PodReadyToStartContainers", sandbox, null, null);
        if (succeeded) {
            add(status, old, now, "Initialized", true, "PodCompleted", null);
            add(status, old, now, "Ready", false, "PodCompleted", null);
            add(status, old, now, "ContainersReady", false, "PodCompleted", null);
        } else {
            add(status, old, now, "Initialized", incomplete.isEmpty(), "ContainersNotInitialized",
                    "containers with incomplete status: [" + incomplete + "]");
            add(status, old, now, "Ready", unready.isEmpty(), "ContainersNotReady",
                    "containers with unready status: [" + unready + "]");
            add(status, old, now, "ContainersReady", unready.isEmpty(), "ContainersNotReady",
                    "containers with unready status: [" + unready + "]");
        }
        if (old != null) {
            old.getConditions().stream().filter(c -> !KUBELET_CONDITIONS.contains(c.getType()))
                    .forEach(c -> status.getConditions().add(EcoreUtil.copy(c)));
        }
        return status;
    }

    /** The phase, as upstream's {@code getPhase} over the regular containers. */
    static String phase(PodWorker worker) {
        if (worker.initFailedForGood()) {
            return "Failed";
        }
        List<ContainerRecord> regular = worker.containers().stream().filter(c -> !c.init).toList();
        if (worker.terminated()) {
            return regular.stream().allMatch(c -> c.stage == Stage.EXITED && c.terminated.getExitCode() == 0)
                    ? "Succeeded"
                    : "Failed";
        }
        if (worker.containers().stream().anyMatch(c -> c.init && !c.initDone())) {
            return "Pending";
        }
        int running = 0;
        int stopped = 0;
        int succeeded = 0;
        for (ContainerRecord c : regular) {
            if (c.running()) {
                running++;
            } else if (c.stage == Stage.EXITED) {
                stopped++;
                succeeded += c.terminated.getExitCode() == 0 ? 1 : 0;
            } else if (c.lastTerminated != null) {
                stopped++;
            } else {
                return "Pending";
            }
        }
        if (running > 0) {
            return "Running";
        }
        String policy = worker.pod.getSpec().getRestartPolicy();
        if (policy == null || "Always".equals(policy)) {
            return "Running";
        }
        if (stopped == succeeded) {
            return "Succeeded";
        }
        return "Never".equals(policy) ? "Failed" : "Running";
    }

    private static void add(PodStatus status, PodStatus old, Instant now, String type, boolean isTrue,
            String reason, String message) {
        PodCondition condition = CoreV1Factory.eINSTANCE.createPodCondition();
        condition.setType(type);
        condition.setStatus(isTrue ? "True" : "False");
        if (!isTrue || "PodCompleted".equals(reason)) {
            condition.setReason(reason);
            condition.setMessage(message);
        }
        PodCondition previous = old == null
                ? null
                : old.getConditions().stream()
                        .filter(c -> type.equals(c.getType())).findFirst().orElse(null);
        boolean same = previous != null && condition.getStatus().equals(previous.getStatus());
        condition.setLastTransitionTime(same ? previous.getLastTransitionTime() : Time.of(now));
        condition.setLastProbeTime(null);
        status.getConditions().add(condition);
    }

    private static String names(List<ContainerRecord> containers) {
        return containers.stream().map(ContainerRecord::name).collect(Collectors.joining(" "));
    }
}
