package io.pilothouse.runtime.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The one simulated clock of a cluster: an instant that moves only when {@link #advance(Duration)} is called, with
 * timers that fire as it moves.
 * <p>
 * Timers fire in the order of their due instants; timers due at the same instant fire in the order they were
 * scheduled. While a timer runs, {@link #now()} is its due instant (or the instant the clock had reached, when the
 * timer was scheduled in the past). Not thread-safe: a simulation runs on one thread.
 */
public final class VirtualClock {

    /** The instant every clock starts at unless told otherwise: 2026-01-01T00:00:00Z. */
    public static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private Instant now;
    private long scheduled;

    /** A clock at {@link #EPOCH}. */
    public VirtualClock() {
        this(EPOCH);
    }

    /** A clock at the given instant. */
    public VirtualClock(Instant start) {
        now = Objects.requireNonNull(start, "start");
    }

    /** The current simulated instant. */
    public Instant now() {
        return now;
    }

    /**
     * Schedules an action at an instant; an instant that is already past fires at the next {@link #advance(Duration)},
     * even by zero.
     *
     * @return the timer, which can be cancelled until it fires
     */
    public Timer schedule(Instant due, Runnable action) {
        Timer timer = new Timer(Objects.requireNonNull(due, "due"), scheduled++, Objects.requireNonNull(action));
        timers.add(timer);
        return timer;
    }

    /** Schedules an action after a delay from {@link #now()}. */
    public Timer scheduleAfter(Duration delay, Runnable action) {
        return schedule(now.plus(delay), action);
    }

    /**
     * Moves the clock forward by a duration, firing in order every timer that becomes due, including timers that
     * those timers schedule within the same span. The clock stands at each timer's due instant while it fires and
     * at {@code now + duration} afterwards.
     *
     * @throws IllegalArgumentException when the duration is negative
     */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("cannot move the clock back by " + duration);
        }
        Instant target = now.plus(duration);
        Timer next = timers.peek();
        while (next != null && !next.due.isAfter(target)) {
            timers.poll();
            if (next.due.isAfter(now)) {
                now = next.due;
            }
            if (!next.cancelled) {
                next.action.run();
            }
            next = timers.peek();
        }
        now = target;
    }

    /** The due instant of the earliest pending timer, if any. */
    public Optional<Instant> nextDue() {
        timers.removeIf(timer -> timer.cancelled);
        return Optional.ofNullable(timers.peek()).map(timer -> timer.due);
    }

    /** A scheduled action. */
    public static final class Timer implements Comparable<Timer> {

        private final Instant due;
        private final long sequence;
        private final Runnable action;
        private boolean cancelled;

        private Timer(Instant due, long sequence, Runnable action) {
            this.due = due;
            this.sequence = sequence;
            this.action = action;
        }

        /** The instant the action is due. */
        public Instant due() {
            return due;
        }

        /** Keeps the action from running; no effect once it has run. */
        public void cancel() {
            cancelled = true;
        }

        @Override
        public int compareTo(Timer other) {
            int byDue = due.compareTo(other.due);
            return byDue != 0 ? byDue : Long.compare(sequence, other.sequence);
        }
    }
}
