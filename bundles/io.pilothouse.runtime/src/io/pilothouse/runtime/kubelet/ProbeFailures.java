package io.pilothouse.runtime.kubelet;

import java.time.Duration;

/**
 * When the simulated probes of one type fail: the first {@code count} probes of the container (counted across its
 * restarts), and every probe once the container has run for {@code after} ({@code null}: never).
 */
record ProbeFailures(int count, Duration after) {

    /** No failures. */
    static final ProbeFailures NONE = new ProbeFailures(0, null);

    /** Whether probe number {@code number} (from 1) fails when the container has run for {@code uptime}. */
    boolean fails(int number, Duration uptime) {
        return number <= count || after != null && uptime.compareTo(after) >= 0;
    }
}
