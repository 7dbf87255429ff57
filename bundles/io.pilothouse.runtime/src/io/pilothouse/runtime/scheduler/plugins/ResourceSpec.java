package io.pilothouse.runtime.scheduler.plugins;

import java.util.List;

/**
 * A resource a scoring strategy looks at and its weight, as upstream's {@code config.ResourceSpec}.
 *
 * @param name   the resource name
 * @param weight the weight, at least 1
 */
public record ResourceSpec(String name, long weight) {

    /** The default resources of the scoring strategies: cpu and memory, weight 1 each. */
    public static final List<ResourceSpec> DEFAULTS = List.of(new ResourceSpec("cpu", 1),
            new ResourceSpec("memory", 1));
}
