package io.pilothouse.model.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs one task per input on up to {@code workers} threads, the calling thread among them, and returns the results
 * in input order, so what follows does not depend on scheduling.
 */
final class InputWorkers {

    private InputWorkers() {}

    @SuppressWarnings("unchecked")
    static <T> List<T> map(int count, int workers, IntFunction<T> task) {
        Object[] results = new Object[count];
        AtomicInteger next = new AtomicInteger();
        Runnable drain = () -> {
            for (int input = next.getAndIncrement(); input < count; input = next.getAndIncrement()) {
                results[input] = task.apply(input);
            }
        };
        int helpers = Math.min(workers, count) - 1;
        if (helpers < 1) {
            drain.run();
        } else {
            run(drain, helpers, next, count);
        }
        return (List<T>) Arrays.asList(results);
    }

    private static void run(Runnable drain, int helpers, AtomicInteger next, int count) {
        ExecutorService pool = Executors.newFixedThreadPool(helpers);
        try {
            List<Future<?>> futures = new ArrayList<>(helpers);
            for (int i = 0; i < helpers; i++) {
                futures.add(pool.submit(drain));
            }
            drain.run();
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while validating the inputs", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw new IllegalStateException("validating an input failed", e.getCause());
        } finally {
            next.set(count);
            pool.shutdownNow();
        }
    }
}
