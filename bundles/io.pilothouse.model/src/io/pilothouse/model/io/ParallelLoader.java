package io.pilothouse.model.io;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Reads many inputs on {@code workers} threads, each thread with its own {@link ManifestLoader}, and returns the
 * results in input order, so what follows does not depend on scheduling.
 */
public final class ParallelLoader {

    private final KindRegistry registry;
    private final int workers;

    public ParallelLoader(KindRegistry registry, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        this.registry = registry;
        this.workers = workers;
    }

    /**
     * Loads every input with {@code read}, which gets a loader of its thread and the input.
     *
     * @param sequential inputs that must be read on the calling thread (standard input), or {@code null}
     */
    public <T> List<LoadResult> load(List<T> inputs, BiFunction<ManifestLoader, T, LoadResult> read,
            Predicate<T> sequential) {
        if (workers == 1 || inputs.size() < 2) {
            ManifestLoader loader = new ManifestLoader(registry);
            return inputs.stream().map(input -> read.apply(loader, input)).toList();
        }
        ThreadLocal<ManifestLoader> loaders = ThreadLocal.withInitial(() -> new ManifestLoader(registry));
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, inputs.size()));
        try {
            List<Future<LoadResult>> futures = new ArrayList<>(inputs.size());
            for (T input : inputs) {
                boolean here = sequential != null && sequential.test(input);
                futures.add(here ? null : pool.submit(() -> read.apply(loaders.get(), input)));
            }
            List<LoadResult> results = new ArrayList<>(inputs.size());
            for (int i = 0; i < inputs.size(); i++) {
                Future<LoadResult> future = futures.get(i);
                results.add(future == null ? read.apply(new ManifestLoader(registry), inputs.get(i)) : future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the inputs", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading an input failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
