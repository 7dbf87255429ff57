package io.pilothouse.runtime.controllers.deployment;

import java.time.Instant;
import java.util.Objects;

import io.pilothouse.model.k8s.apps.v1.AppsV1Factory;
import io.pilothouse.model.k8s.apps.v1.DeploymentCondition;
import io.pilothouse.model.k8s.apps.v1.DeploymentStatus;
import io.pilothouse.model.k8s.apps.v1.ReplicaSetCondition;
import io.pilothouse.model.types.Time;

/** Deployment conditions, their reasons, and upstream's rules for setting them. */
final class DeploymentConditions {

    static final String PROGRESSING = "Progressing";
    static final String AVAILABLE = "Available";
    static final String REPLICA_FAILURE = "ReplicaFailure";

    static final String NEW_RS_CREATED = "NewReplicaSetCreated";
    static final String FOUND_NEW_RS = "FoundNewReplicaSet";
    static final String RS_UPDATED = "ReplicaSetUpdated";
    static final String NEW_RS_AVAILABLE = "NewReplicaSetAvailable";
    static final String TIMED_OUT = "ProgressDeadlineExceeded";
    static final String FAILED_RS_CREATE = "ReplicaSetCreateError";
    static final String PAUSED = "DeploymentPaused";
    static final String RESUMED = "DeploymentResumed";
    static final String MINIMUM_AVAILABLE = "MinimumReplicasAvailable";
    static final String MINIMUM_UNAVAILABLE = "MinimumReplicasUnavailable";

    private DeploymentConditions() {}

    /** A condition whose update and transition times are now. */
    static DeploymentCondition create(String type, String status, String reason, String message, Instant now) {
        DeploymentCondition condition = AppsV1Factory.eINSTANCE.createDeploymentCondition();
        condition.setType(type);
        condition.setStatus(status);
        condition.setReason(reason);
        condition.setMessage(message);
        condition.setLastUpdateTime(Time.of(now));
        condition.setLastTransitionTime(Time.of(now));
        return condition;
    }

    static DeploymentCondition get(DeploymentStatus status, String type) {
        if (status == null) {
            return null;
        }
        for (DeploymentCondition condition : status.getConditions()) {
            if (type.equals(condition.getType())) {
                return condition;
            }
        }
        return null;
    }

    /**
     * Upstream's {@code SetDeploymentCondition}: nothing when status and reason are unchanged; the transition time
     * is kept when the status is; the condition moves to the end.
     */
    static void set(DeploymentStatus status, DeploymentCondition condition) {
        DeploymentCondition current = get(status, condition.getType());
        if (current != null && Objects.equals(current.getStatus(), condition.getStatus())
                && Objects.equals(current.getReason(), condition.getReason())) {
            return;
        }
        if (current != null && Objects.equals(current.getStatus(), condition.getStatus())) {
            condition.setLastTransitionTime(current.getLastTransitionTime());
        }
        remove(status, condition.getType());
        status.getConditions().add(condition);
    }

    static void remove(DeploymentStatus status, String type) {
        status.getConditions().removeIf(condition -> type.equals(condition.getType()));
    }

    /** A ReplicaSet condition as a Deployment condition, updated when it transitioned. */
    static DeploymentCondition fromReplicaSet(ReplicaSetCondition rsCondition) {
        DeploymentCondition condition = AppsV1Factory.eINSTANCE.createDeploymentCondition();
        condition.setType(rsCondition.getType());
        condition.setStatus(rsCondition.getStatus());
        condition.setReason(rsCondition.getReason());
        condition.setMessage(rsCondition.getMessage());
        condition.setLastTransitionTime(rsCondition.getLastTransitionTime());
        condition.setLastUpdateTime(rsCondition.getLastTransitionTime());
        return condition;
    }
}
