package io.pilothouse.runtime.controllers.cronjob;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import io.pilothouse.model.validation.apiserver.CronSchedule;

/**
 * A CronJob schedule as the cron library's {@code ParseStandard} reads it for the controller: an optional {@code
 * TZ=}/{@code CRON_TZ=} prefix naming the zone (else the {@code spec.timeZone} one), then five fields or a calendar
 * descriptor, or {@code @every <duration>}: a constant delay (whole seconds, at least one) after the previous
 * activation truncated to the second.
 */
@FunctionalInterface
interface Schedule {

    /** The prefix of the constant-delay descriptor. */
    String EVERY = "@every ";

    /** The first activation strictly after {@code after}, or {@code null} when there is none. */
    Instant next(Instant after);

    /**
     * Parses a schedule whose times are in {@code zone} unless it names its own.
     *
     * @throws IllegalArgumentException with the cron library's error text
     */
    static Schedule parse(String text, ZoneId zone) {
        String spec = text;
        ZoneId in = zone;
        int space = spec.indexOf(' ');
        if ((spec.startsWith("TZ=") || spec.startsWith("CRON_TZ=")) && space > 0) {
            String name = spec.substring(spec.indexOf('=') + 1, space);
            try {
                in = ZoneId.of(name);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("provided bad location " + name + ": unknown time zone " + name,
                        e);
            }
            spec = spec.substring(space).strip();
        }
        CronSchedule calendar;
        try {
            calendar = CronSchedule.parse(spec);
        } catch (IllegalArgumentException e) {
            if (!spec.startsWith(EVERY) || !e.getMessage().startsWith("unsupported descriptor")) {
                throw e;
            }
            return every(io.pilothouse.model.types.Duration.valueOf(spec.substring(EVERY.length()))
                    .toJavaDuration());
        }
        ZoneId location = in;
        return after -> {
            ZonedDateTime next = calendar.next(after.atZone(location));
            return next == null ? null : next.toInstant();
        };
    }

    /** The cron library's {@code Every}: the delay in whole seconds, at least one. */
    private static Schedule every(Duration delay) {
        Duration seconds = Duration.ofSeconds(Math.max(1, delay.toSeconds()));
        return after -> after.truncatedTo(ChronoUnit.SECONDS).plus(seconds);
    }
}
