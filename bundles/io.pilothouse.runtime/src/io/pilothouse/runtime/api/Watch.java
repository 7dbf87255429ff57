package io.pilothouse.runtime.api;

/** A registered watch. */
public interface Watch {

    /** Ends the watch: no event is delivered to its listener afterwards. */
    void stop();
}
