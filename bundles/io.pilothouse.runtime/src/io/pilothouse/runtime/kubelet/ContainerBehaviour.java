package io.pilothouse.runtime.kubelet;

import java.time.Duration;

import io.pilothouse.model.types.Quantity;

/**
 * How one simulated container behaves, from the pod's {@code pilothouse.io/} annotations.
 *
 * @param runDuration  how long it runs before it exits, {@code null} for ever
 * @param exitCode     the code it exits with
 * @param readyAfter   how long after it starts it becomes ready
 * @param startDelay   how long it takes from creation to running
 * @param imagePull    how long pulling its image takes
 * @param preStop      how long its exec or httpGet preStop hook runs (a sleep hook runs for its seconds)
 * @param cpuUsage     the CPU it uses, {@code null} when not given
 * @param memoryUsage  the memory it uses, {@code null} when not given; above the memory limit it is OOMKilled
 */
record ContainerBehaviour(Duration runDuration, int exitCode, Duration readyAfter, Duration startDelay,
        Duration imagePull, Duration preStop, Quantity cpuUsage, Quantity memoryUsage) {}
