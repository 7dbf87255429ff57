package io.pilothouse.runtime.scheduler.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Searches spread over threads do the first pieces, each once, and never fewer than a search in order: read in
 * order, their results end where that search ends.
 */
class ParallelizerTest {

    /** How long a slow piece takes: long enough that a search of a few dozen pieces calls in helpers. */
    private static final long SLOW_PIECE_NANOS = 20_000;

    /**
     * Searches of pieces where every {@code every}-th is a hit ({@code every - 1}, {@code 2 * every - 1}, ...), the
     * search wanting {@code wanted} hits and, with {@code alsoAfter} ≥ 0, the piece {@code alsoAfter} done as well.
     */
    static Stream<Arguments> searches() {
        return Stream.of(
                arguments("every piece a hit: the 10th ends it", 2000, 1, 10, -1, 10),
                arguments("every 7th a hit: the 300th hit ends it", 4000, 7, 300, -1, 2100),
                arguments("too few hits: every piece is done", 600, 100, 50, -1, 600),
                arguments("enough hits, but the further condition holds only from piece 900 on", 2000, 1, 10, 900,
                        901),
                arguments("a further condition that never holds: every piece is done", 700, 1, 1, 5000, 700));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("searches")
    void endsWhereASearchInOrderEnds(String name, int pieces, int every, int wanted, int alsoAfter,
            int inOrderEnd) {
        for (Parallelizer parallelizer : new Parallelizer[] {Parallelizer.SEQUENTIAL, new Parallelizer(4)}) {
            AtomicIntegerArray done = new AtomicIntegerArray(pieces);
            BooleanSupplier also = alsoAfter < 0 ? () -> true : () -> alsoAfter < pieces && done.get(alsoAfter) > 0;
            int result = parallelizer.until(pieces, wanted, i -> {
                spin(SLOW_PIECE_NANOS);
                done.incrementAndGet(i);
                return (i + 1) % every == 0;
            }, also);

            String label = name + " with parallelism " + parallelizer.parallelism();
            for (int i = 0; i < pieces; i++) {
                assertEquals(i < result ? 1 : 0, done.get(i), label + ": piece " + i);
            }
            assertEquals(inOrderEnd, readInOrder(result, every, wanted, alsoAfter), label);
            if (parallelizer == Parallelizer.SEQUENTIAL) {
                assertEquals(inOrderEnd, result, label + ": exactly the pieces a search in order does");
                assertEquals(0, parallelizer.spreads(), label);
            } else if (inOrderEnd > 100) {
                assertEquals(1, parallelizer.spreads(), label + ": helpers were called in");
            }
        }
    }

    @Test
    void aShortSearchStaysOnTheCaller() {
        Parallelizer parallelizer = new Parallelizer(4);
        AtomicInteger done = new AtomicInteger();
        String caller = Thread.currentThread().getName();
        int result = parallelizer.until(5000, 10, i -> {
            done.incrementAndGet();
            assertEquals(caller, Thread.currentThread().getName());
            return true;
        }, () -> true);

        assertEquals(10, result);
        assertEquals(10, done.get());
        assertEquals(0, parallelizer.spreads());
    }

    @Test
    void aPieceThatThrowsEndsTheSearchOnceNoPieceIsAtWork() throws InterruptedException {
        Parallelizer parallelizer = new Parallelizer(4);
        AtomicInteger atWork = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        IllegalStateException failure = new IllegalStateException("piece 1500 failed");

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> parallelizer.until(4000, 4000, i -> {
                    started.incrementAndGet();
                    atWork.incrementAndGet();
                    try {
                        spin(SLOW_PIECE_NANOS);
                        if (i == 1500) {
                            throw failure;
                        }
                        return true;
                    } finally {
                        atWork.decrementAndGet();
                    }
                }, () -> true));

        assertSame(failure, thrown);
        assertEquals(0, atWork.get(), "no piece at work once it returns");
        int startedWhenThrown = started.get();
        Thread.sleep(20);
        assertEquals(startedWhenThrown, started.get(), "no piece starts afterwards");
        assertTrue(startedWhenThrown < 4000, "the search stopped: " + startedWhenThrown);
    }

    @Test
    void chunksAreUpstreamsSquareRootAtMostAnEvenShare() {
        assertEquals(70, new Parallelizer(16).chunkSize(5000));
        assertEquals(4, new Parallelizer(16).chunkSize(50));
        assertEquals(1, new Parallelizer(16).chunkSize(3));
    }

    /** Where a search in order ends, read from results in order: the piece after the one that satisfied it. */
    private static int readInOrder(int done, int every, int wanted, int alsoAfter) {
        int hits = 0;
        for (int i = 0; i < done; i++) {
            hits += (i + 1) % every == 0 ? 1 : 0;
            if (hits >= wanted && i >= alsoAfter) {
                return i + 1;
            }
        }
        return done;
    }

    private static void spin(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
