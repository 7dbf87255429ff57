package io.pilothouse.runtime.controllers.job;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.batch.v1.BatchV1Factory;
import io.pilothouse.model.k8s.batch.v1.BatchV1Package;
import io.pilothouse.model.k8s.batch.v1.Job;
import io.pilothouse.model.k8s.batch.v1.JobCondition;
import io.pilothouse.model.k8s.batch.v1.JobStatus;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.meta.v1.OwnerReference;
import io.pilothouse.model.types.Time;
import io.pilothouse.runtime.controllers.ControllerRefs;
import io.pilothouse.runtime.controllers.EventRecorder;
import io.pilothouse.runtime.controllers.Informer;
import io.pilothouse.runtime.controllers.InformerController;
import io.pilothouse.runtime.controllers.Pods;

/**
 * Runs each Job's pods to completion as upstream's job controller: it counts finished pods that still carry the
 * tracking finalizer into {@code succeeded}/{@code failed} (and the completed indexes) and then removes the
 * finalizer, applies the pod failure policy, the backoff limit and the active deadline (an interim
 * {@code FailureTarget}, then {@code Failed} once no pod is left running), detects success ({@code
 * SuccessCriteriaMet}, then {@code Complete}), suspends and resumes, and keeps {@code parallelism} pods running,
 * delaying replacements of failed pods by 10 s doubling up to 6 min.
 */
public final class JobController extends InformerController {

    private record Failure(String reason, String message) {}

    private Informer<Job> jobs;
    private Informer<Pod> pods;
    private final Map<String, BackoffRecord> backoffs = new HashMap<>();

    @Override
    public String name() {
        return "job-controller";
    }

    @Override
    protected void startInformers() {
        jobs = Informer.start(context().store(), BatchV1Package.Literals.JOB, new Informer.Handler<>() {
            @Override
            public void onAdd(Job job) {
                enqueue(key(job));
            }

            @Override
            public void onUpdate(Job old, Job current) {
                enqueue(key(current));
            }

            @Override
            public void onDelete(Job job) {
                backoffs.remove(key(job));
            }
        });
        pods = Informer.start(context().store(), CoreV1Package.Literals.POD, new Informer.Handler<>() {
            @Override
            public void onAdd(Pod pod) {
                enqueueJobOf(pod);
            }

            @Override
            public void onUpdate(Pod old, Pod current) {
                enqueueJobOf(current);
            }

            @Override
            public void onDelete(Pod pod) {
                enqueueJobOf(pod);
            }
        });
    }

    private void enqueueJobOf(Pod pod) {
        OwnerReference owner = ControllerRefs.controllerOf(pod.getMetadata());
        if (owner != null && "Job".equals(owner.getKind())) {
            enqueue(Informer.key(pod.getMetadata().getNamespace(), owner.getName()));
        }
    }

    private static String key(Job job) {
        return Informer.key(job.getMetadata().getNamespace(), job.getMetadata().getName());
    }

    @Override
    protected void sync(String key) {
        Job job = jobs.get(key);
        if (job == null) {
            return;
        }
        List<Pod> owned = pods.controlledBy(job.getMetadata().getUid());
        if (JobConditions.isFinished(job)) {
            owned.stream().filter(JobPods::isTracked).forEach(pod -> JobPods.removeFinalizer(context().store(),
                    pod));
            return;
        }
        Instant now = context().clock().now();
        Job next = EcoreUtil.copy(job);
        JobStatus status = next.getStatus() == null ? BatchV1Factory.eINSTANCE.createJobStatus() : next.getStatus();
        next.setStatus(status);
        Failure failure = account(key, next, owned);
        List<Pod> active = owned.stream().filter(Pods::isActive).toList();
        failure = failure != null ? failure : failureOf(next, now);
        if (failure != null) {
            finishFailed(next, active, terminating(owned), failure, now);
        } else if (succeeded(next, active)) {
            finishComplete(next, active, terminating(owned), now);
        } else if (Boolean.TRUE.equals(next.getSpec().getSuspend())) {
            suspend(next, active, now);
        } else {
            manage(key, next, active, terminating(owned), now);
        }
        writeStatus(job, next);
    }

