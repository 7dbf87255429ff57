package io.pilothouse.runtime.scheduler.framework;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The data plugins share during one scheduling cycle of one pod: what PreFilter and PreScore computed for Filter and
 * Score, and the plugins that asked to be skipped.
 */
public final class CycleState {

    private final Map<String, Object> data = new HashMap<>();
    private final Set<String> skipFilterPlugins = new HashSet<>();
    private final Set<String> skipScorePlugins = new HashSet<>();

    /** Data a plugin stores that changes when the state is updated, so a copy of the state needs a copy of it. */
    public interface StateData {

        /** A copy that can change without changing this data. */
        StateData copy();
    }

    /**
     * A copy of the state whose {@link StateData} can change without touching this one; other values are shared,
     * being immutable.
     */
    public CycleState copy() {
        CycleState copy = new CycleState();
        data.forEach((key, value) -> copy.data.put(key, value instanceof StateData mutable ? mutable.copy() : value));
        copy.skipFilterPlugins.addAll(skipFilterPlugins);
        copy.skipScorePlugins.addAll(skipScorePlugins);
        return copy;
    }

    /** Stores a plugin's data under a key (by convention the plugin's name and the extension point). */
    public void write(String key, Object value) {
        data.put(key, value);
    }

    /**
     * Reads data a plugin stored.
     *
     * @throws IllegalStateException when nothing is stored under the key
     */
    public <T> T read(String key, Class<T> type) {
        Object value = data.get(key);
        if (value == null) {
            throw new IllegalStateException("error reading " + key + " from cycleState: not found");
        }
        return type.cast(value);
    }

    /** The plugins whose PreFilter returned Skip: their Filter does not run. */
    public Set<String> skipFilterPlugins() {
        return skipFilterPlugins;
    }

    /** The plugins whose PreScore returned Skip: their Score does not run. */
    public Set<String> skipScorePlugins() {
        return skipScorePlugins;
    }
}
