package io.pilothouse.runtime.scheduler.plugins;

import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.node;
import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.pod;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.Handle;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.Snapshot;
import io.pilothouse.runtime.scheduler.framework.WaitingPod;

/** Cases after upstream's image_locality_test.go. */
class ImageLocalityTest {

    private static final long MB = 1024L * 1024;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "image on one of two nodes|nginx:1.0|250|0|10,0",
            "image on both nodes|nginx:1.0|250|250|23,23",
            "untagged image is :latest|nginx|250|0|10,0",
            "small image scores 0|nginx:1.0|10|0|0,0",
            "image at the per-container cap|nginx:1.0|2000|2000|100,100"})
    void score(String name, String image, long sizeOnNode1, long sizeOnNode2, String expected) {
        Snapshot snapshot = new Snapshot();
        snapshot.putNode(withImage("node1", sizeOnNode1));
        snapshot.putNode(withImage("node2", sizeOnNode2));
        ImageLocality plugin = new ImageLocality(new Handle() {
            @Override
            public Snapshot snapshot() {
                return snapshot;
            }

            @Override
            public WaitingPod waitingPod(String podKey) {
                return null;
            }
        });
        PodInfo pod = PodInfo.of(pod("p", "  containers: [{name: c, image: '" + image + "'}]\n"));
        long first = plugin.score(new CycleState(), pod, snapshot.get("node1"));
        long second = plugin.score(new CycleState(), pod, snapshot.get("node2"));
        assertEquals(expected, first + "," + second);
    }

    private static Node withImage(String name, long sizeMb) {
        String images = sizeMb == 0
                ? "[]"
                : "[{names: ['docker.io/library/nginx:1.0', 'nginx:1.0', 'nginx:latest'],"
                        + " sizeBytes: " + sizeMb * MB + "}]";
        return node(name, "status:\n  images: " + images + "\n");
    }
}