    /** Counts the finished pods that carry the finalizer, removes it, and returns a FailJob decision if any. */
    private Failure account(String key, Job job, List<Pod> owned) {
        JobStatus status = job.getStatus();
        int completions = job.getSpec().getCompletions() == null ? Integer.MAX_VALUE : job.getSpec().getCompletions();
        NavigableSet<Integer> completed = IndexIntervals.parse(status.getCompletedIndexes(), completions);
        List<Pod> newSucceeded = new ArrayList<>();
        List<Pod> newFailed = new ArrayList<>();
        int succeeded = 0;
        int failed = 0;
        Failure failure = null;
        for (Pod pod : owned) {
            if (!JobPods.isTracked(pod)) {
                continue;
            }
            if (Pods.SUCCEEDED.equals(Pods.phase(pod))) {
                newSucceeded.add(pod);
                int index = JobPods.completionIndex(pod);
                if (!JobPods.isIndexed(job) || index >= 0 && index < completions && completed.add(index)) {
                    succeeded++;
                }
            } else if (JobPods.isFailed(job, pod)) {
                newFailed.add(pod);
                PodFailurePolicies.Match match = PodFailurePolicies.match(job.getSpec().getPodFailurePolicy(), pod);
                if (PodFailurePolicies.FAIL_JOB.equals(match.action()) && failure == null) {
                    failure = new Failure("PodFailurePolicy", match.message());
                }
                if (!PodFailurePolicies.IGNORE.equals(match.action())) {
                    failed++;
                }
            } else {
                continue;
            }
            JobPods.removeFinalizer(context().store(), pod);
        }
        status.setSucceeded(count(status.getSucceeded()) + succeeded);
        status.setFailed(count(status.getFailed()) + failed);
        if (JobPods.isIndexed(job)) {
            status.setCompletedIndexes(IndexIntervals.format(completed));
        }
        backoffs.put(key, backoffs.getOrDefault(key, BackoffRecord.NONE).next(newSucceeded, newFailed));
        return failure;
    }

    /** The backoff limit, then the active deadline, as upstream checks them after the pod failure policy. */
    private Failure failureOf(Job job, Instant now) {
        JobCondition target = JobConditions.find(job.getStatus(), JobConditions.FAILURE_TARGET);
        if (target != null && "True".equals(target.getStatus())) {
            return new Failure(target.getReason(), target.getMessage());
        }
        if (job.getSpec().getBackoffLimit() != null && job.getStatus().getFailed() > job.getSpec().getBackoffLimit()) {
            return new Failure("BackoffLimitExceeded", "Job has reached the specified backoff limit");
        }
        Long deadline = job.getSpec().getActiveDeadlineSeconds();
        Time start = job.getStatus().getStartTime();
        if (deadline != null && start != null && !now.isBefore(start.toInstant().plusSeconds(deadline))) {
            return new Failure("DeadlineExceeded", "Job was active longer than specified deadline");
        }
        return null;
    }

    private static boolean succeeded(Job job, List<Pod> active) {
        JobStatus status = job.getStatus();
        if (JobConditions.isTrue(status, JobConditions.SUCCESS_CRITERIA_MET)) {
            return true;
        }
        Integer completions = job.getSpec().getCompletions();
        if (JobPods.isIndexed(job)) {
            return IndexIntervals.parse(status.getCompletedIndexes(), completions).size() >= completions;
        }
        return completions == null
                ? status.getSucceeded() > 0 && active.isEmpty()
                : status.getSucceeded() >= completions;
    }

    private void finishFailed(Job job, List<Pod> active, int terminating, Failure failure, Instant now) {
        JobStatus status = job.getStatus();
        JobConditions.set(status, JobConditions.FAILURE_TARGET, "True", failure.reason(), failure.message(), now);
        deleteAll(active);
        status.setActive(0);
        status.setReady(0);
        status.setTerminating(terminating + active.size());
        if (terminating + active.size() == 0) {
            JobConditions.set(status, JobConditions.FAILED, "True", failure.reason(), failure.message(), now);
            events().record(job, EventRecorder.WARNING, failure.reason(), failure.message());
        }
    }

    private void finishComplete(Job job, List<Pod> active, int terminating, Instant now) {
        JobStatus status = job.getStatus();
        String reason = "CompletionsReached";
        String message = "Reached expected number of succeeded pods";
        JobConditions.set(status, JobConditions.SUCCESS_CRITERIA_MET, "True", reason, message, now);
        deleteAll(active);
        status.setActive(0);
        status.setReady(0);
        status.setTerminating(terminating + active.size());
        if (terminating + active.size() == 0) {
            JobConditions.set(status, JobConditions.COMPLETE, "True", reason, message, now);
            status.setCompletionTime(Time.of(now));
            events().record(job, EventRecorder.NORMAL, "Completed", "Job completed");
        }
    }

