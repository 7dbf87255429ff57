package io.pilothouse.runtime.scheduler.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.scheduler.framework.Framework;
import io.pilothouse.runtime.scheduler.framework.Handle;
import io.pilothouse.runtime.scheduler.framework.Plugin;
import io.pilothouse.runtime.scheduler.plugins.DefaultBinder;
import io.pilothouse.runtime.scheduler.plugins.DefaultBinder.PodBinder;
import io.pilothouse.runtime.scheduler.plugins.DynamicResources;
import io.pilothouse.runtime.scheduler.plugins.ImageLocality;
import io.pilothouse.runtime.scheduler.plugins.InterPodAffinity;
import io.pilothouse.runtime.scheduler.plugins.InterPodAffinityArgs;
import io.pilothouse.runtime.scheduler.plugins.NodeAffinity;
import io.pilothouse.runtime.scheduler.plugins.NodeName;
import io.pilothouse.runtime.scheduler.plugins.NodePorts;
import io.pilothouse.runtime.scheduler.plugins.NodeResourcesBalancedAllocation;
import io.pilothouse.runtime.scheduler.plugins.NodeResourcesBalancedAllocationArgs;
import io.pilothouse.runtime.scheduler.plugins.NodeResourcesFit;
import io.pilothouse.runtime.scheduler.plugins.NodeResourcesFitArgs;
import io.pilothouse.runtime.scheduler.plugins.NodeUnschedulable;
import io.pilothouse.runtime.scheduler.plugins.NodeVolumeLimits;
import io.pilothouse.runtime.scheduler.plugins.PodTopologySpread;
import io.pilothouse.runtime.scheduler.plugins.PodTopologySpreadArgs;
import io.pilothouse.runtime.scheduler.plugins.PrioritySort;
import io.pilothouse.runtime.scheduler.plugins.SchedulingGates;
import io.pilothouse.runtime.scheduler.plugins.TaintToleration;
import io.pilothouse.runtime.scheduler.plugins.VolumeBinding;
import io.pilothouse.runtime.scheduler.plugins.VolumeRestrictions;
import io.pilothouse.runtime.scheduler.plugins.VolumeZone;
import io.pilothouse.runtime.scheduler.plugins.dynamicresources.ExactCountAllocator;
import io.pilothouse.runtime.scheduler.plugins.defaultpreemption.DefaultPreemption;
import io.pilothouse.runtime.scheduler.plugins.defaultpreemption.DefaultPreemptionArgs;
import io.pilothouse.runtime.scheduler.plugins.defaultpreemption.PreemptionHandle;

/**
 * The plugins a profile may name, by name, as upstream's in-tree registry. Only implemented plugins are listed; more
 * join it through {@link #register}.
 */
public final class PluginRegistry {

    private final Map<String, Factory> factories = new LinkedHashMap<>();

    /** What a plugin may be built with besides its arguments. */
    public record Context(Handle handle, PodBinder binder) {}

    /** Builds a plugin from its arguments ({@code null} for the defaults). */
    @FunctionalInterface
    public interface Factory {
        Plugin create(Object args, Context context);
    }

    /** The registry of the in-tree plugins implemented so far. */
    public static PluginRegistry inTree() {
        PluginRegistry registry = new PluginRegistry();
        registry.register(SchedulingGates.NAME, (args, context) -> new SchedulingGates());
        registry.register(PrioritySort.NAME, (args, context) -> new PrioritySort());
        registry.register(NodeUnschedulable.NAME, (args, context) -> new NodeUnschedulable());
        registry.register(NodeName.NAME, (args, context) -> new NodeName());
        registry.register(TaintToleration.NAME, (args, context) -> new TaintToleration());
        registry.register(NodeAffinity.NAME, (args, context) -> new NodeAffinity());
        registry.register(NodePorts.NAME, (args, context) -> new NodePorts());
        registry.register(NodeResourcesFit.NAME, (args, context) -> new NodeResourcesFit(
                args == null ? NodeResourcesFitArgs.DEFAULT : (NodeResourcesFitArgs) args));
        registry.register(NodeResourcesBalancedAllocation.NAME, (args, context) -> new NodeResourcesBalancedAllocation(
                (args == null
                        ? NodeResourcesBalancedAllocationArgs.DEFAULT
                        : (NodeResourcesBalancedAllocationArgs) args).resources()));
        registry.register(VolumeRestrictions.NAME, (args, context) -> new VolumeRestrictions(context.handle()));
        registry.register(NodeVolumeLimits.NAME, (args, context) -> new NodeVolumeLimits(context.handle()));
        registry.register(VolumeBinding.NAME, (args, context) -> new VolumeBinding(context.handle(),
                api(context)));
        registry.register(VolumeZone.NAME, (args, context) -> new VolumeZone(context.handle()));
        registry.register(PodTopologySpread.NAME, (args, context) -> new PodTopologySpread(context.handle(),
                args == null ? PodTopologySpreadArgs.DEFAULT : (PodTopologySpreadArgs) args));
        registry.register(InterPodAffinity.NAME, (args, context) -> new InterPodAffinity(context.handle(),
                args == null ? InterPodAffinityArgs.DEFAULT : (InterPodAffinityArgs) args));
        registry.register(ImageLocality.NAME, (args, context) -> new ImageLocality(context.handle()));
        registry.register(DefaultBinder.NAME, (args, context) -> new DefaultBinder(context.binder()));
        registry.register(DynamicResources.NAME, (args, context) -> new DynamicResources(context.handle(),
                api(context), new ExactCountAllocator()));
        registry.register(DefaultPreemption.NAME, PluginRegistry::defaultPreemption);
        return registry;
    }

    private static Plugin defaultPreemption(Object args, Context context) {
        if (!(context.handle() instanceof PreemptionHandle handle)) {
            throw new IllegalArgumentException("plugin \"" + DefaultPreemption.NAME
                    + "\" needs a scheduler that can preempt");
        }
        return new DefaultPreemption(handle,
                args == null ? DefaultPreemptionArgs.DEFAULT : (DefaultPreemptionArgs) args);
    }

    /**
     * The API plugins write to at PreBind: the store of a scheduler that has one (the handle of a preempting
     * scheduler), {@code null} for handles without a cluster.
     */
    private static ObjectStore api(Context context) {
        return context.handle() instanceof PreemptionHandle handle ? handle.store() : null;
    }

    /** Adds or replaces a plugin factory. */
    public void register(String name, Factory factory) {
        factories.put(name, factory);
    }

    /**
     * Builds a plugin.
     *
     * @throws IllegalArgumentException when no plugin of that name is registered
     */
    public Plugin create(String name, Object args, Context context) {
        Factory factory = factories.get(name);
        if (factory == null) {
            throw new IllegalArgumentException("plugin \"" + name + "\" does not exist");
        }
        return factory.create(args, context);
    }

    /** Builds the framework of a profile: its plugins in order, with their weights. */
    public Framework framework(Profile profile, Context context) {
        List<Plugin> plugins = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (PluginConfig config : profile.plugins()) {
            plugins.add(create(config.name(), config.args(), context));
            weights.add(config.weight());
        }
        return new Framework(profile.schedulerName(), profile.percentageOfNodesToScore(), plugins, weights);
    }

    /** The registered plugin names, in registration order. */
    public Iterable<String> names() {
        return Collections.unmodifiableSet(factories.keySet());
    }
}
