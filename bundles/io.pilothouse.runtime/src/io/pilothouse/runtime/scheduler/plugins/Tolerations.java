package io.pilothouse.runtime.scheduler.plugins;

import java.util.List;

import io.pilothouse.model.k8s.core.v1.Taint;
import io.pilothouse.model.k8s.core.v1.Toleration;

/** Upstream's toleration matching ({@code Toleration.ToleratesTaint}). */
public final class Tolerations {

    public static final String NO_SCHEDULE = "NoSchedule";
    public static final String NO_EXECUTE = "NoExecute";
    public static final String PREFER_NO_SCHEDULE = "PreferNoSchedule";

    private Tolerations() {}

    /**
     * Whether a toleration tolerates a taint: same effect (or none), same key (or none, with Exists), and same value
     * (Equal, the default) or any value (Exists).
     */
    public static boolean tolerates(Toleration toleration, String key, String value, String effect) {
        if (!isEmpty(toleration.getEffect()) && !toleration.getEffect().equals(effect)) {
            return false;
        }
        if (!isEmpty(toleration.getKey()) && !toleration.getKey().equals(key)) {
            return false;
        }
        String operator = toleration.getOperator();
        if (isEmpty(operator) || "Equal".equals(operator)) {
            return nullToEmpty(toleration.getValue()).equals(nullToEmpty(value));
        }
        return "Exists".equals(operator);
    }

    /** Whether any of the tolerations tolerates the taint. */
    public static boolean anyTolerates(List<Toleration> tolerations, String key, String value, String effect) {
        for (Toleration toleration : tolerations) {
            if (tolerates(toleration, key, value, effect)) {
                return true;
            }
        }
        return false;
    }

    /** The first NoSchedule or NoExecute taint that no toleration tolerates, {@code null} when there is none. */
    public static Taint firstUntoleratedNoScheduleTaint(List<Taint> taints, List<Toleration> tolerations) {
        for (Taint taint : taints) {
            boolean filtered = NO_SCHEDULE.equals(taint.getEffect()) || NO_EXECUTE.equals(taint.getEffect());
            if (filtered && !anyTolerates(tolerations, taint.getKey(), taint.getValue(), taint.getEffect())) {
                return taint;
            }
        }
        return null;
    }

    static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }
}
