package io.pilothouse.runtime.scheduler.framework;

/**
 * An image present on a node: its size and on how many nodes of the cluster it is.
 *
 * @param size     the size in bytes
 * @param numNodes the number of nodes that have it
 */
public record ImageStateSummary(long size, int numNodes) {}
