package io.pilothouse.runtime.kubelet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;

/** The {@code pilothouse.io/} annotations: values per container, and a warning naming the annotation when bad. */
class SimulationAnnotationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "run-duration  | app=2m,sidecar=forever | PT2M null | ''",
            "run-duration  | 30s                     | PT30S PT30S | ''",
            "run-duration  | soon                    | null null | invalid value \"soon\" in annotation "
                    + "pilothouse.io/run-duration: time: invalid duration \"soon\"",
            "run-duration  | web=1m                  | null null | invalid value \"web=1m\" in annotation "
                    + "pilothouse.io/run-duration: no container named \"web\"",
            "exit-code     | 300                     | null null | invalid value \"300\" in annotation "
                    + "pilothouse.io/exit-code: an exit code is between 0 and 255"})
    void perContainerValues(String annotation, String value, String runDurations, String warning) {
        Pod pod = CoreV1Factory.eINSTANCE.createPod();
        pod.setMetadata(MetaV1Factory.eINSTANCE.createObjectMeta());
        pod.getMetadata().getAnnotations().put("pilothouse.io/" + annotation, value);
        pod.setSpec(CoreV1Factory.eINSTANCE.createPodSpec());
        for (String name : List.of("app", "sidecar")) {
            Container container = CoreV1Factory.eINSTANCE.createContainer();
            container.setName(name);
            pod.getSpec().getContainers().add(container);
        }
        SimulationAnnotations.PodBehaviour behaviour = SimulationAnnotations.read(pod);
        assertEquals(runDurations, behaviour.containers().get("app").runDuration() + " "
                + behaviour.containers().get("sidecar").runDuration());
        assertEquals(warning.isEmpty() ? List.of() : List.of(warning), behaviour.warnings());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "liveness=3               | LIVENESS  | 3 | 0   | true",
            "liveness=3               | LIVENESS  | 4 | 0   | false",
            "readiness=after:5m       | READINESS | 1 | 299 | false",
            "readiness=after:5m       | READINESS | 1 | 300 | true",
            "liveness=3               | READINESS | 1 | 0   | false"})
    void probeFailures(String value, ProbeType type, int number, long uptimeSeconds, boolean fails) {
        Pod pod = CoreV1Factory.eINSTANCE.createPod();
        pod.setMetadata(MetaV1Factory.eINSTANCE.createObjectMeta());
        pod.getMetadata().getAnnotations().put("pilothouse.io/probe-failures", value);
        pod.setSpec(CoreV1Factory.eINSTANCE.createPodSpec());
        assertEquals(fails, SimulationAnnotations.read(pod).probeFailures(type).fails(number,
                Duration.ofSeconds(uptimeSeconds)));
    }
}
