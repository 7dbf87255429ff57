package io.pilothouse.runtime.scheduler.framework;

/** A scheduler plugin; it implements the extension-point interfaces it takes part in. */
public interface Plugin {

    /** The plugin's name, as upstream names it ({@code NodeResourcesFit}). */
    String name();
}
