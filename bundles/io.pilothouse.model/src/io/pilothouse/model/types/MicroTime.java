package io.pilothouse.model.types;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An instant with microsecond precision ({@code metav1.MicroTime}), written in UTC with six fraction digits, for
 * example {@code 2006-01-02T15:04:05.000000Z}.
 * <p>
 * As upstream, the text must have exactly six fraction digits; nanoseconds are cut off (not rounded) when the value
 * is made, since upstream never writes them.
 */
public final class MicroTime implements Comparable<MicroTime> {

    private final Instant instant;

    private MicroTime(Instant instant) {
        this.instant = instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** The time of an instant, cut to whole microseconds. */
    public static MicroTime of(Instant instant) {
        return new MicroTime(instant);
    }

    /**
     * Parses as upstream does, with Go's {@code time.Parse("2006-01-02T15:04:05.000000Z07:00", text)}.
     *
     * @throws IllegalArgumentException with Go's error text, which quotes {@code text}
     */
    public static MicroTime valueOf(String text) {
        return new MicroTime(GoTime.parse(GoTime.Layout.RFC3339_MICRO, text));
    }

    /** This time as an instant. */
    public Instant toInstant() {
        return instant;
    }

    @Override
    public int compareTo(MicroTime other) {
        return instant.compareTo(other.instant);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MicroTime time && instant.equals(time.instant);
    }

    @Override
    public int hashCode() {
        return instant.hashCode();
    }

    /** The RFC 3339 text in UTC with six fraction digits, for example {@code 2006-01-02T15:04:05.000000Z}. */
    @Override
    public String toString() {
        return GoTime.format(GoTime.Layout.RFC3339_MICRO, instant);
    }
}
