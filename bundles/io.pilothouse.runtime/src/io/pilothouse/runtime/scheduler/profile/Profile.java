package io.pilothouse.runtime.scheduler.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.pilothouse.runtime.scheduler.plugins.DefaultBinder;
import io.pilothouse.runtime.scheduler.plugins.DynamicResources;
import io.pilothouse.runtime.scheduler.plugins.ImageLocality;
import io.pilothouse.runtime.scheduler.plugins.InterPodAffinity;
import io.pilothouse.runtime.scheduler.plugins.NodeAffinity;
import io.pilothouse.runtime.scheduler.plugins.NodeName;
import io.pilothouse.runtime.scheduler.plugins.NodePorts;
import io.pilothouse.runtime.scheduler.plugins.NodeResourcesBalancedAllocation;
import io.pilothouse.runtime.scheduler.plugins.NodeResourcesFit;
import io.pilothouse.runtime.scheduler.plugins.NodeUnschedulable;
import io.pilothouse.runtime.scheduler.plugins.NodeVolumeLimits;
import io.pilothouse.runtime.scheduler.plugins.PodTopologySpread;
import io.pilothouse.runtime.scheduler.plugins.PrioritySort;
import io.pilothouse.runtime.scheduler.plugins.SchedulingGates;
import io.pilothouse.runtime.scheduler.plugins.TaintToleration;
import io.pilothouse.runtime.scheduler.plugins.VolumeBinding;
import io.pilothouse.runtime.scheduler.plugins.VolumeRestrictions;
import io.pilothouse.runtime.scheduler.plugins.VolumeZone;
import io.pilothouse.runtime.scheduler.plugins.defaultpreemption.DefaultPreemption;

/**
 * A scheduling profile, as one entry of upstream's {@code KubeSchedulerConfiguration.profiles}: the scheduler name
 * pods ask for, the plugins in the order they run at each extension point, and the share of nodes to score.
 *
 * @param schedulerName            the name pods give in {@code spec.schedulerName}
 * @param plugins                  the plugins, in upstream's multi-point order
 * @param percentageOfNodesToScore the percentage of nodes to find feasible before scoring; 0 for the adaptive
 *                                 default
 */
public record Profile(String schedulerName, List<PluginConfig> plugins, int percentageOfNodesToScore) {

    /** The scheduler name of the default profile and of pods that name none. */
    public static final String DEFAULT_SCHEDULER_NAME = "default-scheduler";

    /** Checks and copies. */
    public Profile {
        Objects.requireNonNull(schedulerName, "schedulerName");
        plugins = List.copyOf(plugins);
        if (percentageOfNodesToScore < 0 || percentageOfNodesToScore > 100) {
            throw new IllegalArgumentException("percentageOfNodesToScore must be in 0..100: "
                    + percentageOfNodesToScore);
        }
    }

    /**
     * The default profile with the in-tree plugins implemented so far, in upstream's default order and with its
     * default weights (TaintToleration 3, NodeAffinity 2, NodeResourcesFit 1, PodTopologySpread 2,
     * InterPodAffinity 2, NodeResourcesBalancedAllocation 1, ImageLocality 1), with DynamicResources before
     * DefaultPreemption as upstream adds it (DynamicResourceAllocation is GA); DefaultPreemption is its PostFilter,
     * so its scheduler must be able to preempt.
     */
    public static Profile defaultProfile() {
        return new Profile(DEFAULT_SCHEDULER_NAME, DEFAULT_PLUGINS, 0);
    }

    /** The same profile under another scheduler name. */
    public Profile named(String name) {
        return new Profile(name, plugins, percentageOfNodesToScore);
    }

    /** The same profile with a plugin's configuration replaced (or appended when absent). */
    public Profile with(PluginConfig plugin) {
        List<PluginConfig> updated = new ArrayList<>(plugins);
        int index = -1;
        for (int i = 0; i < updated.size(); i++) {
            if (updated.get(i).name().equals(plugin.name())) {
                index = i;
            }
        }
        if (index < 0) {
            updated.add(plugin);
        } else {
            updated.set(index, plugin);
        }
        return new Profile(schedulerName, updated, percentageOfNodesToScore);
    }

    /** The same profile without a plugin. */
    public Profile without(String pluginName) {
        return new Profile(schedulerName, plugins.stream().filter(p -> !p.name().equals(pluginName)).toList(),
                percentageOfNodesToScore);
    }

    /** The same profile with another percentage of nodes to score. */
    public Profile withPercentageOfNodesToScore(int percentage) {
        return new Profile(schedulerName, plugins, percentage);
    }

    private static final List<PluginConfig> DEFAULT_PLUGINS = List.of(
            PluginConfig.of(SchedulingGates.NAME),
            PluginConfig.of(PrioritySort.NAME),
            PluginConfig.of(NodeUnschedulable.NAME),
            PluginConfig.of(NodeName.NAME),
            PluginConfig.of(TaintToleration.NAME, 3),
            PluginConfig.of(NodeAffinity.NAME, 2),
            PluginConfig.of(NodePorts.NAME),
            PluginConfig.of(NodeResourcesFit.NAME, 1),
            PluginConfig.of(VolumeRestrictions.NAME),
            PluginConfig.of(NodeVolumeLimits.NAME),
            PluginConfig.of(VolumeBinding.NAME),
            PluginConfig.of(VolumeZone.NAME),
            PluginConfig.of(PodTopologySpread.NAME, 2),
            PluginConfig.of(InterPodAffinity.NAME, 2),
            PluginConfig.of(DynamicResources.NAME),
            PluginConfig.of(DefaultPreemption.NAME),
            PluginConfig.of(NodeResourcesBalancedAllocation.NAME, 1),
            PluginConfig.of(ImageLocality.NAME, 1),
            PluginConfig.of(DefaultBinder.NAME));
}