    private void suspend(Job job, List<Pod> active, Instant now) {
        JobStatus status = job.getStatus();
        deleteAll(active);
        status.setActive(0);
        status.setReady(0);
        if (JobConditions.set(status, JobConditions.SUSPENDED, "True", "JobSuspended", "Job suspended", now)) {
            status.setStartTime(null);
            events().record(job, EventRecorder.NORMAL, "Suspended", "Job suspended");
        }
    }

    /** Upstream's {@code deleteJobPods}: each pod loses the tracking finalizer, so it is not counted, then goes. */
    private void deleteAll(List<Pod> pods) {
        for (Pod pod : pods) {
            JobPods.removeFinalizer(context().store(), pod);
            JobPods.delete(context().store(), pod);
        }
    }

    private void manage(String key, Job job, List<Pod> active, int terminating, Instant now) {
        JobStatus status = job.getStatus();
        if (JobConditions.isTrue(status, JobConditions.SUSPENDED)) {
            JobConditions.set(status, JobConditions.SUSPENDED, "False", "JobResumed", "Job resumed", now);
            events().record(job, EventRecorder.NORMAL, "Resumed", "Job resumed");
        }
        if (status.getStartTime() == null) {
            status.setStartTime(Time.of(now));
        }
        if (job.getSpec().getActiveDeadlineSeconds() != null) {
            Instant deadline = status.getStartTime().toInstant().plusSeconds(job.getSpec().getActiveDeadlineSeconds());
            enqueueAfter(key, Duration.between(now, deadline));
        }
        List<Pod> running = new ArrayList<>(active);
        int wanted = wantActive(job);
        if (running.size() > wanted) {
            running.sort(Comparator.comparing((Pod pod) -> pod.getMetadata().getCreationTimestamp())
                    .thenComparing(pod -> pod.getMetadata().getName()).reversed());
            for (Pod pod : running.subList(0, running.size() - wanted)) {
                JobPods.removeFinalizer(context().store(), pod);
                JobPods.delete(context().store(), pod);
                events().record(job, EventRecorder.NORMAL, "SuccessfulDelete", "Deleted pod: "
                        + pod.getMetadata().getName());
            }
            running = running.subList(running.size() - wanted, running.size());
        } else {
            boolean waitForTerminating = "Failed".equals(job.getSpec().getPodReplacementPolicy());
            int missing = wanted - running.size() - (waitForTerminating ? terminating : 0);
            Duration remaining = backoffs.getOrDefault(key, BackoffRecord.NONE).remaining(now);
            if (missing > 0 && remaining.isPositive()) {
                enqueueAfter(key, remaining);
            } else if (missing > 0) {
                create(job, running, missing);
            }
        }
        status.setActive(running.size());
        status.setReady((int) running.stream().filter(Pods::isReady).count());
        status.setTerminating(terminating);
    }

    private void create(Job job, List<Pod> running, int missing) {
        List<Integer> indexes = JobPods.isIndexed(job) ? PendingIndexes.of(job, running, missing) : null;
        int count = indexes == null ? missing : indexes.size();
        for (int i = 0; i < count; i++) {
            Pod created = context().store().create(JobPods.newPod(job, indexes == null ? -1 : indexes.get(i)));
            running.add(created);
            events().record(job, EventRecorder.NORMAL, "SuccessfulCreate", "Created pod: "
                    + created.getMetadata().getName());
        }
    }

    private int wantActive(Job job) {
        int parallelism = job.getSpec().getParallelism() == null ? 1 : job.getSpec().getParallelism();
        Integer completions = job.getSpec().getCompletions();
        JobStatus status = job.getStatus();
        if (JobPods.isIndexed(job)) {
            int done = IndexIntervals.parse(status.getCompletedIndexes(), completions).size();
            return Math.min(parallelism, completions - done);
        }
        if (completions == null) {
            return status.getSucceeded() > 0 ? 0 : parallelism;
        }
        return Math.max(0, Math.min(parallelism, completions - status.getSucceeded()));
    }

    private static int terminating(List<Pod> owned) {
        return (int) owned.stream().filter(pod -> pod.getMetadata().getDeletionTimestamp() != null
                && !Pods.SUCCEEDED.equals(Pods.phase(pod)) && !Pods.FAILED.equals(Pods.phase(pod))).count();
    }

    private static int count(Integer value) {
        return value == null ? 0 : value;
    }

    private void writeStatus(Job job, Job next) {
        JobStatus status = next.getStatus();
        if (status.getUncountedTerminatedPods() == null) {
            status.setUncountedTerminatedPods(BatchV1Factory.eINSTANCE.createUncountedTerminatedPods());
        }
        if (!EcoreUtil.equals(job.getStatus(), status)) {
            context().store().updateStatus(next);
        }
    }
}
