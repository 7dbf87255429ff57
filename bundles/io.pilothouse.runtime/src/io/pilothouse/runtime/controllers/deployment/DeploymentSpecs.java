package io.pilothouse.runtime.controllers.deployment;

import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.apps.v1.DeploymentSpec;
import io.pilothouse.model.k8s.apps.v1.RollingUpdateDeployment;
import io.pilothouse.model.types.IntOrString;

/**
 * A Deployment's spec with upstream's defaults for unset fields (replicas 1, RollingUpdate with 25% surge and 25%
 * unavailable, revisionHistoryLimit 10, progressDeadlineSeconds 600), and the rolling-update fenceposts of
 * {@code deploymentutil.ResolveFenceposts}.
 */
final class DeploymentSpecs {

    static final String RECREATE = "Recreate";
    static final String ROLLING_UPDATE = "RollingUpdate";

    private static final IntOrString DEFAULT_FENCEPOST = IntOrString.ofString("25%");
    private static final int DEFAULT_REVISION_HISTORY_LIMIT = 10;
    private static final int DEFAULT_PROGRESS_DEADLINE_SECONDS = 600;

    private DeploymentSpecs() {}

    static int replicas(Deployment d) {
        Integer replicas = d.getSpec().getReplicas();
        return replicas == null ? 1 : replicas;
    }

    static boolean isRollingUpdate(Deployment d) {
        DeploymentSpec spec = d.getSpec();
        return spec.getStrategy() == null || spec.getStrategy().getType() == null
                || ROLLING_UPDATE.equals(spec.getStrategy().getType());
    }

    static boolean isRecreate(Deployment d) {
        return !isRollingUpdate(d) && RECREATE.equals(d.getSpec().getStrategy().getType());
    }

    static boolean paused(Deployment d) {
        return Boolean.TRUE.equals(d.getSpec().getPaused());
    }

    static int minReadySeconds(Deployment d) {
        Integer seconds = d.getSpec().getMinReadySeconds();
        return seconds == null ? 0 : seconds;
    }

    static int revisionHistoryLimit(Deployment d) {
        Integer limit = d.getSpec().getRevisionHistoryLimit();
        return limit == null ? DEFAULT_REVISION_HISTORY_LIMIT : limit;
    }

    /** Upstream's {@code HasProgressDeadline}: set and not {@code MaxInt32}. */
    static boolean hasProgressDeadline(Deployment d) {
        return progressDeadlineSeconds(d) != Integer.MAX_VALUE;
    }

    static int progressDeadlineSeconds(Deployment d) {
        Integer seconds = d.getSpec().getProgressDeadlineSeconds();
        return seconds == null ? DEFAULT_PROGRESS_DEADLINE_SECONDS : seconds;
    }

    /** How many pods above the desired count a rolling update may run; 0 for Recreate. */
    static int maxSurge(Deployment d) {
        return isRollingUpdate(d) ? fenceposts(d)[0] : 0;
    }

    /** How many pods below the desired count a rolling update may run, at most the desired count. */
    static int maxUnavailable(Deployment d) {
        int replicas = replicas(d);
        if (!isRollingUpdate(d) || replicas == 0) {
            return 0;
        }
        return Math.min(fenceposts(d)[1], replicas);
    }

    /** Surge rounded up, unavailable rounded down; when both come to 0, unavailable is 1. */
    static int[] fenceposts(Deployment d) {
        RollingUpdateDeployment rolling = d.getSpec().getStrategy() == null
                ? null
                : d.getSpec().getStrategy().getRollingUpdate();
        IntOrString surge = orDefault(rolling == null ? null : rolling.getMaxSurge());
        IntOrString unavailable = orDefault(rolling == null ? null : rolling.getMaxUnavailable());
        int replicas = replicas(d);
        int maxSurge = (int) surge.scaledValue(replicas, true);
        int maxUnavailable = (int) unavailable.scaledValue(replicas, false);
        if (maxSurge == 0 && maxUnavailable == 0) {
            maxUnavailable = 1;
        }
        return new int[] {maxSurge, maxUnavailable};
    }

    /** An unset fencepost is the API default, 25%. */
    private static IntOrString orDefault(IntOrString value) {
        return value == null ? DEFAULT_FENCEPOST : value;
    }
}
