package io.pilothouse.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkQueueTest {

    private final VirtualClock clock = new VirtualClock();
    private final WorkQueue<String> queue = new WorkQueue<>(clock);

    private List<String> drain() {
        List<String> items = new ArrayList<>();
        for (Optional<String> item = queue.get(); item.isPresent(); item = queue.get()) {
            items.add(item.get());
        }
        return items;
    }

    @Test
    void handsOutQueuedItemsOnceInOrder() {
        for (String item : List.of("b", "a", "b", "c", "a")) {
            queue.add(item);
        }
        assertEquals(3, queue.size());
        assertEquals(List.of("b", "a", "c"), drain());
    }

    @Test
    void requeuesAnItemAddedWhileItIsProcessedWhenItIsDone() {
        queue.add("a");
        assertEquals(Optional.of("a"), queue.get());
        queue.add("a");
        queue.add("a");
        assertEquals(Optional.empty(), queue.get());
        queue.done("a");
        assertEquals(Optional.of("a"), queue.get());
        queue.done("a");
        assertEquals(Optional.empty(), queue.get());
    }

    /** The n-th rate-limited retry of one item (from 1) and its delay: 5 ms doubling, capped at 1000 s. */
    @ParameterizedTest
    @CsvSource({
            "1, PT0.005S", "2, PT0.01S", "3, PT0.02S", "4, PT0.04S", "5, PT0.08S", "10, PT2.56S",
            "17, PT5M27.68S", "18, PT10M55.36S", "19, PT16M40S", "30, PT16M40S", "100, PT16M40S",
    })
    void backsOffExponentially(int retry, Duration delay) {
        ItemExponentialFailureRateLimiter<String> limiter = ItemExponentialFailureRateLimiter.controllerDefault();
        Duration last = Duration.ZERO;
        for (int i = 0; i < retry; i++) {
            last = limiter.when("a");
        }
        assertEquals(delay, last);
        assertEquals(retry, limiter.numRequeues("a"));
        assertEquals(0, limiter.numRequeues("b"));
    }

    @Test
    void addsRateLimitedItemsInVirtualTime() {
        queue.addRateLimited("a");
        assertEquals(Optional.empty(), queue.get());
        clock.advance(Duration.ofMillis(4));
        assertEquals(Optional.empty(), queue.get());
        clock.advance(Duration.ofMillis(1));
        assertEquals(Optional.of("a"), queue.get());
        queue.done("a");
        queue.addRateLimited("a");
        clock.advance(Duration.ofMillis(9));
        assertEquals(Optional.empty(), queue.get());
        clock.advance(Duration.ofMillis(1));
        assertEquals(Optional.of("a"), queue.get());
        assertEquals(2, queue.numRequeues("a"));
        queue.done("a");
        queue.forget("a");
        assertEquals(0, queue.numRequeues("a"));
        queue.addRateLimited("a");
        clock.advance(Duration.ofMillis(5));
        assertEquals(List.of("a"), drain());
    }

    @Test
    void addsAnItemWaitingForSeveralDelaysAtTheEarliest() {
        queue.addAfter("a", Duration.ofSeconds(10));
        queue.addAfter("a", Duration.ofSeconds(3));
        queue.addAfter("a", Duration.ofSeconds(7));
        clock.advance(Duration.ofSeconds(3));
        assertEquals(List.of("a"), drain());
        queue.done("a");
        clock.advance(Duration.ofSeconds(10));
        assertEquals(List.of(), drain());
    }

    @Test
    void addsAtOnceWithoutDelay() {
        queue.addAfter("a", Duration.ZERO);
        queue.addAfter("b", Duration.ofSeconds(-1));
        assertEquals(List.of("a", "b"), drain());
    }
}
