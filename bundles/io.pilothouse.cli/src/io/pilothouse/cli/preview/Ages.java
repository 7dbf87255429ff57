package io.pilothouse.cli.preview;

import java.time.Duration;

/** Durations in kubectl's short form ({@code 5s}, {@code 3m20s}, {@code 2d3h}), as its AGE columns print them. */
final class Ages {

    private static final long SECONDS_PER_MINUTE = 60;
    private static final long HOURS_PER_DAY = 24;
    private static final long DAYS_PER_YEAR = 365;

    private Ages() {}

    static String of(Duration age) {
        long seconds = age.toSeconds();
        if (seconds < -1) {
            return "<invalid>";
        }
        if (seconds < 0) {
            return "0s";
        }
        if (seconds < 2 * SECONDS_PER_MINUTE) {
            return seconds + "s";
        }
        long minutes = age.toMinutes();
        if (minutes < 10) {
            return pair(minutes, "m", seconds % SECONDS_PER_MINUTE, "s");
        }
        if (minutes < 3 * 60) {
            return minutes + "m";
        }
        long hours = age.toHours();
        if (hours < 8) {
            return pair(hours, "h", minutes % 60, "m");
        }
        if (hours < 48) {
            return hours + "h";
        }
        if (hours < 8 * HOURS_PER_DAY) {
            return pair(hours / HOURS_PER_DAY, "d", hours % HOURS_PER_DAY, "h");
        }
        long days = hours / HOURS_PER_DAY;
        if (days < 2 * DAYS_PER_YEAR) {
            return days + "d";
        }
        if (days < 8 * DAYS_PER_YEAR) {
            return pair(days / DAYS_PER_YEAR, "y", days % DAYS_PER_YEAR, "d");
        }
        return days / DAYS_PER_YEAR + "y";
    }

    private static String pair(long major, String majorUnit, long minor, String minorUnit) {
        return minor == 0 ? major + majorUnit : major + majorUnit + minor + minorUnit;
    }
}
