package io.pilothouse.runtime.scheduler.framework;

import java.time.Duration;

/**
 * What a Permit plugin decides.
 *
 * @param status  Success (allow), Wait, or a rejection
 * @param timeout how long to wait for an allow when the status is Wait
 */
public record PermitResult(Status status, Duration timeout) {

    /** Allows the pod at once. */
    public static final PermitResult ALLOW = new PermitResult(Status.SUCCESS, Duration.ZERO);
}
