package io.pilothouse.runtime.api.admission;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * The defaulting the API server's scheme does when it decodes a request, before admission: the defaults of every
 * group version the runtime serves.
 */
public final class Defaulting {

    private static final List<GroupDefaults> GROUPS = List.of(new CoreV1Defaults(), new AppsV1Defaults(),
            new BatchV1Defaults(), new AutoscalingV2Defaults(), new SchedulingV1Defaults());

    private Defaulting() {}

    /** Sets the unset fields of an object to their defaults, in place. */
    public static void apply(EObject object) {
        for (GroupDefaults group : GROUPS) {
            group.apply(object);
        }
    }
}
