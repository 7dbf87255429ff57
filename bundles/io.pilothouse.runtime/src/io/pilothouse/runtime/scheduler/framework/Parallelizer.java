package io.pilothouse.runtime.scheduler.framework;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;

/**
 * Spreads a search over nodes across threads, as upstream's {@code parallelize.Parallelizer}, with an outcome that
 * does not depend on the threads. The pieces are claimed in chunks, in order. Once enough pieces are hits, no more
 * chunks are claimed and those claimed are finished, so the pieces done are always the first ones. A caller that
 * reads the results in order and stops where a search in order would stop gets what that search gets, byte for
 * byte; only the work done past that point, and thrown away, varies.
 * <p>
 * The calling thread works alone first, piece by piece, and calls in helpers only when the search lasts longer than
 * waking them takes. Then it works too, and waits only for the chunks helpers have claimed, so a search goes on when
 * every helper is busy elsewhere. Helpers are daemon threads shared by every parallelizer in the JVM.
 */
public final class Parallelizer {

    /** Upstream's default {@code parallelism}. */
    public static final int DEFAULT_PARALLELISM = 16;

    /** One thread: every search runs in order on the caller. */
    public static final Parallelizer SEQUENTIAL = new Parallelizer(1);

    private static final ExecutorService HELPERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "pilothouse-scheduler-parallelizer");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * How long the caller searches alone before it calls in helpers: about what waking one takes, so that short
     * searches (most Filter searches, which stop at the first feasible nodes) pay nothing for them.
     */
    private static final long ALONE_NANOS = 100_000;
    /** The clock is read every this many pieces plus one. */
    private static final int CLOCK_READ_MASK = 15;

    private final int parallelism;
    private final AtomicLong spreads = new AtomicLong();

    /**
     * A parallelizer.
     *
     * @param parallelism how many threads a search may use, the caller included
     * @throws IllegalArgumentException when below 1
     */
    public Parallelizer(int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
        }
        this.parallelism = parallelism;
    }

    /** Upstream's default parallelism, bounded by the processors the JVM may use. */
    public static Parallelizer ofAvailableProcessors() {
        return new Parallelizer(Math.min(DEFAULT_PARALLELISM, Runtime.getRuntime().availableProcessors()));
    }

    /** How many threads a search may use, the caller included. */
    public int parallelism() {
        return parallelism;
    }

    /** How many searches called in helpers so far (the others ran on the caller alone). */
    public long spreads() {
        return spreads.get();
    }

    /**
     * Works on the pieces 0, 1, ... until {@code wanted} of them are hits and {@code also} holds, or every piece is
     * done.
     *
     * @param pieces how many pieces there are
     * @param wanted how many hits end the search
     * @param work   does one piece and says whether it is a hit; it may run on any thread, at the same time as other
     *               pieces, and must change nothing another piece reads
     * @param also   a further condition for ending the search, read only once enough pieces are hits; it must turn
     *               true only as pieces are done, whichever they are, and stay true
     * @return {@code n}: the pieces {@code 0 .. n-1} were done, no other, and what their work wrote is visible to
     *         the caller
     * @throws RuntimeException what a piece threw (or the Error), once no piece is being worked on
     */
    public int until(int pieces, int wanted, IntPredicate work, BooleanSupplier also) {
        boolean mayCallHelpers = parallelism > 1;
        long alone = mayCallHelpers ? System.nanoTime() + ALONE_NANOS : Long.MAX_VALUE;
        int hits = 0;
        for (int i = 0; i < pieces; i++) {
            if (work.test(i)) {
                hits++;
            }
            if (hits >= wanted && also.getAsBoolean()) {
                return i + 1;
            }
            if (mayCallHelpers && (i & CLOCK_READ_MASK) == CLOCK_READ_MASK && i + 1 < pieces
                    && System.nanoTime() > alone) {
                return spread(i + 1, pieces, hits, wanted, work, also);
            }
        }
        return pieces;
    }

    /** Works on the pieces {@code from ..} with helpers, {@code hits} being already found. */
    private int spread(int from, int pieces, int hits, int wanted, IntPredicate work, BooleanSupplier also) {
        spreads.incrementAndGet();
        int left = pieces - from;
        int chunk = chunkSize(left);
        Search search = new Search(from, pieces, chunk, hits, wanted, work, also);
        for (int i = 1; i < parallelism && (long) i * chunk < left; i++) {
            HELPERS.execute(search::help);
        }
        search.help();
        return search.finish();
    }

    /** Upstream's {@code chunkSizeFor}: the square root of the pieces, at most an even share per thread. */
    int chunkSize(int pieces) {
        int size = (int) Math.sqrt(pieces);
        int share = pieces / parallelism + 1;
        return Math.max(1, Math.min(size, share));
    }

    /** One search: the chunks claimed, the threads at work, the hits so far. */
    private static final class Search {

        private final int from;
        private final int pieces;
        private final int chunk;
        private final int wanted;
        private final IntPredicate work;
        private final BooleanSupplier also;
        private final AtomicInteger nextChunk = new AtomicInteger();
        private final AtomicInteger hits = new AtomicInteger();
        /** The threads between entering {@link #help} and leaving it. */
        private final AtomicInteger working = new AtomicInteger();
        private volatile boolean stopped;
        private volatile Throwable failure;

        Search(int from, int pieces, int chunk, int hits, int wanted, IntPredicate work, BooleanSupplier also) {
            this.from = from;
            this.pieces = pieces;
            this.hits.set(hits);
            this.chunk = chunk;
            this.wanted = wanted;
            this.work = work;
            this.also = also;
        }

        /** Claims and works on chunks until the search stops or none is left. */
        void help() {
            working.incrementAndGet();
            try {
                while (!stopped) {
                    long start = from + (long) nextChunk.getAndIncrement() * chunk;
                    if (start >= pieces) {
                        return;
                    }
                    int end = (int) Math.min(pieces, start + chunk);
                    int found = 0;
                    for (int i = (int) start; i < end; i++) {
                        if (work.test(i)) {
                            found++;
                        }
                    }
                    if (hits.addAndGet(found) >= wanted && also.getAsBoolean()) {
                        stopped = true;
                    }
                }
            } catch (RuntimeException | Error e) {
                if (failure == null) {
                    failure = e;
                }
                stopped = true;
            } finally {
                working.decrementAndGet();
            }
        }

        /**
         * Waits for the helpers that claimed chunks (a helper that starts later claims none: the search is stopped or
         * every chunk is claimed) and says how many pieces were done.
         */
        int finish() {
            for (int spins = 0; working.get() != 0; spins++) {
                if (spins % 1024 == 1023) {
                    Thread.yield();
                } else {
                    Thread.onSpinWait();
                }
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            return (int) Math.min(pieces, from + (long) nextChunk.get() * chunk);
        }
    }
}
