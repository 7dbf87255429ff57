package io.pilothouse.runtime.scheduler.profile;

import java.util.List;

import io.pilothouse.model.k8s.core.v1.TopologySpreadConstraint;

/**
 * The arguments of PodTopologySpread, as upstream's {@code PodTopologySpreadArgs}, handed to its factory.
 *
 * @param defaultConstraints the constraints for pods that have none ({@code defaultingType: List})
 * @param defaultingType     {@code System} (upstream's built-in defaults) or {@code List}
 */
public record PodTopologySpreadArgs(List<TopologySpreadConstraint> defaultConstraints, String defaultingType) {

    /** The default: the system defaults. */
    public static final PodTopologySpreadArgs DEFAULT = new PodTopologySpreadArgs(List.of(), "System");

    /** Copies the constraints. */
    public PodTopologySpreadArgs {
        defaultConstraints = List.copyOf(defaultConstraints);
    }
}
