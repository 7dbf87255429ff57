package io.pilothouse.runtime.api;

import static io.pilothouse.runtime.api.TestObjects.pod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.pilothouse.model.k8s.core.v1.Binding;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodCondition;
import io.pilothouse.model.k8s.core.v1.PodSchedulingGate;

/** The {@code pods/binding} subresource: one write that assigns the node and sets PodScheduled. */
class PodBindingTest {

    private final VirtualClock clock = new VirtualClock();
    private final ObjectStore store = new ObjectStore(clock);

    @Test
    void assignsTheNodeAndSetsPodScheduledInOneWrite() {
        Pod created = store.create(pod("default", "web", "nginx"));
        List<String> seen = new ArrayList<>();
        store.watch(CoreV1Package.Literals.POD, event -> seen.add(event.type() + " "
                + ((Pod) event.object()).getMetadata().getResourceVersion()));
        clock.advance(Duration.ofSeconds(3));

        store.bind(binding("web", created.getMetadata().getUid(), "node-a"));

        Pod bound = store.get(CoreV1Package.Literals.POD, "default", "web");
        assertEquals("node-a", bound.getSpec().getNodeName());
        assertEquals(1L, bound.getMetadata().getGeneration());
        assertEquals(List.of("MODIFIED 6"), seen);
        PodCondition scheduled = bound.getStatus().getConditions().get(0);
        assertEquals(List.of("PodScheduled", "True", "2026-01-01T00:00:03Z", "1"),
                List.of(scheduled.getType(), scheduled.getStatus(), scheduled.getLastTransitionTime().toString(),
                        scheduled.getObservedGeneration().toString()));
        assertEquals(1, bound.getStatus().getConditions().size());
    }

    @Test
    void keepsTheTransitionTimeOfAConditionThatWasTrueAndMergesAnnotations() {
        Pod created = store.create(pod("default", "web", "nginx"));
        Pod unscheduled = store.get(CoreV1Package.Literals.POD, "default", "web");
        PodCondition condition = CoreV1Factory.eINSTANCE.createPodCondition();
        condition.setType("PodScheduled");
        condition.setStatus("False");
        condition.setReason("Unschedulable");
        unscheduled.getStatus().getConditions().add(condition);
        store.updateStatus(unscheduled);
        clock.advance(Duration.ofSeconds(5));
        Binding binding = binding("web", created.getMetadata().getUid(), "node-a");
        binding.getMetadata().getAnnotations().put("example.com/bound", "yes");

        store.bind(binding);

        Pod bound = store.get(CoreV1Package.Literals.POD, "default", "web");
        PodCondition scheduled = bound.getStatus().getConditions().get(0);
        assertEquals(List.of("True", "2026-01-01T00:00:05Z"),
                List.of(scheduled.getStatus(), scheduled.getLastTransitionTime().toString()));
        assertEquals(null, scheduled.getReason());
        assertEquals("yes", bound.getMetadata().getAnnotations().get("example.com/bound"));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("assigned", (Consumer<Pod>) pod -> pod.getSpec().setNodeName("node-b"), null, 409,
                        "Operation cannot be fulfilled on pods/binding \"web\": pod web is already assigned to node"
                                + " \"node-b\""),
                Arguments.of("gated", (Consumer<Pod>) pod -> {
                    PodSchedulingGate gate = CoreV1Factory.eINSTANCE.createPodSchedulingGate();
                    gate.setName("example.com/wait");
                    pod.getSpec().getSchedulingGates().add(gate);
                }, null, 409, "Operation cannot be fulfilled on pods/binding \"web\": pod web has non-empty"
                        + " .spec.schedulingGates"),
                Arguments.of("other uid", (Consumer<Pod>) pod -> {}, "other", 409,
                        "Operation cannot be fulfilled on pods \"web\": Precondition failed: UID in precondition:"
                                + " other, UID in object meta: %s"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refuses(String name, Consumer<Pod> setUp, String uid, int code, String message) {
        Pod template = pod("default", "web", "nginx");
        setUp.accept(template);
        Pod created = store.create(template);

        ApiException refused = assertThrows(ApiException.class,
                () -> store.bind(binding("web", uid == null ? created.getMetadata().getUid() : uid, "node-a")));

        assertEquals(code, refused.code());
        assertEquals(message.formatted(created.getMetadata().getUid()), refused.getMessage());
        assertEquals(created.getMetadata().getResourceVersion(), store.resourceVersion());
    }

    @Test
    void refusesAPodBeingDeleted() {
        Pod template = pod("default", "web", "nginx");
        template.getMetadata().getFinalizers().add("example.com/keep");
        Pod created = store.create(template);
        store.delete(CoreV1Package.Literals.POD, "default", "web");

        ApiException refused = assertThrows(ApiException.class,
                () -> store.bind(binding("web", created.getMetadata().getUid(), "node-a")));

        assertEquals("Operation cannot be fulfilled on pods/binding \"web\": pod web is being deleted, cannot be"
                + " assigned to a host", refused.getMessage());
    }

    @Test
    void refusesAMissingPodAndABindingWithoutTarget() {
        ApiException missing = assertThrows(ApiException.class, () -> store.bind(binding("web", null, "node-a")));
        ApiException noTarget = assertThrows(ApiException.class, () -> store.bind(binding("web", null, "")));

        assertEquals(List.of(404, 422), List.of(missing.code(), noTarget.code()));
        assertEquals("pods \"web\" not found", missing.getMessage());
        assertEquals("Binding \"web\" is invalid: target.name: Required value", noTarget.getMessage());
    }

    private static Binding binding(String name, String uid, String node) {
        Binding binding = CoreV1Factory.eINSTANCE.createBinding();
        binding.setMetadata(TestObjects.meta("default", name));
        binding.getMetadata().setUid(uid);
        binding.setTarget(CoreV1Factory.eINSTANCE.createObjectReference());
        binding.getTarget().setKind("Node");
        binding.getTarget().setName(node);
        return binding;
    }
}
