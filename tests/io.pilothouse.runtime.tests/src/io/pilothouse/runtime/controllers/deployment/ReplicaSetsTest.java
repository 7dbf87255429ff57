package io.pilothouse.runtime.controllers.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.PodTemplateSpec;

class ReplicaSetsTest {

    private static final List<Deployment> DEPLOYMENTS = new ManifestLoader(KindRegistry.of(
            List.of(CoreV1Package.eINSTANCE, AppsV1Package.eINSTANCE)))
            .load(Path.of("resources", "controllers", "template-hash.yaml")).objects().stream()
            .map(Deployment.class::cast).toList();

    private static PodTemplateSpec template(String name) {
        return DEPLOYMENTS.stream().filter(d -> d.getMetadata().getName().equals(name)).findFirst().orElseThrow()
                .getSpec().getTemplate();
    }

    @ParameterizedTest
    @CsvSource({
            "plain, plain, true",
            "plain, hashed, true",
            "hashed, plain, true",
            "only-hash, empty-metadata, true",
            "empty-metadata, only-hash, true",
            "only-hash, no-labels, false",
            "plain, no-labels, false",
            "hashed, other-label, false",
            "plain, hash-elsewhere, false",
            "hashed, other-image, false"})
    void templatesEqualWithoutTheirPodTemplateHashLabel(String left, String right, boolean equal) {
        assertEquals(equal, ReplicaSets.equalIgnoreHash(template(left), template(right)));
    }
}
