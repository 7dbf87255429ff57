package io.pilothouse.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodStatus;

/** Upstream's pod strategy on create: phase Pending, the QoS class, and the SchedulingGated condition. */
class PodStrategyTest {

    private final ObjectStore store = new ObjectStore(new VirtualClock());

    @BeforeEach
    void createPods() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/podstrategy/pods.yaml")) {
            for (EObject object : new ManifestLoader(KindRegistry.builtIn()).load(in, "pods.yaml").objects()) {
                store.create(object);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            best-effort | Pending BestEffort podIP=null
            guaranteed  | Pending Guaranteed podIP=null
            burstable   | Pending Burstable podIP=null
            gated       | Pending BestEffort podIP=null PodScheduled False SchedulingGated: Scheduling is blocked \
            due to non-empty scheduling gates
            """)
    void startsPendingWithItsQosClass(String name, String expected) {
        Pod pod = store.get(CoreV1Package.Literals.POD, "default", name);
        PodStatus status = pod.getStatus();
        List<String> parts = new ArrayList<>(List.of(status.getPhase(), status.getQosClass(),
                "podIP=" + status.getPodIP()));
        status.getConditions().forEach(c -> parts.add(c.getType() + " " + c.getStatus() + " " + c.getReason() + ": "
                + c.getMessage()));
        assertEquals(expected, String.join(" ", parts));
    }
}
