package io.pilothouse.runtime.scheduler.plugins;

import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.pod;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.PersistentVolume;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.PreFilterResult;
import io.pilothouse.runtime.scheduler.framework.Status;

/** Cases after upstream's volume_binding_test.go and binder_test.go. */
class VolumeBindingTest {

    private static final String OBJECTS = """
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: immediate}
            provisioner: csi.example.com
            ---
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: local}
            provisioner: kubernetes.io/no-provisioner
            volumeBindingMode: WaitForFirstConsumer
            ---
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: zonal}
            provisioner: csi.example.com
            volumeBindingMode: WaitForFirstConsumer
            allowedTopologies:
            - matchLabelExpressions: [{key: topology.kubernetes.io/zone, values: [zone-a]}]
            ---
            apiVersion: v1
            kind: PersistentVolume
            metadata: {name: pv-bound}
            spec:
              capacity: {storage: 1Gi}
              accessModes: [ReadWriteOnce]
              claimRef: {namespace: default, name: bound}
              nodeAffinity:
                required:
                  nodeSelectorTerms:
                  - matchExpressions: [{key: topology.kubernetes.io/zone, operator: In, values: [zone-a]}]
            ---
            apiVersion: v1
            kind: PersistentVolume
            metadata: {name: local-big}
            spec:
              capacity: {storage: 10Gi}
              accessModes: [ReadWriteOnce]
              storageClassName: local
              local: {path: /mnt/big}
              nodeAffinity:
                required:
                  nodeSelectorTerms:
                  - matchExpressions: [{key: kubernetes.io/hostname, operator: In, values: [node1]}]
            ---
            apiVersion: v1
            kind: PersistentVolume
            metadata: {name: local-small}
            spec:
              capacity: {storage: 2Gi}
              accessModes: [ReadWriteOnce]
              storageClassName: local
              local: {path: /mnt/small}
              nodeAffinity:
                required:
                  nodeSelectorTerms:
                  - matchExpressions: [{key: kubernetes.io/hostname, operator: In, values: [node1]}]
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: {name: bound, namespace: default}
            spec: {volumeName: pv-bound, accessModes: [ReadWriteOnce]}
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: {name: lost, namespace: default}
            spec: {volumeName: pv-gone, accessModes: [ReadWriteOnce]}
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: {name: now, namespace: default}
            spec: {storageClassName: immediate, accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: {name: local-1g, namespace: default}
            spec: {storageClassName: local, accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: {name: local-20g, namespace: default}
            spec: {storageClassName: local, accessModes: [ReadWriteOnce], resources: {requests: {storage: 20Gi}}}
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: {name: local-rwx, namespace: default}
            spec: {storageClassName: local, accessModes: [ReadWriteMany], resources: {requests: {storage: 1Gi}}}
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: {name: zonal, namespace: default}
            spec: {storageClassName: zonal, accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
            """;

    private static final String HOST1 = "{kubernetes.io/hostname: node1}";

    private final VolumeTestCluster cluster = new VolumeTestCluster().create(OBJECTS);
    private final VolumeBinding plugin = new VolumeBinding(cluster, cluster.store);

    private static PodInfo podWith(String claims) {
        StringBuilder volumes = new StringBuilder("  volumes:\n");
        for (String claim : claims.split(" ")) {
            volumes.append("  - {name: v-").append(claim).append(", persistentVolumeClaim: {claimName: ")
                    .append(claim).append("}}\n");
        }
        return PodInfo.of(pod("p", volumes + "  containers: [{name: c, image: nginx}]\n"));
    }

    private static String text(Status status) {
        return status.code().upstreamName() + (status.reasons().isEmpty() ? "" : ": " + status.message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing claim|nope|UnschedulableAndUnresolvable: persistentvolumeclaim \"nope\" not found",
            "unbound immediate claim|now|UnschedulableAndUnresolvable: pod has unbound immediate"
                    + " PersistentVolumeClaims"})
    void preFilterRejects(String name, String claims, String expected) {
        assertEquals(expected, text(plugin.preFilter(new CycleState(), podWith(claims), new PreFilterResult[1])));
    }

