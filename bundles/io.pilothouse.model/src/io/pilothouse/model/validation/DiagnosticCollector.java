package io.pilothouse.model.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.pilothouse.model.io.SourceRange;

/**
 * The {@link Reporter} of a run: it places each finding at the exact source range of the value (else of the object
 * or its nearest located container), names the resource that holds it, and applies severity overrides and
 * suppression.
 */
final class DiagnosticCollector implements Reporter {

    private final Map<EObject, ResourceEntry> entries;
    private final DiagnosticPolicy policy;
    private final List<ValidationDiagnostic> unlocated;

    DiagnosticCollector(Map<EObject, ResourceEntry> entries, DiagnosticPolicy policy,
            List<ValidationDiagnostic> unlocated) {
        this.entries = entries;
        this.policy = policy;
        this.unlocated = unlocated;
    }

    @Override
    public void report(Rule rule, String message, EObject target, EStructuralFeature feature, Fix fix) {
        if (!policy.enabled(rule)) {
            return;
        }
        EObject resource = ResourceKinds.resourceOf(target);
        ResourceEntry entry = entries.get(resource);
        if (entry != null && entry.skipped || policy.suppressed(rule.code(), entry)) {
            return;
        }
        if (entry == null) {
            unlocated.add(new ValidationDiagnostic(policy.severity(rule.code(), rule.severity()), rule.code(), message,
                    null, ResourceKinds.objectRef(resource), fix));
            return;
        }
        entry.diagnostics.add(new ValidationDiagnostic(policy.severity(rule.code(), rule.severity()), rule.code(),
                message, rangeOf(entry, target, feature), entry.ref, fix));
    }

    private static SourceRange rangeOf(ResourceEntry entry, EObject target, EStructuralFeature feature) {
        if (feature != null && target.eClass().getFeatureID(feature) >= 0) {
            SourceRange range = entry.sourceMap.rangeOf(target, feature).orElse(null);
            if (range != null) {
                return range;
            }
        }
        for (EObject current = target; current != null; current = current.eContainer()) {
            SourceRange range = entry.sourceMap.rangeOf(current).orElse(null);
            if (range != null) {
                return range;
            }
        }
        return entry.node.range();
    }
}
