package io.pilothouse.runtime.controllers.podautoscaler;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Factory;
import io.pilothouse.model.k8s.autoscaling.v2.HPAScalingPolicy;
import io.pilothouse.model.k8s.autoscaling.v2.HPAScalingRules;
import io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerBehavior;

/**
 * Upstream's normalization of a recommendation with {@code behavior} for one autoscaler: the stabilization windows
 * over the recorded recommendations, then the scaling policies over the recorded scale events. Unset rules take
 * upstream's defaults: scale up without window by the larger of 100% and 4 pods per 15 s, scale down with a 300 s
 * window by 100% per 15 s. Without {@code behavior}, upstream's older rules apply: the same scale-down window, a
 * scale up to at most twice the replicas (4 at least) per sync, and no limit on scaling down.
 */
final class ScalingBehavior {

    /** The outcome: the replica count and the reasons and messages of the AbleToScale and ScalingLimited. */
    record Outcome(int replicas, boolean stabilized, String stabilizedReason, String stabilizedMessage,
            boolean limited, String limitReason, String limitMessage) {}

    private record Sample(Instant at, int replicas) {}

    private record ScaleEvent(Instant at, int change) {}

    static final int DEFAULT_SCALE_DOWN_WINDOW = 300;
    private static final int PERIOD = 15;
    private static final int LEGACY_SCALE_UP_MINIMUM = 4;

    private final List<Sample> recommendations = new ArrayList<>();
    private final List<ScaleEvent> scaleUps = new ArrayList<>();
    private final List<ScaleEvent> scaleDowns = new ArrayList<>();

    /** Records the current scale as the first recommendation, as upstream does on an autoscaler's first sync. */
    void recordInitial(int current, Instant now) {
        if (recommendations.isEmpty()) {
            recommendations.add(new Sample(now, current));
        }
    }

    Outcome normalize(HorizontalPodAutoscalerBehavior behavior, int current, int desired, int min, int max,
            Instant now) {
        HPAScalingRules up = behavior == null ? null : behavior.getScaleUp();
        HPAScalingRules down = behavior == null ? null : behavior.getScaleDown();
        int stabilized = stabilize(current, desired, window(up, 0), window(down, DEFAULT_SCALE_DOWN_WINDOW), now);
        boolean changed = stabilized != desired;
        String reason = "ReadyForNewScale";
        String message = "recommended size matches current size";
        if (changed && desired >= current) {
            reason = "ScaleUpStabilized";
            message = "recent recommendations were lower than current one, applying the lowest recent recommendation";
        } else if (changed) {
            reason = "ScaleDownStabilized";
            message = "recent recommendations were higher than current one, applying the highest recent "
                    + "recommendation";
        }
        String limitReason = "DesiredWithinRange";
        String limitMessage = "the desired count is within the acceptable range";
        int replicas = stabilized;
        if (stabilized > current) {
            int limit = Math.max(current, behavior == null
                    ? Math.max(2 * current, LEGACY_SCALE_UP_MINIMUM)
                    : scaleUpLimit(current, up, now));
            int allowed = Math.min(max, limit);
            if (stabilized > allowed) {
                replicas = allowed;
                limitReason = max > limit ? "ScaleUpLimit" : "TooManyReplicas";
                limitMessage = max > limit
                        ? "the desired replica count is increasing faster than the maximum scale rate"
                        : "the desired replica count is more than the maximum replica count";
            }
        } else if (stabilized < current) {
            int limit = behavior == null ? min : Math.min(current, scaleDownLimit(current, down, now));
            int allowed = Math.max(min, limit);
            if (stabilized < allowed) {
                replicas = allowed;
                limitReason = min < limit ? "ScaleDownLimit" : "TooFewReplicas";
                limitMessage = min < limit
                        ? "the desired replica count is decreasing faster than the maximum scale rate"
                        : "the desired replica count is less than the minimum replica count";
            }
        }
        return new Outcome(replicas, changed, reason, message, replicas != stabilized, limitReason, limitMessage);
    }

