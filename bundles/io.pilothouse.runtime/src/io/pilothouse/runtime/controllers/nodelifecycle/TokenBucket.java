package io.pilothouse.runtime.controllers.nodelifecycle;

import java.time.Duration;
import java.time.Instant;

/**
 * client-go's token bucket rate limiter with a burst of one, in virtual time: it starts with its token, and a taken
 * token comes back after {@code 1/qps} seconds. A limiter of zero qps never accepts, as upstream's fake never rate
 * limiter.
 */
final class TokenBucket {

    private final double qps;
    private final Duration period;
    private Instant nextToken;

    /** A full bucket at {@code now}. */
    TokenBucket(double qps, Instant now) {
        this.qps = qps;
        this.period = qps > 0 ? Duration.ofNanos(Math.round(1e9 / qps)) : null;
        this.nextToken = now;
    }

    double qps() {
        return qps;
    }

    /** Takes the token if it is there. */
    boolean tryAccept(Instant now) {
        if (period == null || now.isBefore(nextToken)) {
            return false;
        }
        nextToken = now.plus(period);
        return true;
    }

    /** When the token is there again, or {@code null} for a limiter that never accepts. */
    Instant nextToken() {
        return period == null ? null : nextToken;
    }
}
