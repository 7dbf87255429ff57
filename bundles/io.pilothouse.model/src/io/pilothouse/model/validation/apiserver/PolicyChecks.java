package io.pilothouse.model.validation.apiserver;

import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetSpec;
import io.pilothouse.model.k8s.policy.v1.PolicyV1Package;
import io.pilothouse.model.types.IntOrString;
import io.pilothouse.model.validation.FieldErrors;
import io.pilothouse.model.validation.FieldPaths;
import io.pilothouse.model.validation.Reporter;

/**
 * kube-apiserver's rules for PodDisruptionBudgets (at most one of minAvailable and maxUnavailable, each a
 * non-negative count or a percentage up to 100%) and HorizontalPodAutoscalers (1 ≤ minReplicas ≤ maxReplicas).
 */
final class PolicyChecks {

    private static final Pattern PERCENT = Pattern.compile("[0-9]+%");
    private static final String PERCENT_MESSAGE = "a valid percent string must be a numeric string followed by an"
            + " ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";

    private PolicyChecks() {}

    static void disruptionBudget(PodDisruptionBudgetSpec spec, Reporter reporter) {
        if (spec.getMinAvailable() != null && spec.getMaxUnavailable() != null) {
            reporter.report(ApiServerRules.DISRUPTION_BUDGET, FieldErrors.invalidOmitted("spec",
                    "minAvailable and maxUnavailable cannot be both set"), spec,
                    PolicyV1Package.Literals.POD_DISRUPTION_BUDGET_SPEC__MAX_UNAVAILABLE);
        }
        intOrPercent(spec, PolicyV1Package.Literals.POD_DISRUPTION_BUDGET_SPEC__MIN_AVAILABLE, reporter);
        intOrPercent(spec, PolicyV1Package.Literals.POD_DISRUPTION_BUDGET_SPEC__MAX_UNAVAILABLE, reporter);
    }

    private static void intOrPercent(EObject spec, EStructuralFeature feature, Reporter reporter) {
        if (!(spec.eGet(feature) instanceof IntOrString value)) {
            return;
        }
        String path = FieldPaths.of(spec, feature);
        if (value.isInt()) {
            if (value.intValue() < 0) {
                reporter.report(ApiServerRules.DISRUPTION_BUDGET, FieldErrors.invalid(path, value.intValue(),
                        "must be greater than or equal to 0"), spec, feature);
            }
            return;
        }
        String text = value.stringValue();
        if (!PERCENT.matcher(text).matches()) {
            reporter.report(ApiServerRules.DISRUPTION_BUDGET, FieldErrors.invalid(path, text, PERCENT_MESSAGE), spec,
                    feature);
        } else if (Long.parseLong(text.substring(0, Math.min(text.length() - 1, 12))) > 100) {
            reporter.report(ApiServerRules.DISRUPTION_BUDGET, FieldErrors.invalid(path, text,
                    "must not be greater than 100%"), spec, feature);
        }
    }

    /** Checks the replica bounds of an autoscaling/v1 or v2 HorizontalPodAutoscalerSpec. */
    static void autoscaler(EObject spec, Reporter reporter) {
        EStructuralFeature minFeature = spec.eClass().getEStructuralFeature("minReplicas");
        EStructuralFeature maxFeature = spec.eClass().getEStructuralFeature("maxReplicas");
        Integer min = (Integer) spec.eGet(minFeature);
        Integer max = (Integer) spec.eGet(maxFeature);
        if (min != null && min < 1) {
            reporter.report(ApiServerRules.AUTOSCALER_REPLICAS, FieldErrors.invalid(FieldPaths.of(spec, minFeature),
                    min, "must be greater than or equal to 1"), spec, minFeature);
        }
        if (max != null && max < 1) {
            reporter.report(ApiServerRules.AUTOSCALER_REPLICAS, FieldErrors.invalid(FieldPaths.of(spec, maxFeature),
                    max, "must be greater than 0"), spec, maxFeature);
        }
        if (min != null && max != null && min > max) {
            reporter.report(ApiServerRules.AUTOSCALER_REPLICAS, FieldErrors.invalid(FieldPaths.of(spec, minFeature),
                    min, "must be less than or equal to maxReplicas"), spec, minFeature);
        }
    }
}
