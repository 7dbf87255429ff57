package io.pilothouse.runtime.api;

import java.time.Duration;

/**
 * Decides how long an item waits before it is retried, as client-go's {@code workqueue.TypedRateLimiter}.
 *
 * @param <K> the item type
 */
public interface RateLimiter<K> {

    /** The delay before the item's next retry; counts the retry. */
    Duration when(K item);

    /** Stops tracking the item: its next retry starts from the first delay again. */
    void forget(K item);

    /** How many retries the item has had since it was last forgotten. */
    int numRequeues(K item);
}
