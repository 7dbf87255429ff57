package io.pilothouse.runtime.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.Toleration;
import io.pilothouse.model.types.Quantity;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.api.VirtualClock;
import io.pilothouse.runtime.scheduler.framework.PodInfo;

/**
 * What the queue learns from a pod update (the {@code ClusterEvent} bits: 128 label, 256 scale down, 512 toleration,
 * 2048 other), for versions the store wrote: a pod with label {@code app: web} and one container
 * requesting 500m CPU, then one change per row. The store bumps the generation exactly when the spec changes.
 */
class UpdateActionsTest {

    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: default, labels: {app: web}}
            spec:
              containers: [{name: c, image: nginx, resources: {requests: {cpu: 500m}}}]
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a status change (same generation)      | status     | 0
            a label change (same generation)       | label      | 128
            a toleration added (generation bumped) | toleration | 512
            a smaller request (generation bumped)  | request    | 256
            another change (generation bumped)     | image      | 2048
            """)
    void actionsOfAnUpdate(String rule, String change, int expected) {
        ObjectStore store = new ObjectStore(new VirtualClock());
        Pod created = store.create((Pod) SchedulerTestObjects.objects(POD).get(0));
        Pod changed = store.get(created.eClass(), "default", "web");
        Container container = changed.getSpec().getContainers().get(0);
        switch (change) {
            case "status" -> {
                changed.setStatus(CoreV1Factory.eINSTANCE.createPodStatus());
                changed.getStatus().setPhase("Running");
            }
            case "label" -> changed.getMetadata().getLabels().put("tier", "front");
            case "toleration" -> {
                Toleration toleration = CoreV1Factory.eINSTANCE.createToleration();
                toleration.setKey("gpu");
                toleration.setOperator("Exists");
                changed.getSpec().getTolerations().add(toleration);
            }
            case "request" -> container.getResources().getRequests().put("cpu", Quantity.valueOf("250m"));
            default -> container.setImage("nginx:2");
        }
        Pod written = change.equals("status") ? store.updateStatus(changed) : store.update(changed);

        assertEquals(expected, UpdateActions.ofPod(PodInfo.of(created), PodInfo.of(written)), rule);
        boolean specChanged = !change.equals("status") && !change.equals("label");
        assertEquals(specChanged ? 2L : 1L, written.getMetadata().getGeneration(), rule);
    }
}
