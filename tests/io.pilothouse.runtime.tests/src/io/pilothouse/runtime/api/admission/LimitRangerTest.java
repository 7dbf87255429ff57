package io.pilothouse.runtime.api.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.types.Quantity;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.ObjectStore;

class LimitRangerTest {

    private static final String LIMIT_RANGE = """
            apiVersion: v1
            kind: LimitRange
            metadata: {name: bounds, namespace: team}
            spec:
              limits:
              - type: Container
                min: {cpu: 100m, memory: 64Mi}
                max: {cpu: "1", memory: 1Gi}
                maxLimitRequestRatio: {cpu: "2"}
            """;

    @Test
    void limitRangeDefaultsTheContainerAndSaysSo() {
        ObjectStore store = AdmissionFixtures.store();
        List<EObject> objects = AdmissionFixtures.load("limit-range-defaulting.yaml");
        objects.forEach(store::create);
        Pod pod = store.get(CoreV1Package.Literals.POD, "team", "web");
        var resources = pod.getSpec().getContainers().get(0).getResources();
        assertEquals(Quantity.valueOf("250m"), resources.getRequests().get("cpu"));
        assertEquals(Quantity.valueOf("128Mi"), resources.getRequests().get("memory"));
        assertEquals(Quantity.valueOf("500m"), resources.getLimits().get("cpu"));
        assertEquals(Quantity.valueOf("256Mi"), resources.getLimits().get("memory"));
        assertEquals("LimitRanger plugin set: cpu, memory request for container web; "
                + "cpu, memory limit for container web",
                pod.getMetadata().getAnnotations().get(LimitRanger.ANNOTATION));
    }

    /** The third case has no limits: the limit range's max became its default limit (1 cpu), hence ratio 5. */
    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of("{requests: {cpu: 50m, memory: 64Mi}, limits: {cpu: 100m, memory: 64Mi}}",
                        "pods \"web\" is forbidden: minimum cpu usage per Container is 100m, but request is 50m"),
                Arguments.of("{requests: {cpu: 500m, memory: 64Mi}, limits: {cpu: 2, memory: 64Mi}}",
                        "pods \"web\" is forbidden: [maximum cpu usage per Container is 1, but limit is 2, "
                                + "cpu max limit to request ratio per Container is 2, "
                                + "but provided ratio is 4.000000]"),
                Arguments.of("{requests: {cpu: 200m, memory: 64Mi}}",
                        "pods \"web\" is forbidden: cpu max limit to request ratio per Container is 2, but provided "
                                + "ratio is 5.000000"),
                Arguments.of("{limits: {cpu: 300m, memory: 2Gi}, requests: {cpu: 100m, memory: 2Gi}}",
                        "pods \"web\" is forbidden: [maximum memory usage per Container is 1Gi, but limit is 2Gi, "
                                + "cpu max limit to request ratio per Container is 2, "
                                + "but provided ratio is 3.000000]"));
    }

    @ParameterizedTest
    @MethodSource("violations")
    void minMaxAndRatioAreEnforced(String resources, String message) {
        ObjectStore store = AdmissionFixtures.store();
        store.create(AdmissionFixtures.one(LIMIT_RANGE));
        Pod pod = AdmissionFixtures.one("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web, namespace: team}
                spec:
                  containers:
                  - name: web
                    image: nginx:1.27
                    resources: %s
                """.formatted(resources));
        ApiException failure = assertThrows(ApiException.class, () -> store.create(pod));
        assertEquals(403, failure.code());
        assertEquals("Forbidden", failure.reason());
        assertEquals(message, failure.getMessage());
    }

    @Test
    void podWithinTheBoundsIsAdmitted() {
        ObjectStore store = AdmissionFixtures.store();
        store.create(AdmissionFixtures.one(LIMIT_RANGE));
        store.create(AdmissionFixtures.one("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web, namespace: team}
                spec:
                  containers:
                  - name: web
                    image: nginx:1.27
                    resources: {requests: {cpu: 250m, memory: 128Mi}, limits: {cpu: 500m, memory: 128Mi}}
                """));
        assertEquals(1, store.list(CoreV1Package.Literals.POD, "team", null).size());
    }
}
