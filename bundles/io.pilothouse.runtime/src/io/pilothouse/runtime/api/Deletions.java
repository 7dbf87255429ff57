package io.pilothouse.runtime.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.Namespace;
import io.pilothouse.model.k8s.meta.v1.DeleteOptions;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.k8s.meta.v1.Preconditions;

/**
 * What upstream's generic registry does with {@code DeleteOptions} before a delete: it validates them, checks the
 * preconditions, and turns the propagation policy into the garbage collector's finalizers ({@code orphan} for
 * Orphan, {@code foregroundDeletion} for Foreground, neither for Background, the default of every served kind).
 */
public final class Deletions {

    /** The propagation policies. */
    public static final String FOREGROUND = "Foreground";
    /** The propagation policies. */
    public static final String BACKGROUND = "Background";
    /** The propagation policies. */
    public static final String ORPHAN = "Orphan";
    /** The finalizer of an owner whose dependents are orphaned before it goes. */
    public static final String ORPHAN_FINALIZER = "orphan";
    /** The finalizer of an owner whose dependents are deleted before it goes. */
    public static final String FOREGROUND_FINALIZER = "foregroundDeletion";
    /** The finalizer of {@code spec.finalizers} of a namespace, removed by the namespace controller. */
    public static final String KUBERNETES_FINALIZER = "kubernetes";

    private static final GroupKind DELETE_OPTIONS = new GroupKind("meta.k8s.io", "DeleteOptions");

    private Deletions() {}

    /** Delete options with a propagation policy. */
    public static DeleteOptions propagation(String policy) {
        DeleteOptions options = MetaV1Factory.eINSTANCE.createDeleteOptions();
        options.setPropagationPolicy(policy);
        return options;
    }

    /** Delete options with preconditions on uid and resourceVersion ({@code null} for none). */
    public static DeleteOptions preconditions(String uid, String resourceVersion) {
        DeleteOptions options = MetaV1Factory.eINSTANCE.createDeleteOptions();
        options.setPreconditions(MetaV1Factory.eINSTANCE.createPreconditions());
        options.getPreconditions().setUid(uid);
        options.getPreconditions().setResourceVersion(resourceVersion);
        return options;
    }

    /** Whether a namespace still waits for finalizers of its {@code spec.finalizers}. */
    static boolean hasSpecFinalizers(Object object) {
        return object instanceof Namespace namespace && namespace.getSpec() != null
                && !namespace.getSpec().getFinalizers().isEmpty();
    }

    /** Keeps the {@code spec.finalizers} of a stored namespace in an update, as upstream's namespace strategy does. */
    static void keepSpecFinalizers(Object next, Object current) {
        if (next instanceof Namespace namespace && current instanceof Namespace stored) {
            if (stored.getSpec() == null || stored.getSpec().getFinalizers().isEmpty()) {
                if (namespace.getSpec() != null) {
                    namespace.getSpec().getFinalizers().clear();
                }
                return;
            }
            if (namespace.getSpec() == null) {
                namespace.setSpec(CoreV1Factory.eINSTANCE.createNamespaceSpec());
            }
            namespace.getSpec().getFinalizers().clear();
            namespace.getSpec().getFinalizers().addAll(stored.getSpec().getFinalizers());
        }
    }

    /**
     * Checks delete options against the stored object.
     *
     * @throws ApiException Invalid for an unknown policy or a policy with {@code orphanDependents}, Conflict when a
     *                      precondition fails
     */
    static void check(KindInfo info, ObjectMeta current, DeleteOptions options) {
        String policy = options.getPropagationPolicy();
        if (policy != null && !List.of(FOREGROUND, BACKGROUND, ORPHAN).contains(policy)) {
            throw ApiErrors.invalid(DELETE_OPTIONS, "", List.of(new FieldError(FieldError.Type.NOT_SUPPORTED,
                    "propagationPolicy", GoStrings.quote(policy),
                    "supported values: \"Foreground\", \"Background\", \"Orphan\", \"nil\"")));
        }
        if (policy != null && options.getOrphanDependents() != null) {
            throw ApiErrors.invalid(DELETE_OPTIONS, "", List.of(FieldError.invalid("propagationPolicy", policy,
                    "orphanDependents and deletionPropagation cannot be both set")));
        }
        Preconditions preconditions = options.getPreconditions();
        if (preconditions == null) {
            return;
        }
        if (preconditions.getUid() != null && !preconditions.getUid().equals(current.getUid())) {
            throw ApiErrors.conflict(info.resource(), current.getName(), "Precondition failed: UID in precondition: "
                    + preconditions.getUid() + ", UID in object meta: " + current.getUid());
        }
        String resourceVersion = preconditions.getResourceVersion();
        if (resourceVersion != null && !resourceVersion.equals(current.getResourceVersion())) {
            throw ApiErrors.conflict(info.resource(), current.getName(),
                    "Precondition failed: ResourceVersion in precondition: " + resourceVersion
                            + ", ResourceVersion in object meta: " + current.getResourceVersion());
        }
    }

    /**
     * The finalizers an object has after a delete: its own without the garbage collector's, then {@code orphan} or
     * {@code foregroundDeletion} as the options (else the finalizers already there) ask.
     */
    static List<String> finalizers(List<String> current, DeleteOptions options) {
        List<String> next = new ArrayList<>();
        for (String finalizer : current) {
            if (!finalizer.equals(ORPHAN_FINALIZER) && !finalizer.equals(FOREGROUND_FINALIZER)) {
                next.add(finalizer);
            }
        }
        if (orphans(current, options)) {
            next.add(ORPHAN_FINALIZER);
        }
        if (deletesInForeground(current, options)) {
            next.add(FOREGROUND_FINALIZER);
        }
        Set<String> before = new TreeSet<>(current);
        return before.equals(new TreeSet<>(next)) ? current : next;
    }

    private static boolean orphans(List<String> current, DeleteOptions options) {
        if (options.getOrphanDependents() != null) {
            return options.getOrphanDependents();
        }
        if (options.getPropagationPolicy() != null) {
            return ORPHAN.equals(options.getPropagationPolicy());
        }
        return current.contains(ORPHAN_FINALIZER) && !current.contains(FOREGROUND_FINALIZER);
    }

    private static boolean deletesInForeground(List<String> current, DeleteOptions options) {
        if (options.getOrphanDependents() != null) {
            return false;
        }
        if (options.getPropagationPolicy() != null) {
            return FOREGROUND.equals(options.getPropagationPolicy());
        }
        return current.contains(FOREGROUND_FINALIZER);
    }

}
