package io.pilothouse.runtime.scheduler.framework;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The data plugins share during one scheduling cycle of one pod: what PreFilter and PreScore computed for Filter and
 * Score, and the plugins that asked to be skipped.
 */
public final class CycleState {

    private String[] keys = new String[8];
    private Object[] values = new Object[8];
    private int size;
    /** Shared with copies until one of them adds to it (plugins are skipped before copies are made). */
    private Set<String> skipFilterPlugins = new HashSet<>();
    private Set<String> skipScorePlugins = new HashSet<>();
    /** Volatile: copies are made on several threads at once during a search spread over threads. */
    private volatile boolean skipsShared;
    /** The Filter plugins left to run once PreFilter is over, {@code null} before. */
    List<FilterPlugin> filters;
    /** Whether a PreFilter extension runs for the pod, worked out with {@link #filters}. */
    boolean activePreFilterExtensions;
    /** Whether every one of {@link #filters} may filter several nodes at once. */
    boolean filtersConcurrently;

    /** Data a plugin stores that changes when the state is updated, so a copy of the state needs a copy of it. */
    public interface StateData {

        /** A copy that can change without changing this data. */
        StateData copy();
    }

    /**
     * A copy of the state whose {@link StateData} can change without touching this one; other values are shared,
     * being immutable, and so are the sets of skipped plugins until either state skips another.
     */
    public CycleState copy() {
        CycleState copy = new CycleState();
        copy.keys = keys.clone();
        copy.values = new Object[values.length];
        copy.size = size;
        for (int i = 0; i < size; i++) {
            copy.values[i] = values[i] instanceof StateData mutable ? mutable.copy() : values[i];
        }
        copy.skipFilterPlugins = skipFilterPlugins;
        copy.skipScorePlugins = skipScorePlugins;
        copy.skipsShared = true;
        skipsShared = true;
        copy.filters = filters;
        copy.activePreFilterExtensions = activePreFilterExtensions;
        copy.filtersConcurrently = filtersConcurrently;
        return copy;
    }

    /** Stores a plugin's data under a key (by convention the plugin's name and the extension point). */
    public void write(String key, Object value) {
        int index = indexOf(key);
        if (index < 0) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            index = size++;
            keys[index] = key;
        }
        values[index] = value;
    }

    /**
     * Reads data a plugin stored.
     *
     * @throws IllegalStateException when nothing is stored under the key; it carries no stack trace, since plugins
     *                               read data that may be absent this way (upstream's {@code Read} returns an error)
     */
    public <T> T read(String key, Class<T> type) {
        int index = indexOf(key);
        Object value = index < 0 ? null : values[index];
        if (value == null) {
            throw new NotFound("error reading " + key + " from cycleState: not found");
        }
        return type.cast(value);
    }

    /** Where a key is stored, {@code -1} when it is not; the keys are few, and usually the same constants. */
    private int indexOf(String key) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) {
                return i;
            }
        }
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The plugins whose PreFilter returned Skip: their Filter does not run. */
    public Set<String> skipFilterPlugins() {
        return Collections.unmodifiableSet(skipFilterPlugins);
    }

    /** Whether a plugin's PreFilter returned Skip. */
    public boolean skipsFilter(String plugin) {
        return skipFilterPlugins.contains(plugin);
    }

    /** Whether a plugin's PreScore returned Skip. */
    public boolean skipsScore(String plugin) {
        return skipScorePlugins.contains(plugin);
    }

    /** Marks a plugin whose PreFilter returned Skip. */
    public void skipFilter(String plugin) {
        unshareSkips();
        skipFilterPlugins.add(plugin);
    }

    /** Marks a plugin whose PreScore returned Skip. */
    public void skipScore(String plugin) {
        unshareSkips();
        skipScorePlugins.add(plugin);
    }

    private void unshareSkips() {
        if (skipsShared) {
            skipFilterPlugins = new HashSet<>(skipFilterPlugins);
            skipScorePlugins = new HashSet<>(skipScorePlugins);
            skipsShared = false;
        }
    }

    /** The failure of a read, as cheap as upstream's error value: no stack trace is captured. */
    private static final class NotFound extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
