package io.pilothouse.model.io;

/**
 * Explicit bounds that keep hostile or broken input from exhausting memory, stack or time.
 *
 * @param maxFileBytes        inputs larger than this are rejected with {@code IO-TOO-LARGE} before parsing
 * @param maxDepth            deepest allowed nesting of mappings and sequences in one document ({@code YAML-TOO-DEEP})
 * @param maxNodesPerDocument budget of nodes per document with every alias counted as the size of what it expands
 *                            to, which defeats alias bombs ({@code YAML-TOO-MANY-NODES})
 */
public record LoadLimits(long maxFileBytes, int maxDepth, long maxNodesPerDocument) {

    /** 32 MiB per file, 1,000 levels, one million nodes per document. */
    public static final LoadLimits DEFAULTS = new LoadLimits(32L * 1024 * 1024, 1_000, 1_000_000);
}
