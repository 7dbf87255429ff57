package io.pilothouse.cli.preview;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.core.v1.ContainerStatus;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.events.v1.Event;
import io.pilothouse.model.types.Time;
import io.pilothouse.runtime.preview.PreviewCluster;

/** The {@code -o wide} output of a preview: kubectl-style tables of pods, deployments and events. */
final class WideTables {

    private WideTables() {}

    static String of(PreviewCluster preview) {
        Instant now = preview.clock().now();
        List<List<String>> pods = new ArrayList<>();
        pods.add(List.of("NAMESPACE", "NAME", "READY", "STATUS", "RESTARTS", "AGE", "IP", "NODE"));
        for (Pod pod : preview.<Pod>list(CoreV1Package.Literals.POD, null)) {
            List<ContainerStatus> statuses = pod.getStatus() == null
                    ? List.of()
                    : pod.getStatus().getContainerStatuses();
            long ready = statuses.stream().filter(s -> Boolean.TRUE.equals(s.getReady())).count();
            int restarts = statuses.stream().mapToInt(s -> s.getRestartCount() == null ? 0 : s.getRestartCount())
                    .sum();
            String ip = pod.getStatus() == null || pod.getStatus().getPodIP() == null
                    ? "<none>"
                    : pod.getStatus().getPodIP();
            String node = pod.getSpec().getNodeName() == null ? "<none>" : pod.getSpec().getNodeName();
            pods.add(List.of(pod.getMetadata().getNamespace(), pod.getMetadata().getName(),
                    ready + "/" + pod.getSpec().getContainers().size(), PodStatusText.of(pod),
                    Integer.toString(restarts), age(now, pod.getMetadata().getCreationTimestamp()), ip, node));
        }
        List<List<String>> deployments = new ArrayList<>();
        deployments.add(List.of("NAMESPACE", "NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"));
        for (Deployment deployment : preview.<Deployment>list(AppsV1Package.Literals.DEPLOYMENT, null)) {
            var status = deployment.getStatus();
            deployments.add(List.of(deployment.getMetadata().getNamespace(), deployment.getMetadata().getName(),
                    count(status == null ? null : status.getReadyReplicas()) + "/"
                            + count(deployment.getSpec().getReplicas()),
                    Integer.toString(count(status == null ? null : status.getUpdatedReplicas())),
                    Integer.toString(count(status == null ? null : status.getAvailableReplicas())),
                    age(now, deployment.getMetadata().getCreationTimestamp())));
        }
        List<List<String>> events = new ArrayList<>();
        events.add(List.of("NAMESPACE", "LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"));
        for (Event event : preview.events()) {
            Time seen = event.getDeprecatedLastTimestamp() != null
                    ? event.getDeprecatedLastTimestamp()
                    : event.getEventTime() == null
                            ? event.getMetadata().getCreationTimestamp()
                            : Time.of(event.getEventTime().toInstant());
            events.add(List.of(event.getMetadata().getNamespace(), age(now, seen), event.getType(),
                    event.getReason(), event.getRegarding().getKind().toLowerCase(Locale.ROOT) + "/"
                            + event.getRegarding().getName(),
                    event.getNote() == null ? "" : event.getNote()));
        }
        return TextTable.of(pods) + "\n" + TextTable.of(deployments) + "\n" + TextTable.of(events);
    }

    private static int count(Integer value) {
        return value == null ? 0 : value;
    }

    private static String age(Instant now, Time since) {
        return since == null ? "<unknown>" : Ages.of(Duration.between(since.toInstant(), now));
    }
}
