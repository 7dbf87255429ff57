package io.pilothouse.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.api.VirtualClock;
import io.pilothouse.runtime.controllers.Controller;
import io.pilothouse.runtime.controllers.ControllerContext;
import io.pilothouse.runtime.controllers.Informers;

/**
 * The simulated cluster: one store, one virtual clock, and the control loops that act on them. Time only moves in
 * {@link #advance}; {@link #settle} runs the controllers until none has work at the current instant.
 *
 * <p>Determinism: controllers take turns in the order they were added, each reconciling one key per turn, until a
 * whole round finds no work; timers fire in due order (ties in scheduling order), with a settle after each instant.
 */
public final class Cluster {

    /** A bound on rounds per settle, so a controller that never stops requeueing is reported, not looped on. */
    static final int MAX_ROUNDS = 1_000_000;

    private final VirtualClock clock;
    private final ObjectStore store;
    private final Informers informers;
    private final List<Controller> controllers = new ArrayList<>();

    public Cluster() {
        this(new VirtualClock());
    }

    public Cluster(VirtualClock clock) {
        this.clock = clock;
        this.store = new ObjectStore(clock);
        this.informers = new Informers(store);
    }

    public ObjectStore store() {
        return store;
    }

    public VirtualClock clock() {
        return clock;
    }

    /**
     * Adds a controller and starts it; it takes its turns after the controllers added before it, and shares the
     * cluster's informers with them.
     */
    public void add(Controller controller) {
        controllers.add(controller);
        controller.start(new ControllerContext(store, clock, informers));
    }

    /**
     * Runs the controllers until none has work at the current instant.
     *
     * @throws IllegalStateException when the controllers keep producing work without end
     */
    public void settle() {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean worked = false;
            for (Controller controller : controllers) {
                worked |= controller.processNext();
            }
            if (!worked) {
                return;
            }
        }
        throw new IllegalStateException("the cluster did not settle at " + clock.now() + " after " + MAX_ROUNDS
                + " rounds: a controller keeps requeueing work");
    }

    /** Moves time forward by {@code duration}, settling at every instant where a timer fires, and at the end. */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time cannot move backwards: " + duration);
        }
        Instant target = clock.now().plus(duration);
        settle();
        for (Optional<Instant> due = clock.nextDue(); due.isPresent() && !due.get().isAfter(target); due = clock
                .nextDue()) {
            Instant at = due.get().isBefore(clock.now()) ? clock.now() : due.get();
            clock.advance(Duration.between(clock.now(), at));
            settle();
        }
        clock.advance(Duration.between(clock.now(), target));
        settle();
    }
}
