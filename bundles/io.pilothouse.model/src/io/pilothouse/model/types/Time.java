package io.pilothouse.model.types;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An instant with second precision ({@code metav1.Time}), written in UTC as RFC 3339, for example
 * {@code 2006-01-02T15:04:05Z}.
 * <p>
 * Upstream parses any RFC 3339 offset and fraction but writes whole seconds in UTC; this type holds what upstream
 * writes, so a fraction is cut off (not rounded) when the value is made.
 */
public final class Time implements Comparable<Time> {

    private final Instant instant;

    private Time(Instant instant) {
        this.instant = instant.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The time of an instant, cut to whole seconds. */
    public static Time of(Instant instant) {
        return new Time(instant);
    }

    /**
     * Parses as upstream does, with Go's {@code time.Parse(time.RFC3339, text)}.
     *
     * @throws IllegalArgumentException with Go's error text, which quotes {@code text}
     */
    public static Time valueOf(String text) {
        return new Time(GoTime.parse(GoTime.Layout.RFC3339, text));
    }

    /** This time as an instant. */
    public Instant toInstant() {
        return instant;
    }

    @Override
    public int compareTo(Time other) {
        return instant.compareTo(other.instant);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Time time && instant.equals(time.instant);
    }

    @Override
    public int hashCode() {
        return instant.hashCode();
    }

    /** The RFC 3339 text in UTC, for example {@code 2006-01-02T15:04:05Z}. */
    @Override
    public String toString() {
        return GoTime.format(GoTime.Layout.RFC3339, instant);
    }
}
