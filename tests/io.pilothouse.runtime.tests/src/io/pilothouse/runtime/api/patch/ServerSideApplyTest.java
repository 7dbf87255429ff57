package io.pilothouse.runtime.api.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.io.ManifestWriter;
import io.pilothouse.model.io.UnknownFields;
import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.apps.v1.ReplicaSet;
import io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry;
import io.pilothouse.model.k8s.meta.v1.Status;
import io.pilothouse.model.k8s.meta.v1.StatusCause;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.api.VirtualClock;
import io.pilothouse.runtime.api.admission.AdmissionChain;
import io.pilothouse.runtime.api.admission.ObjectValidator;
import io.pilothouse.runtime.api.apply.AppliedObject;
import io.pilothouse.runtime.api.apply.ManifestApply;
import io.pilothouse.runtime.preview.PreviewCluster;

class ServerSideApplyTest {

    private static final String V1_FIELDS = "{\"f:metadata\":{\"f:labels\":{\"f:app\":{},\"f:tier\":{}}},"
            + "\"f:spec\":{\"f:replicas\":{},\"f:selector\":{},\"f:template\":{\"f:metadata\":{\"f:labels\":"
            + "{\"f:app\":{}}},\"f:spec\":{\"f:containers\":{\"k:{\\\"name\\\":\\\"web\\\"}\":{\"f:image\":{},"
            + "\"f:name\":{},\"f:ports\":{\"k:{\\\"containerPort\\\":80,\\\"protocol\\\":\\\"TCP\\\"}\":"
            + "{\"f:containerPort\":{},\".\":{}}},\".\":{}}}}}}}";

    private final ObjectStore store = new ObjectStore(new VirtualClock());
    private final ManifestApply apply = new ManifestApply(store, AdmissionChain.install(store, ObjectValidator.NONE));

    @Test
    void createsWhenAbsentAndRecordsTheManagedFields() {
        assertEquals(List.of("apps/v1/Deployment default/web created"), applied("web-v1.yaml"));
        Deployment web = web();
        assertEquals(3, web.getSpec().getReplicas());
        assertEquals(1, web.getMetadata().getManagedFields().size());
        ManagedFieldsEntry entry = web.getMetadata().getManagedFields().get(0);
        assertEquals(List.of("pilothouse", "Apply", "apps/v1", "2026-01-01T00:00:00Z", "FieldsV1"),
                List.of(entry.getManager(), entry.getOperation(), entry.getApiVersion(), entry.getTime().toString(),
                        entry.getFieldsType()));
        assertNull(entry.getSubresource());
        assertEquals(V1_FIELDS, entry.getFieldsV1().toString());
    }

    @Test
    void reapplyingTheSameManifestChangesNothing() {
        applied("web-v1.yaml");
        store.clock().advance(Duration.ofMinutes(1));
        assertEquals(List.of("apps/v1/Deployment default/web unchanged"), applied("web-v1.yaml"));
        assertEquals("2026-01-01T00:00:00Z", web().getMetadata().getManagedFields().get(0).getTime().toString());
    }

    @Test
    void removesWhatTheLastApplySetAndTheManifestDropped() {
        applied("web-v1.yaml");
        store.clock().advance(Duration.ofMinutes(1));
        assertEquals(List.of("apps/v1/Deployment default/web updated"), applied("web-v2.yaml"));
        Deployment web = web();
        assertEquals(Map.of("app", "web"), web.getMetadata().getLabels().map());
        assertEquals("nginx:1.1", web.getSpec().getTemplate().getSpec().getContainers().get(0).getImage());
        assertEquals(1, web.getSpec().getReplicas(), "the dropped replicas are defaulted again");
        assertEquals("2026-01-01T00:01:00Z", web.getMetadata().getManagedFields().get(0).getTime().toString());
    }

    @Test
    void keepsReplicasAnAutoscalerSetWhenTheManifestHasNone() {
        applied("web-v2.yaml");
        Deployment scaled = web();
        scaled.getSpec().setReplicas(5);
        store.update(scaled);
        assertEquals(List.of("apps/v1/Deployment default/web unchanged"), applied("web-v2.yaml"));
        assertEquals(5, web().getSpec().getReplicas());
    }