    @Test
    void podWithoutClaimsIsSkipped() {
        PodInfo pod = PodInfo.of(pod("p", "  containers: [{name: c, image: nginx}]\n"));
        assertEquals(Status.SKIP, plugin.preFilter(new CycleState(), pod, new PreFilterResult[1]));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bound volume in the node's zone|bound|node1|{topology.kubernetes.io/zone: zone-a}|Success",
            "bound volume in another zone|bound|node1|{topology.kubernetes.io/zone: zone-b}"
                    + "|UnschedulableAndUnresolvable: node(s) had volume node affinity conflict",
            "bound to a volume that does not exist|lost|node1|{}|UnschedulableAndUnresolvable: node(s) unavailable"
                    + " due to one or more pvc(s) bound to non-existent pv(s)",
            "local volume on its node|local-1g|node1|{kubernetes.io/hostname: node1}|Success",
            "local volume elsewhere, no provisioner|local-1g|node2|{kubernetes.io/hostname: node2}"
                    + "|UnschedulableAndUnresolvable: node(s) didn't find available persistent volumes to bind",
            "no volume large enough|local-20g|node1|{kubernetes.io/hostname: node1}"
                    + "|UnschedulableAndUnresolvable: node(s) didn't find available persistent volumes to bind",
            "access modes not offered|local-rwx|node1|{kubernetes.io/hostname: node1}"
                    + "|UnschedulableAndUnresolvable: node(s) didn't find available persistent volumes to bind",
            "provisioning in an allowed zone|zonal|node1|{topology.kubernetes.io/zone: zone-a}|Success",
            "provisioning outside the allowed zones|zonal|node1|{topology.kubernetes.io/zone: zone-b}"
                    + "|UnschedulableAndUnresolvable: node(s) didn't find available persistent volumes to bind",
            "two claims fail both ways|bound local-20g|node1|{topology.kubernetes.io/zone: zone-b}"
                    + "|UnschedulableAndUnresolvable: node(s) had volume node affinity conflict, node(s) didn't find"
                    + " available persistent volumes to bind"})
    void filter(String name, String claims, String node, String labels, String expected) {
        PodInfo pod = podWith(claims);
        CycleState state = new CycleState();
        assertEquals(Status.SUCCESS, plugin.preFilter(state, pod, new PreFilterResult[1]));
        assertEquals(expected, text(plugin.filter(state, pod, cluster.node(node, labels))));
    }

    @Test
    void smallestFittingVolumeIsBoundAtPreBind() {
        PodInfo pod = podWith("local-1g");
        CycleState state = new CycleState();
        plugin.preFilter(state, pod, new PreFilterResult[1]);
        assertEquals(Status.SUCCESS, plugin.filter(state, pod, cluster.node("node1", HOST1)));
        assertEquals(Status.SUCCESS, plugin.reserve(state, pod, "node1"));
        cluster.create("""
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: rival, namespace: default}
                spec: {storageClassName: local, accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
                """);
        PodInfo rival = podWith("rival");
        CycleState rivalState = new CycleState();
        plugin.preFilter(rivalState, rival, new PreFilterResult[1]);
        assertEquals(Status.SUCCESS, plugin.filter(rivalState, rival, cluster.node("node1", HOST1)));
        plugin.reserve(rivalState, rival, "node1");
        assertEquals(Status.SUCCESS, plugin.preBind(rivalState, rival, "node1"));
        assertEquals("local-big", cluster.store.<PersistentVolumeClaim>get(
                CoreV1Factory.eINSTANCE.createPersistentVolumeClaim().eClass(), "default", "rival").getSpec()
                .getVolumeName());
        assertEquals(Status.SUCCESS, plugin.preBind(state, pod, "node1"));

        PersistentVolume pv = cluster.store.get(CoreV1Factory.eINSTANCE.createPersistentVolume().eClass(), null,
                "local-small");
        assertEquals("default/local-1g", pv.getSpec().getClaimRef().getNamespace() + "/"
                + pv.getSpec().getClaimRef().getName());
        assertEquals("PersistentVolumeClaim", pv.getSpec().getClaimRef().getKind());
        assertEquals(Map.of("pv.kubernetes.io/bound-by-controller", "yes"), pv.getMetadata().getAnnotations().map());
        assertEquals("Bound", pv.getStatus().getPhase());
        PersistentVolumeClaim claim = cluster.store.get(
                CoreV1Factory.eINSTANCE.createPersistentVolumeClaim().eClass(), "default", "local-1g");
        assertEquals("local-small", claim.getSpec().getVolumeName());
        assertEquals(Map.of("pv.kubernetes.io/bind-completed", "yes", "pv.kubernetes.io/bound-by-controller", "yes"),
                claim.getMetadata().getAnnotations().map());
        assertEquals("Bound", claim.getStatus().getPhase());
        assertEquals("2Gi", claim.getStatus().getCapacity().get("storage").toString());
    }

    @Test
    void provisioningSetsTheSelectedNode() {
        PodInfo pod = podWith("zonal");
        CycleState state = new CycleState();
        plugin.preFilter(state, pod, new PreFilterResult[1]);
        plugin.filter(state, pod, cluster.node("node1", "{topology.kubernetes.io/zone: zone-a}"));
        plugin.reserve(state, pod, "node1");
        assertEquals(Status.SUCCESS, plugin.preBind(state, pod, "node1"));
        PersistentVolumeClaim claim = cluster.store.get(
                CoreV1Factory.eINSTANCE.createPersistentVolumeClaim().eClass(), "default", "zonal");
        assertEquals(Map.of("volume.kubernetes.io/selected-node", "node1"),
                claim.getMetadata().getAnnotations().map());
    }

    @Test
    void boundLocalVolumeNarrowsTheNodes() {
        cluster.create("""
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: on-big, namespace: default}
                spec: {volumeName: local-big}
                """);
        PreFilterResult[] result = new PreFilterResult[] {PreFilterResult.ALL_NODES};
        assertEquals(Status.SUCCESS, plugin.preFilter(new CycleState(), podWith("on-big"), result));
        assertEquals("[node1]", result[0].nodeNames().toString());
    }
}
