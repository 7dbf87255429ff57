package io.pilothouse.model.validation.apiserver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.pilothouse.model.validation.FieldErrors;
import io.pilothouse.model.validation.FieldPaths;
import io.pilothouse.model.validation.Reporter;

/**
 * The counts kube-apiserver requires to be non-negative ({@code ValidateNonnegativeField}) in workload specs:
 * replicas, minReadySeconds, revision and history limits, parallelism, completions, a Job's
 * activeDeadlineSeconds, backoffLimit...
 */
final class CountChecks {

    private static final Set<String> COUNTS = Set.of("replicas", "minReadySeconds", "revisionHistoryLimit",
            "progressDeadlineSeconds", "parallelism", "completions", "activeDeadlineSeconds",
            "backoffLimit", "ttlSecondsAfterFinished",
            "successfulJobsHistoryLimit", "failedJobsHistoryLimit", "startingDeadlineSeconds");

    private static final Map<EClass, List<EStructuralFeature>> FEATURES = new ConcurrentHashMap<>();

    private CountChecks() {}

    static void check(EObject spec, Reporter reporter) {
        for (EStructuralFeature feature : FEATURES.computeIfAbsent(spec.eClass(), CountChecks::counts)) {
            if (spec.eGet(feature) instanceof Number number && number.longValue() < 0) {
                reporter.report(ApiServerRules.NEGATIVE_COUNT, FieldErrors.invalid(FieldPaths.of(spec, feature),
                        number, "must be greater than or equal to 0"), spec, feature);
            }
        }
    }

    private static List<EStructuralFeature> counts(EClass eClass) {
        List<EStructuralFeature> features = new ArrayList<>();
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (COUNTS.contains(FieldPaths.jsonName(feature))) {
                features.add(feature);
            }
        }
        return List.copyOf(features);
    }
}
