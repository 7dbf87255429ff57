package io.pilothouse.runtime.controllers;

/**
 * A control loop of the simulated cluster, shaped like a kube-controller-manager controller: at {@link #start} it
 * watches what it needs (through the store) and queues keys in its own work queue; {@link #processNext} reconciles
 * one queued key. Controllers never reach into each other's state: they only read and write objects in the store.
 */
public interface Controller {

    /** @return the controller's name, as kube-controller-manager names it ({@code replicaset-controller}) */
    String name();

    /** Registers the controller's watches and queues the work that existing objects need. */
    void start(ControllerContext context);

    /**
     * Reconciles one key whose turn has come.
     *
     * @return {@code false} when the queue had nothing ready now
     */
    boolean processNext();
}
