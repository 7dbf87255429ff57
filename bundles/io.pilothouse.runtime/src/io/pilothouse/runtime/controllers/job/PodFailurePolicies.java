package io.pilothouse.runtime.controllers.job;

import java.util.List;

import io.pilothouse.model.k8s.batch.v1.PodFailurePolicy;
import io.pilothouse.model.k8s.batch.v1.PodFailurePolicyOnExitCodesRequirement;
import io.pilothouse.model.k8s.batch.v1.PodFailurePolicyOnPodConditionsPattern;
import io.pilothouse.model.k8s.batch.v1.PodFailurePolicyRule;
import io.pilothouse.model.k8s.core.v1.ContainerStatus;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodCondition;

/**
 * Matches a failed pod against a Job's {@code podFailurePolicy} as upstream's {@code matchPodFailurePolicy}: the
 * first rule whose exit-code requirement (a non-zero exit code of a terminated container, optionally of a named one)
 * or pod-condition pattern matches decides; no match counts the failure.
 */
final class PodFailurePolicies {

    static final String FAIL_JOB = "FailJob";
    static final String IGNORE = "Ignore";
    static final String COUNT = "Count";
    static final String FAIL_INDEX = "FailIndex";

    /** The matching rule's action, and for {@code FailJob} the upstream message. */
    record Match(String action, String message) {

        /** Whether the failure counts toward the backoff limits: all but {@code Ignore}. */
        boolean counted() {
            return !IGNORE.equals(action);
        }
    }

    private PodFailurePolicies() {}

    /** The decision for a failed pod: the action of the first matching rule, or {@code Count} without a match. */
    static Match match(PodFailurePolicy policy, Pod pod) {
        if (policy == null) {
            return new Match(COUNT, null);
        }
        List<PodFailurePolicyRule> rules = policy.getRules();
        for (int index = 0; index < rules.size(); index++) {
            PodFailurePolicyRule rule = rules.get(index);
            String reason = rule.getOnExitCodes() != null
                    ? exitCodeMatch(rule.getOnExitCodes(), pod)
                    : conditionMatch(rule.getOnPodConditions(), pod);
            if (reason != null) {
                return new Match(rule.getAction(), reason + " matching " + rule.getAction() + " rule at index "
                        + index);
            }
        }
        return new Match(COUNT, null);
    }

    private static String exitCodeMatch(PodFailurePolicyOnExitCodesRequirement requirement, Pod pod) {
        if (pod.getStatus() == null) {
            return null;
        }
        for (List<ContainerStatus> statuses : List.of(pod.getStatus().getContainerStatuses(),
                pod.getStatus().getInitContainerStatuses())) {
            for (ContainerStatus status : statuses) {
                Integer code = exitCode(status);
                if (code == null || code == 0 || requirement.getContainerName() != null
                        && !requirement.getContainerName().equals(status.getName())) {
                    continue;
                }
                boolean in = requirement.getValues().contains(code);
                if ("In".equals(requirement.getOperator()) == in) {
                    return "Container " + status.getName() + " for pod " + pod.getMetadata().getNamespace() + '/'
                            + pod.getMetadata().getName() + " failed with exit code " + code;
                }
            }
        }
        return null;
    }

    private static String conditionMatch(List<PodFailurePolicyOnPodConditionsPattern> patterns, Pod pod) {
        if (pod.getStatus() == null) {
            return null;
        }
        for (PodCondition condition : pod.getStatus().getConditions()) {
            for (PodFailurePolicyOnPodConditionsPattern pattern : patterns) {
                String status = pattern.getStatus() == null ? "True" : pattern.getStatus();
                if (pattern.getType().equals(condition.getType()) && status.equals(condition.getStatus())) {
                    return "Pod " + pod.getMetadata().getNamespace() + '/' + pod.getMetadata().getName()
                            + " has condition " + condition.getType();
                }
            }
        }
        return null;
    }

    private static Integer exitCode(ContainerStatus status) {
        if (status.getState() == null || status.getState().getTerminated() == null) {
            return null;
        }
        return status.getState().getTerminated().getExitCode();
    }
}
