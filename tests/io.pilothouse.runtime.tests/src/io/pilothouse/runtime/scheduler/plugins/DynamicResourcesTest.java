package io.pilothouse.runtime.scheduler.plugins;

import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.pod;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.resource.v1.DeviceRequestAllocationResult;
import io.pilothouse.model.k8s.resource.v1.ResourceClaim;
import io.pilothouse.model.k8s.resource.v1.ResourceV1Factory;
import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.PreFilterResult;
import io.pilothouse.runtime.scheduler.framework.Status;
import io.pilothouse.runtime.scheduler.plugins.dynamicresources.DeviceAllocator;
import io.pilothouse.runtime.scheduler.plugins.dynamicresources.ExactCountAllocator;

/** Cases after upstream's dynamicresources_test.go, with the first allocator and with a fake one. */
class DynamicResourcesTest {

    private static final String OBJECTS = """
            apiVersion: resource.k8s.io/v1
            kind: DeviceClass
            metadata: {name: gpu}
            spec:
              selectors: [{cel: {expression: 'device.driver == "gpu.example.com"'}}]
            ---
            apiVersion: resource.k8s.io/v1
            kind: ResourceSlice
            metadata: {name: node1-gpus}
            spec:
              driver: gpu.example.com
              nodeName: node1
              pool: {name: node1, generation: 1, resourceSliceCount: 1}
              devices: [{name: gpu-0}, {name: gpu-1}]
            ---
            apiVersion: resource.k8s.io/v1
            kind: ResourceSlice
            metadata: {name: node2-nics}
            spec:
              driver: nic.example.com
              nodeName: node2
              pool: {name: node2, generation: 1, resourceSliceCount: 1}
              devices: [{name: nic-0}]
            ---
            apiVersion: resource.k8s.io/v1
            kind: ResourceClaim
            metadata: {name: one-gpu, namespace: default, uid: uid-one-gpu}
            spec:
              devices:
                requests: [{name: gpu, exactly: {deviceClassName: gpu}}]
            ---
            apiVersion: resource.k8s.io/v1
            kind: ResourceClaim
            metadata: {name: three-gpus, namespace: default, uid: uid-three-gpus}
            spec:
              devices:
                requests: [{name: gpu, exactly: {deviceClassName: gpu, count: 3}}]
            ---
            apiVersion: resource.k8s.io/v1
            kind: ResourceClaim
            metadata: {name: no-class, namespace: default}
            spec:
              devices:
                requests: [{name: fpga, exactly: {deviceClassName: fpga}}]
            """;

    private final VolumeTestCluster cluster = new VolumeTestCluster().create(OBJECTS);

    private static PodInfo podWith(String claims) {
        return PodInfo.of(pod("p", "  resourceClaims: " + claims + "\n  containers: [{name: c, image: nginx}]\n"));
    }

    private String run(DynamicResources plugin, String claims, String node) {
        PodInfo pod = podWith(claims);
        CycleState state = new CycleState();
        Status status = plugin.preEnqueue(pod);
        if (status.isSuccess()) {
            status = plugin.preFilter(state, pod, new PreFilterResult[1]);
        }
        if (status.isSuccess()) {
            status = plugin.filter(state, pod, cluster.node(node, "{}"));
        }
        return status.code().upstreamName() + (status.reasons().isEmpty() ? "" : ": " + status.message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "one GPU on the GPU node|[{name: g, resourceClaimName: one-gpu}]|node1|Success",
            "one GPU on a node without GPUs|[{name: g, resourceClaimName: one-gpu}]|node2"
                    + "|UnschedulableAndUnresolvable: cannot allocate all claims",
            "three GPUs where two exist|[{name: g, resourceClaimName: three-gpus}]|node1"
                    + "|UnschedulableAndUnresolvable: cannot allocate all claims",
            "missing claim|[{name: g, resourceClaimName: nope}]|node1"
                    + "|UnschedulableAndUnresolvable: resourceclaim.resource.k8s.io \"nope\" not found",
            "template claim not created yet|[{name: g, resourceClaimTemplateName: t}]|node1"
                    + "|UnschedulableAndUnresolvable: pod \"default/p\": ResourceClaim not created yet",
            "device class does not exist|[{name: f, resourceClaimName: no-class}]|node1"
                    + "|UnschedulableAndUnresolvable: request fpga: device class fpga does not exist",
            "no claims|[]|node1|Skip"})
    void exactCountAllocator(String name, String claims, String node, String expected) {
        assertEquals(expected, run(new DynamicResources(cluster, cluster.store, new ExactCountAllocator()), claims,
                node));
    }

    @Test
    void allocationIsWrittenAtPreBindAndRestrictsTheNextPod() {
        DynamicResources plugin = new DynamicResources(cluster, cluster.store, new ExactCountAllocator());
        PodInfo pod = podWith("[{name: g, resourceClaimName: one-gpu}]");
        CycleState state = new CycleState();
        plugin.preFilter(state, pod, new PreFilterResult[1]);
        assertEquals(Status.SUCCESS, plugin.filter(state, pod, cluster.node("node1", "{}")));
        assertEquals(Status.SUCCESS, plugin.reserve(state, pod, "node1"));
        assertEquals(Status.SUCCESS, plugin.preBind(state, pod, "node1"));

        ResourceClaim claim = cluster.listers().resourceClaim("default", "one-gpu");
        assertEquals(List.of(DynamicResources.FINALIZER), claim.getMetadata().getFinalizers());
        DeviceRequestAllocationResult result = claim.getStatus().getAllocation().getDevices().getResults().get(0);
        assertEquals("gpu gpu.example.com/node1/gpu-0", result.getRequest() + " " + result.getDriver() + "/"
                + result.getPool() + "/" + result.getDevice());
        assertEquals("[node1]", claim.getStatus().getAllocation().getNodeSelector().getNodeSelectorTerms().get(0)
                .getMatchFields().get(0).getValues().toString());
        assertEquals("pods p uid-p", claim.getStatus().getReservedFor().get(0).getResource() + " "
                + claim.getStatus().getReservedFor().get(0).getName() + " "
                + claim.getStatus().getReservedFor().get(0).getUid());

        assertEquals("UnschedulableAndUnresolvable: resourceclaim not available on the node",
                run(plugin, "[{name: g, resourceClaimName: one-gpu}]", "node2"));
        assertEquals("Success", run(plugin, "[{name: g, resourceClaimName: one-gpu}]", "node1"));

        plugin.unreserve(state, pod, "node1");
        assertEquals(List.of(), cluster.listers().resourceClaim("default", "one-gpu").getStatus().getReservedFor());
    }

    @Test
    void anAllocatorCanBeReplaced() {
        DeviceAllocator none = (Node node, List<ResourceClaim> claims, DeviceAllocator.Inventory inventory) -> null;
        DeviceAllocator anything = (node, claims, inventory) -> claims.stream()
                .map(c -> ResourceV1Factory.eINSTANCE.createAllocationResult()).toList();
        String claims = "[{name: g, resourceClaimName: three-gpus}]";
        assertEquals("UnschedulableAndUnresolvable: cannot allocate all claims",
                run(new DynamicResources(cluster, cluster.store, none), claims, "node1"));
        assertEquals("Success", run(new DynamicResources(cluster, cluster.store, anything), claims, "node2"));
    }
}