    /** Records a rescale for the rate limits of later syncs. */
    void recordScale(int from, int to, Instant now) {
        if (to > from) {
            scaleUps.add(new ScaleEvent(now, to - from));
        } else if (to < from) {
            scaleDowns.add(new ScaleEvent(now, from - to));
        }
    }

    private int stabilize(int current, int desired, int upWindow, int downWindow, Instant now) {
        Instant upCutoff = now.minusSeconds(upWindow);
        Instant downCutoff = now.minusSeconds(downWindow);
        Instant obsolete = now.minusSeconds(Math.max(upWindow, downWindow));
        int upRecommendation = desired;
        int downRecommendation = desired;
        int oldIndex = -1;
        for (int i = 0; i < recommendations.size(); i++) {
            Sample sample = recommendations.get(i);
            if (sample.at().isAfter(upCutoff)) {
                upRecommendation = Math.min(upRecommendation, sample.replicas());
            }
            if (sample.at().isAfter(downCutoff)) {
                downRecommendation = Math.max(downRecommendation, sample.replicas());
            }
            if (sample.at().isBefore(obsolete)) {
                oldIndex = i;
            }
        }
        if (oldIndex >= 0) {
            recommendations.set(oldIndex, new Sample(now, desired));
        } else {
            recommendations.add(new Sample(now, desired));
        }
        return Math.min(Math.max(current, upRecommendation), downRecommendation);
    }

    private int scaleUpLimit(int current, HPAScalingRules rules, Instant now) {
        String select = select(rules);
        if ("Disabled".equals(select)) {
            return current;
        }
        boolean min = "Min".equals(select);
        int result = min ? Integer.MAX_VALUE : Integer.MIN_VALUE;
        for (HPAScalingPolicy policy : policies(rules, true)) {
            int start = periodStart(current, policy, now);
            int proposed = "Pods".equals(policy.getType())
                    ? start + policy.getValue()
                    : (int) Math.ceil(start * (1 + policy.getValue() / 100.0));
            result = min ? Math.min(result, proposed) : Math.max(result, proposed);
        }
        return result;
    }

    private int scaleDownLimit(int current, HPAScalingRules rules, Instant now) {
        String select = select(rules);
        if ("Disabled".equals(select)) {
            return current;
        }
        boolean min = "Min".equals(select);
        int result = min ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        for (HPAScalingPolicy policy : policies(rules, false)) {
            int start = periodStart(current, policy, now);
            int proposed = "Pods".equals(policy.getType())
                    ? start - policy.getValue()
                    : (int) (start * (1 - policy.getValue() / 100.0));
            result = min ? Math.max(result, proposed) : Math.min(result, proposed);
        }
        return result;
    }

    private int periodStart(int current, HPAScalingPolicy policy, Instant now) {
        Instant cutoff = now.minus(Duration.ofSeconds(policy.getPeriodSeconds()));
        return current - changeSince(scaleUps, cutoff) + changeSince(scaleDowns, cutoff);
    }

    private static int changeSince(List<ScaleEvent> events, Instant cutoff) {
        return events.stream().filter(e -> e.at().isAfter(cutoff)).mapToInt(ScaleEvent::change).sum();
    }

    private static int window(HPAScalingRules rules, int fallback) {
        return rules == null || rules.getStabilizationWindowSeconds() == null
                ? fallback
                : rules.getStabilizationWindowSeconds();
    }

    private static String select(HPAScalingRules rules) {
        return rules == null || rules.getSelectPolicy() == null ? "Max" : rules.getSelectPolicy();
    }

    private static List<HPAScalingPolicy> policies(HPAScalingRules rules, boolean up) {
        if (rules != null && !rules.getPolicies().isEmpty()) {
            return rules.getPolicies();
        }
        List<HPAScalingPolicy> defaults = new ArrayList<>();
        defaults.add(policy("Percent", 100));
        if (up) {
            defaults.add(policy("Pods", 4));
        }
        return defaults;
    }

    private static HPAScalingPolicy policy(String type, int value) {
        HPAScalingPolicy policy = AutoscalingV2Factory.eINSTANCE.createHPAScalingPolicy();
        policy.setType(type);
        policy.setValue(value);
        policy.setPeriodSeconds(PERIOD);
        return policy;
    }
}
