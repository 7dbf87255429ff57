package io.pilothouse.runtime.kubelet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.PodSpec;
import io.pilothouse.model.k8s.core.v1.ResourceRequirements;
import io.pilothouse.model.types.Quantity;
import io.pilothouse.runtime.api.PodQos;

/**
 * The QoS table ({@link PodQos}) and the node's resource admission, on containers written as
 * {@code requests>limits}.
 */
class PodResourcesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                                       | BestEffort",
            "cpu=100m>                                 | Burstable",
            "cpu=1,memory=1Gi>cpu=1,memory=1Gi         | Guaranteed",
            ">cpu=1,memory=1Gi                         | Guaranteed",
            "cpu=500m,memory=1Gi>cpu=1,memory=1Gi      | Burstable",
            ">cpu=1                                    | Burstable",
            ">cpu=1,memory=1Gi;>                       | Burstable",
            ">cpu=1,memory=1Gi;>cpu=2,memory=2Gi       | Guaranteed",
            "nvidia.com/gpu=1>nvidia.com/gpu=1         | BestEffort"})
    void qosClass(String containers, String expected) {
        assertEquals(expected, PodQos.compute(spec(containers)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cpu=500m>          | cpu=3500m> | ''",
            "cpu=500m>          | cpu=3600m> | OutOfcpu: Node didn't have enough resource: cpu, requested: 500, used: 3600,"
                    + " capacity: 4000",
            "memory=2Gi>        | memory=15Gi> | OutOfmemory: Node didn't have enough resource: memory, requested: "
                    + "2147483648, used: 16106127360, capacity: 17179869184",
            "nvidia.com/gpu=1>  | nvidia.com/gpu=1> | OutOfnvidia.com/gpu: Node didn't have enough resource: "
                    + "nvidia.com/gpu, requested: 1, used: 1, capacity: 1",
            "example.com/fpga=1> | ''       | OutOfexample.com/fpga: Node didn't have enough resource: "
                    + "example.com/fpga, requested: 1, used: 0, capacity: 0"})
    void admission(String pod, String running, String expected) {
        Map<String, Quantity> allocatable = new TreeMap<>(Map.of("cpu", Quantity.valueOf("4"), "memory",
                Quantity.valueOf("16Gi"), "pods", Quantity.valueOf("110"), "nvidia.com/gpu", Quantity.valueOf("1")));
        String actual = NodeAdmission.admit(allocatable, List.of(PodResources.requests(spec(running))),
                PodResources.requests(spec(pod))).map(r -> r.reason() + ": " + r.message()).orElse("");
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cpu=1>;cpu=2>  | ''                  | cpu=3",
            "cpu=1>         | cpu=2>              | cpu=2",
            "cpu=100m>      | cpu=1>;cpu=300m>!   | cpu=1",
            "cpu=100m>      | cpu=500m>!;cpu=1>   | cpu=1500m",
            "cpu=1>         | cpu=500m>!;cpu=300m> | cpu=1500m"})
    void requestsCountInitContainersAndSidecars(String containers, String init, String expected) {
        PodSpec spec = spec(containers);
        for (String text : init.isEmpty() ? new String[0] : init.split(";")) {
            Container container = container(text.replace("!", ""));
            if (text.endsWith("!")) {
                container.setRestartPolicy("Always");
            }
            spec.getInitContainers().add(container);
        }
        Map<String, Quantity> requests = PodResources.requests(spec);
        assertEquals(expected, "cpu=" + requests.get("cpu"));
    }

    private static PodSpec spec(String containers) {
        PodSpec spec = CoreV1Factory.eINSTANCE.createPodSpec();
        for (String text : containers.split(";", -1)) {
            if (!text.isEmpty()) {
                spec.getContainers().add(container(text));
            }
        }
        return spec;
    }

    private static Container container(String text) {
        Container container = CoreV1Factory.eINSTANCE.createContainer();
        container.setName("c");
        ResourceRequirements resources = CoreV1Factory.eINSTANCE.createResourceRequirements();
        String[] parts = text.split(">", -1);
        put(resources.getRequests().map(), parts[0]);
        put(resources.getLimits().map(), parts.length > 1 ? parts[1] : "");
        container.setResources(resources);
        return container;
    }

    private static void put(Map<String, Quantity> target, String text) {
        for (String entry : text.split(",")) {
            if (!entry.isBlank()) {
                String[] pair = entry.trim().split("=");
                target.put(pair[0], Quantity.valueOf(pair[1]));
            }
        }
    }
}
