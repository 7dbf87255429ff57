package io.pilothouse.runtime.controllers;

import java.time.Duration;
import java.util.Optional;

import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.WorkQueue;

/**
 * The shape shared by kube-controller-manager's informer-driven controllers: informers turn changes into queued
 * {@code namespace/name} keys of the objects to reconcile, and each turn syncs one key. A sync that fails with an
 * API error is retried with the queue's per-item backoff (in virtual time), at most {@link #maxRetries()} times in a
 * row; a successful sync resets the backoff. Other exceptions are bugs and reach the caller.
 */
public abstract class InformerController implements Controller {

    private ControllerContext context;
    private WorkQueue<String> queue;
    private EventRecorder events;

    @Override
    public final void start(ControllerContext controllerContext) {
        this.context = controllerContext;
        this.queue = new WorkQueue<>(controllerContext.clock());
        this.events = new EventRecorder(controllerContext.store(), name());
        startInformers();
    }

    @Override
    public final boolean processNext() {
        Optional<String> next = queue.get();
        if (next.isEmpty()) {
            return false;
        }
        String key = next.get();
        try {
            sync(key);
            queue.forget(key);
        } catch (ApiException e) {
            if (queue.numRequeues(key) < maxRetries()) {
                queue.addRateLimited(key);
            } else {
                queue.forget(key);
            }
        } finally {
            queue.done(key);
        }
        return true;
    }

    /** Starts the informers, whose handlers {@link #enqueue} keys. */
    protected abstract void startInformers();

    /**
     * Reconciles the object with the key; it may be gone.
     *
     * @throws ApiException to be retried with backoff
     */
    protected abstract void sync(String key);

    /** How many failed syncs in a row are retried; upstream's deployment controller stops at 15. */
    protected int maxRetries() {
        return Integer.MAX_VALUE;
    }

    /** Queues a key. */
    protected final void enqueue(String key) {
        queue.add(key);
    }

    /** Queues a key once the delay has passed in virtual time. */
    protected final void enqueueAfter(String key, Duration delay) {
        queue.addAfter(key, delay);
    }

    /** Queues a key after the backoff of its retries. */
    protected final void enqueueRateLimited(String key) {
        queue.addRateLimited(key);
    }

    /** The store and clock. */
    protected final ControllerContext context() {
        return context;
    }

    /** The recorder of this controller's events. */
    protected final EventRecorder events() {
        return events;
    }
}
