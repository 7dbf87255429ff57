package io.pilothouse.runtime.controllers.volume.persistentvolume;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.PersistentVolume;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.events.v1.Event;
import io.pilothouse.model.k8s.events.v1.EventsV1Package;
import io.pilothouse.runtime.Cluster;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.api.admission.AdmissionChain;
import io.pilothouse.runtime.api.admission.ObjectValidator;
import io.pilothouse.runtime.preview.PreviewCluster;

class PersistentVolumeControllerTest {

    private static final ManifestLoader LOADER = new ManifestLoader(KindRegistry.builtIn());

    @Test
    void bindsTheSmallestFittingVolumeAndCompletesAPreBinding() {
        Cluster cluster = cluster("static.yaml");
        assertEquals(List.of(
                "default/data Bound pv-3g 3Gi [ReadWriteOnce] class=manual"
                        + " {pv.kubernetes.io/bind-completed=yes, pv.kubernetes.io/bound-by-controller=yes}",
                "default/pinned Bound pv-10g 10Gi [ReadWriteOnce] class=manual"
                        + " {pv.kubernetes.io/bind-completed=yes}"),
                claims(cluster.store()));
        assertEquals(List.of(
                "pv-10g Bound default/pinned Retain {pv.kubernetes.io/bound-by-controller=yes}",
                "pv-1g Available - Retain {}",
                "pv-3g Bound default/data Retain {pv.kubernetes.io/bound-by-controller=yes}",
                "pv-fast-2g Available - Retain {}"), volumes(cluster.store()));
        assertEquals(List.of(), events(cluster.store()));
    }

    @Test
    void provisionsAnImmediateClaimAtOnce() {
        Cluster cluster = cluster("immediate.yaml");
        ObjectStore store = cluster.store();
        String volume = "pvc-" + claim(store, "data").getMetadata().getUid();
        assertEquals(List.of("default/data Bound " + volume + " 5Gi [ReadWriteOnce] class=fast"
                + " {pv.kubernetes.io/bind-completed=yes, pv.kubernetes.io/bound-by-controller=yes,"
                + " volume.beta.kubernetes.io/storage-provisioner=ebs.csi.aws.com,"
                + " volume.kubernetes.io/storage-provisioner=ebs.csi.aws.com}"), claims(store));
        assertEquals(List.of(volume + " Bound default/data Retain {pv.kubernetes.io/provisioned-by=ebs.csi.aws.com}"),
                volumes(store));
        PersistentVolume pv = store.get(CoreV1Package.Literals.PERSISTENT_VOLUME, null, volume);
        assertEquals("ebs.csi.aws.com " + volume + " [noatime] Filesystem null", pv.getSpec().getCsi().getDriver()
                + " " + pv.getSpec().getCsi().getVolumeHandle() + " " + pv.getSpec().getMountOptions() + " "
                + pv.getSpec().getVolumeMode() + " " + pv.getSpec().getNodeAffinity());
        assertEquals(List.of(
                "Normal ExternalProvisioning data: Waiting for a volume to be created either by the external"
                        + " provisioner 'ebs.csi.aws.com' or manually by the system administrator. If volume"
                        + " creation is delayed, please verify that the provisioner is running and correctly"
                        + " registered.",
                "Normal ProvisioningSucceeded data: Successfully provisioned volume " + volume), events(store));
    }

    @Test
    void aClaimWithoutClassOrVolumeStaysPending() {
        Cluster cluster = cluster("no-class.yaml");
        assertEquals(List.of("default/data Pending - - [] class=null {}"), claims(cluster.store()));
        assertEquals(List.of("Normal FailedBinding data: no persistent volumes available for this claim and no"
                + " storage class is set"), events(cluster.store()));
    }

    @Test
    void releasesTheVolumeOfADeletedClaimAndDeletesItByPolicy() {
        Cluster cluster = cluster("release.yaml");
        ObjectStore store = cluster.store();
        String kept = "pvc-" + claim(store, "kept").getMetadata().getUid();
        assertEquals("scratch", claim(store, "scratch").getSpec().getStorageClassName());
        assertEquals(2, volumes(store).size());
        store.delete(CoreV1Package.Literals.PERSISTENT_VOLUME_CLAIM, "default", "kept");
        store.delete(CoreV1Package.Literals.PERSISTENT_VOLUME_CLAIM, "default", "scratch");
        cluster.settle();
        assertEquals(List.of(kept + " Released default/kept Retain {pv.kubernetes.io/provisioned-by=ebs.csi.aws.com}"),
                volumes(store));
    }

