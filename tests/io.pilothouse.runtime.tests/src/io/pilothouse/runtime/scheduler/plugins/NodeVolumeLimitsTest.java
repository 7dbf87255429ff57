package io.pilothouse.runtime.scheduler.plugins;

import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.pod;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.PreFilterResult;
import io.pilothouse.runtime.scheduler.framework.Status;

/** Cases after upstream's csi_test.go: the CSINode's allocatable count per driver. */
class NodeVolumeLimitsTest {

    private static final String OBJECTS = """
            apiVersion: storage.k8s.io/v1
            kind: CSINode
            metadata: {name: node1}
            spec:
              drivers:
              - {name: ebs.csi.aws.com, nodeID: n1, allocatable: {count: 2}}
              - {name: other.csi.example.com, nodeID: n1}
            ---
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: ebs}
            provisioner: ebs.csi.aws.com
            volumeBindingMode: WaitForFirstConsumer
            """;

    /** A PV with a CSI volume, and a claim bound to it. */
    private static String boundClaim(String name, String driver) {
        return """
                ---
                apiVersion: v1
                kind: PersistentVolume
                metadata: {name: pv-%1$s}
                spec:
                  capacity: {storage: 1Gi}
                  accessModes: [ReadWriteOnce]
                  csi: {driver: %2$s, volumeHandle: h-%1$s}
                ---
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: %1$s, namespace: default}
                spec: {volumeName: pv-%1$s}
                """.formatted(name, driver);
    }

    private static Pod podWith(String name, String claims) {
        StringBuilder volumes = new StringBuilder("  volumes:\n");
        for (String claim : claims.split(" ")) {
            volumes.append("  - {name: ").append(claim).append(", persistentVolumeClaim: {claimName: ").append(claim)
                    .append("}}\n");
        }
        return pod(name, volumes + "  containers: [{name: c, image: nginx}]\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "one attached, one new fits|a|b|Success",
            "two attached, one new exceeds|a b|c|Unschedulable: node(s) exceed max volume count",
            "volume already attached counts once|a b|a|Success",
            "two new on empty node fit|-|a b|Success",
            "three new exceed|-|a b c|Unschedulable: node(s) exceed max volume count",
            "unbound claim counts for its provisioner|a b|unbound|Unschedulable: node(s) exceed max volume count",
            "driver without a limit|a b|o1 o2 o3|Success",
            "missing claim|-|nope|UnschedulableAndUnresolvable: looking up PVC default/nope:"
                    + " persistentvolumeclaim \"nope\" not found"})
    void filter(String name, String attached, String incoming, String expected) {
        VolumeTestCluster cluster = new VolumeTestCluster().create(OBJECTS + boundClaim("a", "ebs.csi.aws.com")
                + boundClaim("b", "ebs.csi.aws.com") + boundClaim("c", "ebs.csi.aws.com")
                + boundClaim("o1", "other.csi.example.com") + boundClaim("o2", "other.csi.example.com")
                + boundClaim("o3", "other.csi.example.com") + """
                        ---
                        apiVersion: v1
                        kind: PersistentVolumeClaim
                        metadata: {name: unbound, namespace: default}
                        spec: {storageClassName: ebs}
                        """);
        NodeInfo node = cluster.node("node1", "{}");
        if (!"-".equals(attached)) {
            cluster.place(podWith("old", attached), "node1");
        }
        NodeVolumeLimits plugin = new NodeVolumeLimits(cluster);
        PodInfo pod = PodInfo.of(podWith("new", incoming));
        CycleState state = new CycleState();
        assertEquals(Status.SUCCESS, plugin.preFilter(state, pod, new PreFilterResult[1]));
        Status status = plugin.filter(state, pod, node);
        assertEquals(expected, status.code().upstreamName() + (status.reasons().isEmpty()
                ? ""
                : ": "
                        + status.message()));
    }
}
