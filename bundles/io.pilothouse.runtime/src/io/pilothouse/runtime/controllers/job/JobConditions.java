package io.pilothouse.runtime.controllers.job;

import java.time.Instant;

import io.pilothouse.model.k8s.batch.v1.BatchV1Factory;
import io.pilothouse.model.k8s.batch.v1.Job;
import io.pilothouse.model.k8s.batch.v1.JobCondition;
import io.pilothouse.model.k8s.batch.v1.JobStatus;
import io.pilothouse.model.types.Time;

/** The conditions of a Job's status, as upstream's job controller sets them (appended in the order they arise). */
final class JobConditions {

    static final String COMPLETE = "Complete";
    static final String FAILED = "Failed";
    static final String FAILURE_TARGET = "FailureTarget";
    static final String SUCCESS_CRITERIA_MET = "SuccessCriteriaMet";
    static final String SUSPENDED = "Suspended";

    private JobConditions() {}

    /** The condition of a type, or {@code null}. */
    static JobCondition find(JobStatus status, String type) {
        if (status == null) {
            return null;
        }
        for (JobCondition condition : status.getConditions()) {
            if (type.equals(condition.getType())) {
                return condition;
            }
        }
        return null;
    }

    /** Whether the condition of a type is {@code True}. */
    static boolean isTrue(JobStatus status, String type) {
        JobCondition condition = find(status, type);
        return condition != null && "True".equals(condition.getStatus());
    }

    /** Whether the Job has finished: {@code Complete} or {@code Failed} is {@code True}. */
    static boolean isFinished(Job job) {
        return isTrue(job.getStatus(), COMPLETE) || isTrue(job.getStatus(), FAILED);
    }

    /**
     * Sets a condition: a new one is appended; an existing one changes its transition time only when its status
     * changes, and its probe time whenever anything changes.
     *
     * @return whether anything changed
     */
    static boolean set(JobStatus status, String type, String value, String reason, String message, Instant now) {
        JobCondition condition = find(status, type);
        if (condition == null) {
            condition = BatchV1Factory.eINSTANCE.createJobCondition();
            condition.setType(type);
            status.getConditions().add(condition);
        } else if (value.equals(condition.getStatus()) && reason.equals(condition.getReason())
                && message.equals(condition.getMessage())) {
            return false;
        }
        if (!value.equals(condition.getStatus())) {
            condition.setLastTransitionTime(Time.of(now));
        }
        condition.setStatus(value);
        condition.setReason(reason);
        condition.setMessage(message);
        condition.setLastProbeTime(Time.of(now));
        return true;
    }
}
