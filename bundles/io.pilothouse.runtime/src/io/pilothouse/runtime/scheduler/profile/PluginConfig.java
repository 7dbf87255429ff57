package io.pilothouse.runtime.scheduler.profile;

import java.util.Objects;

/**
 * One plugin of a profile, enabled at every extension point it implements (upstream's {@code multiPoint}).
 *
 * @param name   the plugin's name in the registry
 * @param weight its Score weight (ignored when it does not score)
 * @param args   its arguments (the plugin's args record), or {@code null} for the defaults
 */
public record PluginConfig(String name, int weight, Object args) {

    /** Checks the name. */
    public PluginConfig {
        Objects.requireNonNull(name, "name");
    }

    /** A plugin with weight 1 and default arguments. */
    public static PluginConfig of(String name) {
        return new PluginConfig(name, 1, null);
    }

    /** A plugin with a weight and default arguments. */
    public static PluginConfig of(String name, int weight) {
        return new PluginConfig(name, weight, null);
    }
}