    @Test
    void provisionsAWaitForFirstConsumerClaimOnTheScheduledNode() {
        PreviewCluster preview = new PreviewCluster();
        preview.apply(load("wait-for-first-consumer.yaml"));
        preview.settle();
        ObjectStore store = preview.store();
        assertEquals(List.of("default/data Pending - - [] class=standard {}"), claims(store));
        assertEquals(List.of("Normal WaitForFirstConsumer data: waiting for first consumer to be created before"
                + " binding"), events(store));
        preview.apply(load("consumer.yaml"));
        preview.settle();
        preview.advance(Duration.ofSeconds(10));
        Pod pod = store.get(CoreV1Package.Literals.POD, "default", "db");
        String node = pod.getSpec().getNodeName();
        String volume = "pvc-" + claim(store, "data").getMetadata().getUid();
        assertEquals("worker-a Running", node + " " + pod.getStatus().getPhase());
        assertEquals(List.of("default/data Bound " + volume + " 2Gi [ReadWriteOnce] class=standard"
                + " {pv.kubernetes.io/bind-completed=yes, pv.kubernetes.io/bound-by-controller=yes,"
                + " volume.beta.kubernetes.io/storage-provisioner=rancher.io/local-path,"
                + " volume.kubernetes.io/selected-node=worker-a,"
                + " volume.kubernetes.io/storage-provisioner=rancher.io/local-path}"), claims(store));
        assertEquals(List.of(volume + " Bound default/data Delete"
                + " {pv.kubernetes.io/provisioned-by=rancher.io/local-path}"), volumes(store));
        PersistentVolume pv = store.get(CoreV1Package.Literals.PERSISTENT_VOLUME, null, volume);
        var requirement = pv.getSpec().getNodeAffinity().getRequired().getNodeSelectorTerms().get(0)
                .getMatchExpressions().get(0);
        assertEquals("topology.kubernetes.io/zone In [zone-a]",
                requirement.getKey() + " " + requirement.getOperator() + " " + requirement.getValues());
        assertEquals(List.of(
                "Normal WaitForFirstConsumer data: waiting for first consumer to be created before binding",
                "Normal ExternalProvisioning data: Waiting for a volume to be created either by the external"
                        + " provisioner 'rancher.io/local-path' or manually by the system administrator. If volume"
                        + " creation is delayed, please verify that the provisioner is running and correctly"
                        + " registered.",
                "Normal ProvisioningSucceeded data: Successfully provisioned volume " + volume), events(store));
    }

    @Test
    void theShopsRedisClaimsAreProvisionedAndBound() throws IOException {
        Path shop = Path.of(System.getProperty("pilothouse.repo", "../.."), "examples", "shop");
        List<EObject> objects = new ArrayList<>();
        try (Stream<Path> files = Files.list(shop)) {
            files.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(f -> objects.addAll(load(f)));
        }
        PreviewCluster preview = new PreviewCluster();
        preview.apply(objects);
        preview.settle();
        preview.advance(Duration.ofSeconds(30));
        assertEquals(List.of("Bound standard", "Bound standard", "Bound standard"),
                preview.store().<PersistentVolumeClaim>list(CoreV1Package.Literals.PERSISTENT_VOLUME_CLAIM, "shop",
                        null).stream().map(c -> c.getStatus().getPhase() + " " + c.getSpec().getStorageClassName())
                        .toList());
        assertEquals(List.of("Running", "Running", "Running"), Stream.of("redis-0", "redis-1", "redis-2")
                .map(name -> preview.store().<Pod>get(CoreV1Package.Literals.POD, "shop", name).getStatus()
                        .getPhase())
                .toList());
    }

    private static Cluster cluster(String fixture) {
        Cluster cluster = new Cluster();
        AdmissionChain.install(cluster.store(), ObjectValidator.NONE);
        cluster.add(new PersistentVolumeController());
        load(fixture).forEach(cluster.store()::create);
        cluster.settle();
        return cluster;
    }

    private static List<EObject> load(String fixture) {
        return load(Path.of(System.getProperty("pilothouse.runtime.tests", "."), "resources", "persistentvolume",
                fixture));
    }

    private static List<EObject> load(Path path) {
        LoadResult result = LOADER.load(path);
        if (result.hasErrors()) {
            throw new IllegalStateException("cannot load " + path + ": " + result.documents());
        }
        return result.objects();
    }

    private static PersistentVolumeClaim claim(ObjectStore store, String name) {
        return store.get(CoreV1Package.Literals.PERSISTENT_VOLUME_CLAIM, "default", name);
    }

    /** Each claim as {@code ns/name phase volume capacity accessModes class=... {annotations}}. */
    private static List<String> claims(ObjectStore store) {
        List<PersistentVolumeClaim> claims = store.list(CoreV1Package.Literals.PERSISTENT_VOLUME_CLAIM, null, null);
        return claims.stream().map(c -> c.getMetadata().getNamespace() + "/" + c.getMetadata().getName() + " "
                + c.getStatus().getPhase() + " " + orDash(c.getSpec().getVolumeName()) + " "
                + orDash(c.getStatus().getCapacity().get("storage")) + " " + c.getStatus().getAccessModes()
                + " class=" + c.getSpec().getStorageClassName() + " " + annotations(c.getMetadata().getAnnotations()
                        .map()))
                .toList();
    }

    /** Each volume as {@code name phase claim reclaimPolicy {annotations}}. */
    private static List<String> volumes(ObjectStore store) {
        List<PersistentVolume> volumes = store.list(CoreV1Package.Literals.PERSISTENT_VOLUME, null, null);
        return volumes.stream().map(v -> v.getMetadata().getName() + " " + v.getStatus().getPhase() + " "
                + (v.getSpec().getClaimRef() == null
                        ? "-"
                        : v.getSpec().getClaimRef().getNamespace() + "/" + v.getSpec().getClaimRef().getName())
                + " " + v.getSpec().getPersistentVolumeReclaimPolicy() + " "
                + annotations(v.getMetadata().getAnnotations().map())).toList();
    }

    /** The events about claims and volumes in creation order, as {@code type reason name: note}. */
    private static List<String> events(ObjectStore store) {
        List<Event> events = store.list(EventsV1Package.Literals.EVENT, null, null);
        return events.stream()
                .filter(e -> e.getRegarding().getKind().startsWith("PersistentVolume"))
                .sorted(Comparator.comparing(e -> Long.parseLong(e.getMetadata().getResourceVersion())))
                .map(e -> e.getType() + " " + e.getReason() + " " + e.getRegarding().getName() + ": " + e.getNote())
                .toList();
    }

    private static String annotations(Map<String, String> annotations) {
        return new TreeMap<>(annotations).toString();
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
