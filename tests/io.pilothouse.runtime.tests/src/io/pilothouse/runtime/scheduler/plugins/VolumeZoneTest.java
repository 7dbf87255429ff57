package io.pilothouse.runtime.scheduler.plugins;

import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.pod;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.PreFilterResult;
import io.pilothouse.runtime.scheduler.framework.Status;

/** Cases after upstream's volume_zone_test.go. */
class VolumeZoneTest {

    private static final String OBJECTS = """
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: late}
            provisioner: csi.example.com
            volumeBindingMode: WaitForFirstConsumer
            ---
            apiVersion: v1
            kind: PersistentVolume
            metadata:
              name: pv-a
              labels: {topology.kubernetes.io/zone: zone-a, topology.kubernetes.io/region: r1}
            spec: {capacity: {storage: 1Gi}, accessModes: [ReadWriteOnce]}
            ---
            apiVersion: v1
            kind: PersistentVolume
            metadata:
              name: pv-beta
              labels: {failure-domain.beta.kubernetes.io/zone: zone-a__zone-b}
            spec: {capacity: {storage: 1Gi}, accessModes: [ReadWriteOnce]}
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: {name: claim-a, namespace: default}
            spec: {volumeName: pv-a}
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: {name: claim-beta, namespace: default}
            spec: {volumeName: pv-beta}
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: {name: unbound-late, namespace: default}
            spec: {storageClassName: late}
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: {name: unbound-no-class, namespace: default}
            spec: {storageClassName: ''}
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "zone and region match|claim-a|{topology.kubernetes.io/zone: zone-a, topology.kubernetes.io/region: r1}"
                    + "|Success",
            "other zone|claim-a|{topology.kubernetes.io/zone: zone-b, topology.kubernetes.io/region: r1}"
                    + "|UnschedulableAndUnresolvable: node(s) had no available volume zone",
            "node without topology labels|claim-a|{foo: bar}|Success",
            "node lacks the region|claim-a|{topology.kubernetes.io/zone: zone-a}"
                    + "|UnschedulableAndUnresolvable: node(s) had no available volume zone",
            "beta label against GA node label, second zone|claim-beta|{topology.kubernetes.io/zone: zone-b}|Success",
            "beta label, zone not listed|claim-beta|{failure-domain.beta.kubernetes.io/zone: zone-c}"
                    + "|UnschedulableAndUnresolvable: node(s) had no available volume zone",
            "unbound WaitForFirstConsumer claim is skipped|unbound-late|{topology.kubernetes.io/zone: zone-c}|Skip",
            "unbound claim without class|unbound-no-class|{topology.kubernetes.io/zone: zone-c}"
                    + "|UnschedulableAndUnresolvable: PersistentVolumeClaim had no pv name and storageClass name",
            "missing claim|nope|{}|UnschedulableAndUnresolvable: persistentvolumeclaim \"nope\" not found"})
    void filter(String name, String claim, String nodeLabels, String expected) {
        VolumeTestCluster cluster = new VolumeTestCluster().create(OBJECTS);
        VolumeZone plugin = new VolumeZone(cluster);
        PodInfo pod = PodInfo.of(pod("p", "  volumes: [{name: v, persistentVolumeClaim: {claimName: " + claim
                + "}}]\n  containers: [{name: c, image: nginx}]\n"));
        CycleState state = new CycleState();
        Status status = plugin.preFilter(state, pod, new PreFilterResult[1]);
        if (status.isSuccess()) {
            status = plugin.filter(state, pod, cluster.node("node1", nodeLabels));
        }
        assertEquals(expected, status.code().upstreamName() + (status.reasons().isEmpty()
                ? ""
                : ": "
                        + status.message()));
    }
}
