package io.pilothouse.runtime.scheduler;

import java.time.Duration;

/** Go's {@code time.Duration.String()} ({@code 10s}, {@code 1m30s}, {@code 1.5s}, {@code 500ms}, {@code 0s}). */
final class GoDurations {

    private GoDurations() {}

    static String format(Duration duration) {
        long nanos = duration.toNanos();
        if (nanos == 0) {
            return "0s";
        }
        String sign = nanos < 0 ? "-" : "";
        long abs = Math.abs(nanos);
        if (abs < 1_000) {
            return sign + abs + "ns";
        }
        if (abs < 1_000_000) {
            return sign + fraction(abs, 1_000) + "µs";
        }
        if (abs < 1_000_000_000) {
            return sign + fraction(abs, 1_000_000) + "ms";
        }
        long hours = abs / 3_600_000_000_000L;
        long minutes = abs / 60_000_000_000L % 60;
        String seconds = fraction(abs % 60_000_000_000L, 1_000_000_000) + "s";
        if (hours > 0) {
            return sign + hours + "h" + minutes + "m" + seconds;
        }
        return sign + (minutes > 0 ? minutes + "m" : "") + seconds;
    }

    private static String fraction(long value, long unit) {
        long whole = value / unit;
        long rest = value % unit;
        if (rest == 0) {
            return Long.toString(whole);
        }
        String digits = Long.toString(unit + rest).substring(1).replaceAll("0+$", "");
        return whole + "." + digits;
    }
}
