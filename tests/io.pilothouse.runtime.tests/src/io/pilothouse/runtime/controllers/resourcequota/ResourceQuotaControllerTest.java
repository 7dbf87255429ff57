package io.pilothouse.runtime.controllers.resourcequota;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.ResourceQuota;
import io.pilothouse.runtime.api.admission.QuotaStatus;
import io.pilothouse.runtime.preview.PreviewCluster;

/**
 * The quota controller recomputes {@code status.used} when an object of a counted kind
 * ({@link QuotaStatus#COUNTED_KINDS}) is deleted, a ResourceQuota included ({@code resources/resourcequota/}; the
 * namespace also holds the {@code kube-root-ca.crt} ConfigMap).
 */
class ResourceQuotaControllerTest {

    private static final Path FIXTURE = Path.of(System.getProperty("pilothouse.runtime.tests", "."), "resources",
            "resourcequota", "two-quotas.yaml");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ResourceQuota | extra    | count/configmaps=2, pods=0, resourcequotas=1
            ConfigMap     | settings | count/configmaps=1, pods=0, resourcequotas=2
            """)
    void deletingACountedObjectReleasesItsUsage(String kind, String name, String used) throws Exception {
        PreviewCluster cluster = new PreviewCluster();
        cluster.apply(new ManifestLoader(KindRegistry.builtIn()).load(FIXTURE).objects());
        cluster.settle();
        ResourceQuota before = cluster.get(CoreV1Package.Literals.RESOURCE_QUOTA, "team", "counts");
        assertEquals("count/configmaps=2, pods=0, resourcequotas=2", used(before));
        cluster.delete((EClass) CoreV1Package.eINSTANCE.getEClassifier(kind), "team", name);
        cluster.settle();
        ResourceQuota after = cluster.get(CoreV1Package.Literals.RESOURCE_QUOTA, "team", "counts");
        assertEquals(used, used(after));
    }

    private static String used(ResourceQuota quota) {
        return String.join(", ", quota.getStatus().getUsed().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue()).toList());
    }
}
