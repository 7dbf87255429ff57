package io.pilothouse.runtime.scheduler.framework;

/**
 * What a PostFilter plugin (preemption) returns when no node fits.
 *
 * @param status            Success when it made room (the pod is nominated), otherwise why not; its message is
 *                          appended to the FailedScheduling message
 * @param nominatedNodeName the node the pod is nominated to, or {@code null}
 */
public record PostFilterResult(Status status, String nominatedNodeName) {}
