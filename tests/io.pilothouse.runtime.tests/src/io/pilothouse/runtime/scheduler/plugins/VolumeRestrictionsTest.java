package io.pilothouse.runtime.scheduler.plugins;

import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.pod;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.PreFilterResult;
import io.pilothouse.runtime.scheduler.framework.Status;

/** Cases after upstream's volume_restrictions_test.go. */
class VolumeRestrictionsTest {

    private static final String CONTAINERS = "  containers: [{name: c, image: nginx}]\n";

    private final VolumeTestCluster cluster = new VolumeTestCluster();
    private final VolumeRestrictions plugin = new VolumeRestrictions(cluster);

    private String run(String volumes, NodeInfo node) {
        PodInfo pod = PodInfo.of(pod("new", "  volumes: " + volumes + "\n" + CONTAINERS));
        CycleState state = new CycleState();
        Status status = plugin.preFilter(state, pod, new PreFilterResult[1]);
        if (status.isSuccess()) {
            status = plugin.filter(state, pod, node);
        }
        return status.code().upstreamName() + (status.reasons().isEmpty() ? "" : ": " + status.message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "same GCE PD|[{name: v, gcePersistentDisk: {pdName: foo}}]"
                    + "|[{name: v, gcePersistentDisk: {pdName: foo}}]|Unschedulable: node(s) had no available disk",
            "same GCE PD both read-only|[{name: v, gcePersistentDisk: {pdName: foo, readOnly: true}}]"
                    + "|[{name: v, gcePersistentDisk: {pdName: foo, readOnly: true}}]|Success",
            "other GCE PD|[{name: v, gcePersistentDisk: {pdName: foo}}]"
                    + "|[{name: v, gcePersistentDisk: {pdName: bar}}]|Success",
            "same EBS even read-only|[{name: v, awsElasticBlockStore: {volumeID: foo, readOnly: true}}]"
                    + "|[{name: v, awsElasticBlockStore: {volumeID: foo, readOnly: true}}]"
                    + "|Unschedulable: node(s) had no available disk",
            "same iSCSI IQN|[{name: v, iscsi: {targetPortal: 'a:3260', iqn: iqn.2016-12.server:a, lun: 0}}]"
                    + "|[{name: v, iscsi: {targetPortal: 'b:3260', iqn: iqn.2016-12.server:a, lun: 1}}]"
                    + "|Unschedulable: node(s) had no available disk",
            "RBD monitors overlap, default pool|[{name: v, rbd: {monitors: [a, b], image: foo}}]"
                    + "|[{name: v, rbd: {monitors: [b, c], pool: rbd, image: foo}}]"
                    + "|Unschedulable: node(s) had no available disk",
            "RBD other image|[{name: v, rbd: {monitors: [a], image: foo}}]"
                    + "|[{name: v, rbd: {monitors: [a], image: bar}}]|Success",
            "no restricted volume|[{name: v, gcePersistentDisk: {pdName: foo}}]|[{name: v, emptyDir: {}}]|Skip"})
    void diskConflicts(String name, String existing, String incoming, String expected) {
        NodeInfo node = cluster.node("node1", "{}");
        cluster.place(pod("old", "  volumes: " + existing + "\n" + CONTAINERS), "node1");
        assertEquals(expected, run(incoming, node));
    }

    @Test
    void readWriteOncePodClaimInUseRejectsEveryNode() {
        cluster.create("""
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: data, namespace: default}
                spec: {accessModes: [ReadWriteOncePod], resources: {requests: {storage: 1Gi}}}
                """);
        NodeInfo empty = cluster.node("node2", "{}");
        cluster.node("node1", "{}");
        String claim = "[{name: v, persistentVolumeClaim: {claimName: data}}]";
        assertEquals("Skip", run(claim, empty));
        cluster.place(pod("old", "  volumes: " + claim + "\n" + CONTAINERS), "node1");
        assertEquals("Unschedulable: node has pod using PersistentVolumeClaim with the same name and ReadWriteOncePod"
                + " access mode", run(claim, empty));
    }

    @Test
    void readWriteOncePodCountFollowsAddAndRemovePod() {
        cluster.create("""
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: data, namespace: default}
                spec: {accessModes: [ReadWriteOncePod]}
                """);
        NodeInfo node = cluster.node("node1", "{}");
        String volumes = "  volumes: [{name: v, persistentVolumeClaim: {claimName: data}}]\n" + CONTAINERS;
        PodInfo pod = PodInfo.of(pod("new", volumes));
        PodInfo victim = PodInfo.of(pod("old", volumes));
        cluster.place(victim.pod(), "node1");
        CycleState state = new CycleState();
        assertEquals(Status.SUCCESS, plugin.preFilter(state, pod, new PreFilterResult[1]));
        Status conflict = Status.unschedulable(VolumeRestrictions.ERR_REASON_READ_WRITE_ONCE_POD_CONFLICT);
        assertEquals(conflict, plugin.filter(state, pod, node));
        CycleState withoutVictim = state.copy();
        plugin.removePod(withoutVictim, pod, victim, node);
        assertEquals(Status.SUCCESS, plugin.filter(withoutVictim, pod, node));
        assertEquals(conflict, plugin.filter(state, pod, node));
        plugin.addPod(withoutVictim, pod, victim, node);
        assertEquals(conflict, plugin.filter(withoutVictim, pod, node));
    }

    @Test
    void missingClaimIsUnresolvable() {
        assertEquals("UnschedulableAndUnresolvable: persistentvolumeclaim \"nope\" not found",
                run("[{name: v, persistentVolumeClaim: {claimName: nope}}]", cluster.node("node1", "{}")));
    }
}
