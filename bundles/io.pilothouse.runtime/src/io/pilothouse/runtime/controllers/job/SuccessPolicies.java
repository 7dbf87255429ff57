package io.pilothouse.runtime.controllers.job;

import java.util.List;
import java.util.NavigableSet;

import io.pilothouse.model.k8s.batch.v1.SuccessPolicy;
import io.pilothouse.model.k8s.batch.v1.SuccessPolicyRule;

/**
 * Upstream's {@code matchSuccessPolicy} for an Indexed Job: the first rule that the succeeded indexes satisfy
 * decides. A rule with {@code succeededIndexes} is met when all of them succeeded or, with {@code succeededCount},
 * when that many of them did; a rule with only {@code succeededCount} when that many indexes succeeded at all.
 */
final class SuccessPolicies {

    /** The reason of the conditions a met success policy sets. */
    static final String REASON = "SuccessPolicy";

    private SuccessPolicies() {}

    /** The condition message of the first met rule, or {@code null} when none is met. */
    static String match(SuccessPolicy policy, int completions, NavigableSet<Integer> succeeded) {
        if (policy == null || succeeded.isEmpty()) {
            return null;
        }
        List<SuccessPolicyRule> rules = policy.getRules();
        for (int index = 0; index < rules.size(); index++) {
            SuccessPolicyRule rule = rules.get(index);
            Integer count = rule.getSucceededCount();
            boolean met;
            if (rule.getSucceededIndexes() != null) {
                NavigableSet<Integer> required = IndexIntervals.parse(rule.getSucceededIndexes(), completions);
                long contained = required.stream().filter(succeeded::contains).count();
                met = !required.isEmpty()
                        && (contained == required.size() || count != null && contained >= count);
            } else {
                met = count != null && succeeded.size() >= count;
            }
            if (met) {
                return "Matched rules at index " + index;
            }
        }
        return null;
    }
}
