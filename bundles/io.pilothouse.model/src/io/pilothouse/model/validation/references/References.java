package io.pilothouse.model.validation.references;

import io.pilothouse.model.validation.Fix;
import io.pilothouse.model.validation.Reporter;
import io.pilothouse.model.validation.Rule;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Resolves references of one run and reports the missing ones with the family's policy: when the files hold
 * other objects of the referenced kind (in the referenced namespace, for a namespaced kind), the files are taken
 * to describe that kind there completely and a missing object is a warning of the kind's rule; when they hold none
 * of it, the object is probably created elsewhere and the finding is {@link ReferenceRules#NOT_IN_FILES} (info).
 */
final class References {

    private final ResourceIndex index;
    private final Reporter reporter;

    References(ResourceIndex index, Reporter reporter) {
        this.index = index;
        this.reporter = reporter;
    }

    ResourceIndex index() {
        return index;
    }

    Reporter reporter() {
        return reporter;
    }

    /**
     * Looks up a referenced object and reports it when missing.
     *
     * @param namespace the namespace of the referenced object, empty for a cluster-scoped kind
     * @return the referenced object, empty when missing (and reported) or when {@code name} is empty
     */
    Optional<EObject> require(Rule rule, String group, String kind, String namespace, String name, EObject referrer,
            EStructuralFeature feature) {
        return require(rule, group, kind, namespace, name, referrer, feature, () -> null);
    }

    /**
     * Looks up a referenced object and reports it when missing, with a fix.
     *
     * @param fix the fix of the finding when the object is missing (creating it), giving {@code null} for none
     * @return the referenced object, empty when missing (and reported) or when {@code name} is empty
     */
    Optional<EObject> require(Rule rule, String group, String kind, String namespace, String name, EObject referrer,
            EStructuralFeature feature, Supplier<Fix> fix) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        Optional<EObject> found = index.find(group, kind, namespace, name);
        if (found.isEmpty()) {
            String where = namespace.isEmpty() ? "" : " in namespace \"" + namespace + '"';
            if (index.hasKind(group, kind, namespace)) {
                reporter.report(rule, kind + " \"" + name + "\" not found" + where, referrer, feature, fix.get());
            } else {
                reporter.report(ReferenceRules.NOT_IN_FILES, kind + " \"" + name
                        + "\" is not in the files given, which hold no " + kind + where, referrer, feature, fix.get());
            }
        }
        return found;
    }

    /** Reports a rule (for the checks that do not look up one object by name). */
    void report(Rule rule, String message, EObject target, EStructuralFeature feature) {
        reporter.report(rule, message, target, feature);
    }
}
