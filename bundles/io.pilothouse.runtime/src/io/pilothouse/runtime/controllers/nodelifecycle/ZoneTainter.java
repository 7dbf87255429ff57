package io.pilothouse.runtime.controllers.nodelifecycle;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.SequencedSet;
import java.util.function.Consumer;

/**
 * Upstream's {@code RateLimitedTimedQueue} of one zone: the nodes waiting for their NoExecute taint, in the order
 * they were added, each taken only when the zone's {@link TokenBucket} gives a token. The limiter is swapped when
 * the zone changes state; a new limiter starts without its token when the old one had none.
 */
final class ZoneTainter {

    private final SequencedSet<String> queue = new LinkedHashSet<>();
    private TokenBucket limiter;

    ZoneTainter(double qps, Instant now) {
        this.limiter = new TokenBucket(qps, now);
    }

    /** Queues a node; {@code false} when it is queued already. */
    boolean add(String node) {
        return queue.add(node);
    }

    /** Drops a node from the queue. */
    void remove(String node) {
        queue.remove(node);
    }

    /** Puts in a limiter of another rate, unless the rate is the same. */
    void swapLimiter(double qps, Instant now) {
        if (limiter.qps() == qps) {
            return;
        }
        TokenBucket next = new TokenBucket(qps, now);
        if (qps > 0 && !limiter.tryAccept(now)) {
            next.tryAccept(now);
        }
        limiter = next;
    }

    /**
     * Takes queued nodes in order, each off the queue, while the limiter gives tokens.
     *
     * @return when to try again for the nodes still queued, or {@code null} when none wait or the limiter never
     *         accepts
     */
    Instant tryTaint(Instant now, Consumer<String> action) {
        while (!queue.isEmpty()) {
            if (!limiter.tryAccept(now)) {
                return limiter.nextToken();
            }
            action.accept(queue.removeFirst());
        }
        return null;
    }
}
