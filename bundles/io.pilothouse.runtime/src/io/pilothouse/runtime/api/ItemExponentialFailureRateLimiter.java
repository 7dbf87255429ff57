package io.pilothouse.runtime.api;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-item exponential backoff, as client-go's {@code ItemExponentialFailureRateLimiter}: the n-th retry of an
 * item (counting from 0) waits {@code base * 2^n}, at most {@code max}.
 *
 * @param <K> the item type
 */
public final class ItemExponentialFailureRateLimiter<K> implements RateLimiter<K> {

    /** The base delay of client-go's default controller rate limiter. */
    public static final Duration DEFAULT_BASE = Duration.ofMillis(5);

    /** The maximum delay of client-go's default controller rate limiter. */
    public static final Duration DEFAULT_MAX = Duration.ofSeconds(1000);

    private final Duration base;
    private final Duration max;
    private final Map<K, Integer> failures = new HashMap<>();

    /** A limiter from {@code base} doubling up to {@code max}. */
    public ItemExponentialFailureRateLimiter(Duration base, Duration max) {
        this.base = base;
        this.max = max;
    }

    /** 5 ms doubling to 1000 s, the per-item part of client-go's {@code DefaultControllerRateLimiter}. */
    public static <K> ItemExponentialFailureRateLimiter<K> controllerDefault() {
        return new ItemExponentialFailureRateLimiter<>(DEFAULT_BASE, DEFAULT_MAX);
    }

    @Override
    public Duration when(K item) {
        int exponent = failures.merge(item, 1, Integer::sum) - 1;
        double nanos = base.toNanos() * Math.pow(2, exponent);
        if (nanos >= max.toNanos()) {
            return max;
        }
        return Duration.ofNanos((long) nanos);
    }

    @Override
    public void forget(K item) {
        failures.remove(item);
    }

    @Override
    public int numRequeues(K item) {
        return failures.getOrDefault(item, 0);
    }
}
