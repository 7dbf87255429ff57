package io.pilothouse.runtime.scheduler.plugins;

import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.PodSpec;
import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.Handle;
import io.pilothouse.runtime.scheduler.framework.ImageStateSummary;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.ScorePlugin;

/**
 * Favors nodes that already have the pod's images: the sum over the containers of each present image's size scaled
 * by the share of nodes that have it, clamped to 23 MiB .. 1000 MiB per container and mapped to 0–100.
 */
public final class ImageLocality implements ScorePlugin {

    public static final String NAME = "ImageLocality";

    private static final long MB = 1024L * 1024;
    private static final long MIN_THRESHOLD = 23 * MB;
    private static final long MAX_CONTAINER_THRESHOLD = 1000 * MB;

    private final Handle handle;

    public ImageLocality(Handle handle) {
        this.handle = handle;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long score(CycleState state, PodInfo pod, NodeInfo node) {
        if (node.imageNames().isEmpty()) {
            return 0;
        }
        PodSpec spec = pod.pod().getSpec();
        int totalNodes = handle.snapshot().nodes().size();
        long sum = 0;
        for (Container container : spec.getInitContainers()) {
            sum += imageScore(node, container, totalNodes);
        }
        for (Container container : spec.getContainers()) {
            sum += imageScore(node, container, totalNodes);
        }
        long maxThreshold = MAX_CONTAINER_THRESHOLD * (spec.getInitContainers().size() + spec.getContainers().size());
        long clamped = Math.max(MIN_THRESHOLD, Math.min(maxThreshold, sum));
        return MAX_NODE_SCORE * (clamped - MIN_THRESHOLD) / (maxThreshold - MIN_THRESHOLD);
    }

    private static long imageScore(NodeInfo node, Container container, int totalNodes) {
        if (container.getImage() == null) {
            return 0;
        }
        ImageStateSummary state = node.imageState(normalizedImageName(container.getImage()));
        return state == null ? 0 : (long) (state.size() * ((double) state.numNodes() / totalNodes));
    }

    /** The image name with {@code :latest} added when it has no tag. */
    static String normalizedImageName(String name) {
        return name.lastIndexOf(':') <= name.lastIndexOf('/') ? name + ":latest" : name;
    }
}
