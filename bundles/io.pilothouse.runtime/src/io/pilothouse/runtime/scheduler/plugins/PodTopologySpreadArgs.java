package io.pilothouse.runtime.scheduler.plugins;

import java.util.List;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.TopologySpreadConstraint;

/**
 * The arguments of PodTopologySpread, as upstream's {@code PodTopologySpreadArgs}: the constraints given to pods
 * that declare none, with the selector of the services and controller that own the pod.
 *
 * @param defaultConstraints the constraints for pods that have none ({@code defaultingType: List})
 * @param defaultingType     {@link #SYSTEM} (upstream's built-in defaults, the constraints ignored) or {@link #LIST}
 */
public record PodTopologySpreadArgs(List<TopologySpreadConstraint> defaultConstraints, String defaultingType) {

    /** The defaulting type of upstream's built-in default constraints. */
    public static final String SYSTEM = "System";
    /** The defaulting type of the configured default constraints. */
    public static final String LIST = "List";
    /** The default: the system defaults. */
    public static final PodTopologySpreadArgs DEFAULT = new PodTopologySpreadArgs(List.of(), SYSTEM);

    /** Upstream's system defaults: hostname maxSkew 3, zone maxSkew 5, both ScheduleAnyway. */
    private static final List<TopologySpreadConstraint> SYSTEM_DEFAULTS = List.of(
            constraint(3, PodTopologySpreadConstraint.HOSTNAME),
            constraint(5, PodTopologySpreadConstraint.ZONE));

    /** Checks the defaulting type and copies the constraints. */
    public PodTopologySpreadArgs {
        if (!SYSTEM.equals(defaultingType) && !LIST.equals(defaultingType)) {
            throw new IllegalArgumentException("defaultingType: Unsupported value: \"" + defaultingType
                    + "\": supported values: \"List\", \"System\"");
        }
        defaultConstraints = List.copyOf(defaultConstraints);
    }

    /** Whether the system defaults apply. */
    public boolean systemDefaulted() {
        return SYSTEM.equals(defaultingType);
    }

    /** The default constraints in effect: the system defaults, or the configured list. */
    List<TopologySpreadConstraint> effectiveConstraints() {
        return systemDefaulted() ? SYSTEM_DEFAULTS : defaultConstraints;
    }

    private static TopologySpreadConstraint constraint(int maxSkew, String topologyKey) {
        TopologySpreadConstraint constraint = CoreV1Factory.eINSTANCE.createTopologySpreadConstraint();
        constraint.setMaxSkew(maxSkew);
        constraint.setTopologyKey(topologyKey);
        constraint.setWhenUnsatisfiable(PodTopologySpreadConstraint.SCHEDULE_ANYWAY);
        return constraint;
    }
}
