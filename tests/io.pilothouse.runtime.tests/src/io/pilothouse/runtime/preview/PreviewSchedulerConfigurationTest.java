package io.pilothouse.runtime.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;

/** A KubeSchedulerConfiguration among the manifests of a preview configures its scheduler. */
class PreviewSchedulerConfigurationTest {

    private static final ManifestLoader LOADER = new ManifestLoader(KindRegistry.builtIn());
    private static final String CONFIG = "two-profiles-config.yaml";
    private static final String PODS = "bin-packing.yaml";
    private static final String ACCOUNT = "default-service-account.yaml";
    private static final String NOT_FOUND = "SchedulerNotFound: no scheduler profile is named \"bin-packing\": "
            + "the pod stays Pending (profiles: [default-scheduler])";

    private static LoadResult load(String fixture) {
        return LOADER.load(Path.of("resources", "scheduler", fixture));
    }

    private static String placement(PreviewCluster preview, String pod) {
        Pod stored = preview.get(CoreV1Package.Literals.POD, "default", pod);
        return stored.getSpec().getNodeName() == null ? "" : stored.getSpec().getNodeName();
    }

    private static List<String> packedEvents(PreviewCluster preview) {
        return preview.events().stream().filter(event -> event.getRegarding().getName().equals("packed"))
                .map(event -> event.getReason() + ": " + event.getNote()).toList();
    }

    @Test
    void theConfigurationsProfilesScheduleThePodsNamingThem() {
        PreviewCluster preview = new PreviewCluster();
        preview.applyLoaded(List.of(load(ACCOUNT), load(CONFIG), load(PODS)));
        preview.settle();
        assertEquals("big", placement(preview, "spread"));
        assertEquals("small", placement(preview, "packed"));
    }

    @Test
    void withoutTheConfigurationThePodNamingAnUnknownSchedulerStaysPending() {
        PreviewCluster preview = new PreviewCluster();
        preview.applyLoaded(List.of(load(ACCOUNT), load(PODS)));
        preview.settle();
        assertEquals("", placement(preview, "packed"));
        assertEquals(List.of(NOT_FOUND), packedEvents(preview));
    }

    @Test
    void aLaterConfigurationReplaysThePreviewWithItsProfiles() {
        PreviewCluster preview = new PreviewCluster();
        preview.applyLoaded(List.of(load(ACCOUNT), load(PODS)));
        preview.settle();
        PreviewCluster.Snapshot unconfigured = preview.snapshot();
        preview.applyLoaded(List.of(load(CONFIG)));
        preview.settle();
        assertEquals("small", placement(preview, "packed"));
        assertEquals("Scheduled: Successfully assigned default/packed to small", packedEvents(preview).get(0),
                "replayed from the start with the profiles: no SchedulerNotFound");
        PreviewCluster.Snapshot configured = preview.snapshot();
        preview.restore(unconfigured);
        assertEquals("", placement(preview, "packed"));
        preview.restore(configured);
        assertEquals("small", placement(preview, "packed"));
    }

    @Test
    void aSecondConfigurationIsRejectedBeforeAnythingIsApplied() {
        PreviewCluster preview = new PreviewCluster();
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> preview.applyLoaded(List.of(load(CONFIG), load(PODS), load(CONFIG))));
        assertEquals("resources/scheduler/two-profiles-config.yaml:1:1: kind: a second KubeSchedulerConfiguration "
                + "(the first is at resources/scheduler/two-profiles-config.yaml:1:1)", error.getMessage());
        assertEquals(List.of(), preview.list(CoreV1Package.Literals.POD, null));
    }
}
