package io.pilothouse.runtime.scheduler.framework;

import java.util.List;
import java.util.Objects;

/**
 * What a plugin call returned: a code, the reasons (each one entry of the FailedScheduling histogram) and the plugin
 * that returned it. Statuses are immutable and may be shared between calls.
 *
 * @param code    the outcome
 * @param reasons the reasons, in the order the plugin gave them
 * @param plugin  the plugin that returned the status, {@code ""} when not known
 */
public record Status(Code code, List<String> reasons, String plugin) {

    /** The shared success status. */
    public static final Status SUCCESS = new Status(Code.SUCCESS, List.of(), "");

    /** The shared skip status. */
    public static final Status SKIP = new Status(Code.SKIP, List.of(), "");

    /** Checks that no part is null and copies the reasons. */
    public Status {
        Objects.requireNonNull(code, "code");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(plugin, "plugin");
    }

    /** A status with a code and reasons. */
    public static Status of(Code code, String... reasons) {
        return new Status(code, List.of(reasons), "");
    }

    /** An Unschedulable status. */
    public static Status unschedulable(String... reasons) {
        return of(Code.UNSCHEDULABLE, reasons);
    }

    /** An UnschedulableAndUnresolvable status. */
    public static Status unresolvable(String... reasons) {
        return of(Code.UNSCHEDULABLE_AND_UNRESOLVABLE, reasons);
    }

    /** An Error status. */
    public static Status error(String reason) {
        return of(Code.ERROR, reason);
    }

    /** The same status attributed to a plugin. */
    public Status withPlugin(String name) {
        return name.equals(plugin) ? this : new Status(code, reasons, name);
    }

    /** Whether the code is Success. */
    public boolean isSuccess() {
        return code == Code.SUCCESS;
    }

    /** Whether the code is Skip. */
    public boolean isSkip() {
        return code == Code.SKIP;
    }

    /** Whether the pod was rejected: Unschedulable or UnschedulableAndUnresolvable. */
    public boolean isRejected() {
        return code == Code.UNSCHEDULABLE || code == Code.UNSCHEDULABLE_AND_UNRESOLVABLE;
    }

    /** The reasons joined by {@code ", "}, as upstream's {@code Status.Message()}. */
    public String message() {
        return String.join(", ", reasons);
    }
}