    @Test
    void failsOnAFieldAnotherManagerChanged() {
        applied("web-v1.yaml");
        store.patch(AppsV1Package.Literals.DEPLOYMENT, "default", "web", PatchType.STRATEGIC_MERGE,
                "{\"spec\":{\"replicas\":5}}");
        ManagedFieldsEntry patched = web().getMetadata().getManagedFields().get(1);
        assertEquals(List.of("kubectl-patch", "Update", "{\"f:spec\":{\"f:replicas\":{}}}"),
                List.of(patched.getManager(), patched.getOperation(), patched.getFieldsV1().toString()));

        ApiException conflict = assertThrows(ApiException.class, () -> store.patch(AppsV1Package.Literals.DEPLOYMENT,
                "default", "web", PatchType.apply("pilothouse", false), manifest("web-v1.yaml")));
        Status status = conflict.status();
        assertEquals(409, status.getCode());
        assertEquals("Conflict", status.getReason());
        assertEquals("Apply failed with 1 conflict: conflict with \"kubectl-patch\" using apps/v1: .spec.replicas",
                status.getMessage());
        StatusCause cause = status.getDetails().getCauses().get(0);
        assertEquals(List.of("FieldManagerConflict", "conflict with \"kubectl-patch\" using apps/v1", ".spec.replicas"),
                List.of(cause.getReason(), cause.getMessage(), cause.getField()));
        assertEquals(List.of("apps/v1/Deployment default/web failed: " + status.getMessage()),
                applied("web-v1.yaml"));
        assertEquals(5, web().getSpec().getReplicas());
    }

    @Test
    void forceTakesTheFieldFromTheOtherManager() {
        applied("web-v1.yaml");
        store.patch(AppsV1Package.Literals.DEPLOYMENT, "default", "web", PatchType.STRATEGIC_MERGE,
                "{\"spec\":{\"replicas\":5}}");
        store.patch(AppsV1Package.Literals.DEPLOYMENT, "default", "web", PatchType.apply("pilothouse", true),
                manifest("web-v1.yaml"));
        Deployment web = web();
        assertEquals(3, web.getSpec().getReplicas());
        assertEquals(List.of("pilothouse"),
                web.getMetadata().getManagedFields().stream().map(ManagedFieldsEntry::getManager).toList());
        assertEquals(V1_FIELDS, web.getMetadata().getManagedFields().get(0).getFieldsV1().toString());
    }

    @Test
    void rejectsAnApplyOfAnotherVersion() {
        ApiException failure = assertThrows(ApiException.class, () -> store.patch(AppsV1Package.Literals.DEPLOYMENT,
                "default", "web", PatchType.apply("pilothouse", false),
                "{\"apiVersion\":\"apps/v1beta1\",\"kind\":\"Deployment\",\"metadata\":{\"name\":\"web\"}}"));
        assertEquals(List.of(400, "Incorrect version specified in apply patch. Specified patch version: apps/v1beta1,"
                + " expected: apps/v1"), List.of(failure.code(), failure.getMessage()));
    }

    @Test
    void reapplyingAnEditedManifestRollsOutInAPreview() {
        PreviewCluster preview = new PreviewCluster();
        preview.apply(load("web-v1.yaml"));
        preview.settle();
        preview.clock().advance(Duration.ofSeconds(30));
        assertEquals(List.of("apps/v1/Deployment default/web updated"),
                preview.apply(load("web-v2.yaml")).stream().map(AppliedObject::toString).toList());
        preview.advance(Duration.ofMinutes(1));
        List<String> images = preview.<ReplicaSet>list(AppsV1Package.Literals.REPLICA_SET, "default").stream()
                .map(set -> set.getSpec().getTemplate().getSpec().getContainers().get(0).getImage() + " "
                        + set.getSpec().getReplicas())
                .sorted()
                .toList();
        assertEquals(List.of("nginx:1.0 0", "nginx:1.1 1"), images);
    }

    private List<String> applied(String file) {
        return apply.apply(load(file)).stream().map(AppliedObject::toString).toList();
    }

    private Deployment web() {
        return store.get(AppsV1Package.Literals.DEPLOYMENT, "default", "web");
    }

    private static List<EObject> load(String file) {
        return new ManifestLoader(KindRegistry.builtIn()).load(Path.of("resources", "patch", file)).objects();
    }

    private static String manifest(String file) {
        return new ManifestWriter(KindRegistry.builtIn()).toJson(load(file), new UnknownFields());
    }
}
