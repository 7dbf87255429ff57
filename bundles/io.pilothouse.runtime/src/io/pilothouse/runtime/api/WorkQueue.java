package io.pilothouse.runtime.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;

/**
 * A controller's work queue, as client-go's rate-limiting queue, in virtual time.
 * <ul>
 * <li>An item added while it waits in the queue is not queued twice.</li>
 * <li>An item handed out by {@link #get()} is not handed out again before {@link #done(Object)}; added meanwhile,
 * it is queued again when it is done.</li>
 * <li>{@link #addAfter(Object, Duration)} adds the item when the clock reaches the delay; an item waiting for
 * several delays is added at the earliest one.</li>
 * <li>{@link #addRateLimited(Object)} waits as long as the rate limiter says; {@link #forget(Object)} resets it.</li>
 * </ul>
 * Items are handed out in the order they were queued. Not thread-safe: a simulation runs on one thread.
 *
 * @param <K> the item type, usually a key such as {@link ObjectKey}
 */
public final class WorkQueue<K> {

    private final VirtualClock clock;
    private final RateLimiter<K> rateLimiter;
    private final Queue<K> queue = new ArrayDeque<>();
    private final Set<K> dirty = new HashSet<>();
    private final Set<K> processing = new HashSet<>();
    private final Map<K, Instant> waiting = new HashMap<>();

    /** A queue with client-go's per-item default backoff, 5 ms doubling to 1000 s. */
    public WorkQueue(VirtualClock clock) {
        this(clock, ItemExponentialFailureRateLimiter.controllerDefault());
    }

    /** A queue with the given rate limiter. */
    public WorkQueue(VirtualClock clock, RateLimiter<K> rateLimiter) {
        this.clock = clock;
        this.rateLimiter = rateLimiter;
    }

    /** Queues an item unless it is already queued; an item being processed is queued when it is done. */
    public void add(K item) {
        if (!dirty.add(item)) {
            return;
        }
        if (!processing.contains(item)) {
            queue.add(item);
        }
    }

    /** Adds an item once the delay has passed on the clock; at once when the delay is not positive. */
    public void addAfter(K item, Duration delay) {
        if (delay.isNegative() || delay.isZero()) {
            add(item);
            return;
        }
        Instant due = clock.now().plus(delay);
        Instant earlier = waiting.get(item);
        if (earlier != null && !earlier.isAfter(due)) {
            return;
        }
        waiting.put(item, due);
        clock.schedule(due, () -> {
            if (waiting.remove(item, due)) {
                add(item);
            }
        });
    }

    /** Adds an item after the delay the rate limiter gives for it. */
    public void addRateLimited(K item) {
        addAfter(item, rateLimiter.when(item));
    }

    /** Resets the item's backoff. */
    public void forget(K item) {
        rateLimiter.forget(item);
    }

    /** How many times the item was rate-limited since it was last forgotten. */
    public int numRequeues(K item) {
        return rateLimiter.numRequeues(item);
    }

    /** The next item to process, marked as being processed; empty when none is queued. */
    public Optional<K> get() {
        K item = queue.poll();
        if (item == null) {
            return Optional.empty();
        }
        processing.add(item);
        dirty.remove(item);
        return Optional.of(item);
    }

    /** Ends the processing of an item; queues it again when it was added meanwhile. */
    public void done(K item) {
        processing.remove(item);
        if (dirty.contains(item)) {
            queue.add(item);
        }
    }

    /** The number of queued items (not counting items being processed or waiting for a delay). */
    public int size() {
        return queue.size();
    }
}
