package io.pilothouse.runtime.api;

/** Receives the events of a watch, on the thread that made the change. */
@FunctionalInterface
public interface WatchListener {

    /** Called once per event, in {@code resourceVersion} order. */
    void onEvent(WatchEvent event);
}
