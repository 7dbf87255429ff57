package io.pilothouse.model.validation.lint;

import io.pilothouse.model.validation.ResourceCheck;
import io.pilothouse.model.validation.SetCheck;
import java.util.List;

/**
 * The lint family. The per-resource lints walk the pod template of every workload kind through
 * {@link io.pilothouse.model.validation.references.Workloads}; the set lints look across resources.
 */
public final class LintChecks {

    private LintChecks() {}

    /** @return the lints of one resource */
    public static List<ResourceCheck> all() {
        return List.of(new ContainerLints(), new SecurityLints(), new PodLints(), new WorkloadLints());
    }

    /** @return the lints across every resource of a run */
    public static List<SetCheck> setChecks() {
        return List.of(new SetLints(), new ImagePins());
    }
}
