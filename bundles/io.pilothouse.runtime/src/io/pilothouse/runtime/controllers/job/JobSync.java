package io.pilothouse.runtime.controllers.job;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.batch.v1.BatchV1Factory;
import io.pilothouse.model.k8s.batch.v1.Job;
import io.pilothouse.model.k8s.batch.v1.JobCondition;
import io.pilothouse.model.k8s.batch.v1.JobSpec;
import io.pilothouse.model.k8s.batch.v1.JobStatus;
import io.pilothouse.model.k8s.core.v1.ContainerStatus;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.types.Time;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.controllers.EventRecorder;
import io.pilothouse.runtime.controllers.Pods;

/**
 * One run of upstream's {@code syncJob} for an unfinished Job: decides whether the Job finishes (an existing
 * interim condition, a {@code FailJob} rule, the backoff limit, the active deadline, the failed indexes of a {@code
 * backoffLimitPerIndex}, the success policy, the completions), otherwise keeps the wanted number of pods running
 * (suspending, scaling down, creating after the backoff), then counts the finished pods that still carry the tracking
 * finalizer and removes it, and writes the interim condition and, once no pod is left terminating, the final one.
 */
final class JobSync {

    /** The Job's end: success or failure with the reason and message of its conditions. */
    private record Finish(boolean success, String reason, String message) {}

    private final ObjectStore store;
    private final EventRecorder events;
    private final Job job;
    private final JobSpec spec;
    private final JobStatus status;
    private final List<Pod> owned;
    private final Instant now;
    private final boolean indexed;
    private final boolean perIndex;
    private final List<Pod> active;
    private final List<Pod> counted;
    private NavigableSet<Integer> succeededIndexes = new TreeSet<>();
    private NavigableSet<Integer> failedIndexes = new TreeSet<>();
    private Map<Integer, Pod> delayed = Map.of();
    private int terminating;
    private Finish finish;
    private Duration requeue;
    private BackoffRecord backoff;

    /** Prepares the sync of a copy of the Job, with its pods and the backoff record of its earlier syncs. */
    JobSync(ObjectStore store, EventRecorder events, Job shared, List<Pod> owned, BackoffRecord backoff,
            Instant now) {
        this.store = store;
        this.events = events;
        this.job = EcoreUtil.copy(shared);
        this.spec = job.getSpec();
        if (job.getStatus() == null) {
            job.setStatus(BatchV1Factory.eINSTANCE.createJobStatus());
        }
        this.status = job.getStatus();
        this.owned = owned;
        this.backoff = backoff;
        this.now = now;
        this.indexed = JobPods.isIndexed(job);
        this.perIndex = IndexFailures.hasBackoffLimitPerIndex(job);
        this.active = new ArrayList<>(owned.stream().filter(Pods::isActive).toList());
        this.counted = owned.stream().filter(pod -> JobPods.isTracked(pod) && JobPods.hasValidIndex(job, pod))
                .toList();
        this.terminating = (int) owned.stream().filter(JobSync::isTerminating).count();
    }

    /** The Job with its new status. */
    Job job() {
        return job;
    }

    /** The backoff record after this sync. */
    BackoffRecord backoff() {
        return backoff;
    }

    /** When the Job wants to sync again (a backoff or the active deadline), or {@code null}. */
    Duration requeue() {
        return requeue;
    }

    /** Runs the sync on the Job's copy; the status is the caller's to write. */
    void run() {
        List<Pod> newSucceeded = counted.stream().filter(pod -> Pods.SUCCEEDED.equals(Pods.phase(pod))).toList();
        int succeeded = count(status.getSucceeded()) + newSucceeded.size();
        int failed = count(status.getFailed()) + (int) counted.stream().filter(pod -> JobPods.isFailed(job, pod)
                && PodFailurePolicies.match(spec.getPodFailurePolicy(), pod).counted()).count();
        if (status.getStartTime() == null && !suspended()) {
            status.setStartTime(Time.of(now));
        }
        finish = finishOf(failed);
        if (indexed) {
            succeeded = indexedProgress();
        }
        backoff = backoff.next(newSucceeded, counted.stream().filter(pod -> JobPods.isFailed(job, pod)
                && delayed.get(JobPods.completionIndex(pod)) != pod).toList());
        if (finish != null) {
            account();
            deleteAll(active);
        } else {
            manage(succeeded);
            Integer completions = spec.getCompletions();
            boolean complete = completions == null ? succeeded > 0 : succeeded >= completions;
            if (complete && active.isEmpty()) {
                finish = new Finish(true, "CompletionsReached", "Reached expected number of succeeded pods");
            }
            account();
        }
        status.setActive(active.size());
        status.setReady((int) active.stream().filter(Pods::isReady).count());
        status.setTerminating(terminating);
        if (status.getUncountedTerminatedPods() == null) {
            status.setUncountedTerminatedPods(BatchV1Factory.eINSTANCE.createUncountedTerminatedPods());
        }
        if (finish != null) {
            enactFinish();
        }
    }

    /** An interim condition, a FailJob rule, the backoff limit or the active deadline, in upstream's order. */
    private Finish finishOf(int failed) {
        JobCondition met = JobConditions.find(status, JobConditions.SUCCESS_CRITERIA_MET);
        if (met != null && "True".equals(met.getStatus())) {
            return new Finish(true, met.getReason(), met.getMessage());
        }
        JobCondition target = JobConditions.find(status, JobConditions.FAILURE_TARGET);
        if (target != null && "True".equals(target.getStatus())) {
            return new Finish(false, target.getReason(), target.getMessage());
        }
        for (Pod pod : owned) {
            PodFailurePolicies.Match match = JobPods.isFailed(job, pod)
                    ? PodFailurePolicies.match(spec.getPodFailurePolicy(), pod)
                    : null;
            if (match != null && PodFailurePolicies.FAIL_JOB.equals(match.action())) {
                return new Finish(false, "PodFailurePolicy", match.message());
            }
        }
        Integer limit = spec.getBackoffLimit();
        if (limit != null && (failed > limit || pastBackoffLimitOnFailure(limit))) {
            return new Finish(false, "BackoffLimitExceeded", "Job has reached the specified backoff limit");
        }
        Long deadline = spec.getActiveDeadlineSeconds();
        if (deadline != null && !suspended()) {
            Duration left = Duration.between(now, status.getStartTime().toInstant().plusSeconds(deadline));
            if (!left.isPositive()) {
                return new Finish(false, "DeadlineExceeded", "Job was active longer than specified deadline");
            }
            requeueAfter(left);
        }
        return null;
    }

    /** Upstream's {@code pastBackoffLimitOnFailure}: the restarts of running pods with restartPolicy OnFailure. */
    private boolean pastBackoffLimitOnFailure(int limit) {
        if (!"OnFailure".equals(spec.getTemplate().getSpec().getRestartPolicy())) {
            return false;
        }
        int restarts = 0;
        for (Pod pod : owned) {
            String phase = Pods.phase(pod);
            if (pod.getStatus() != null && (Pods.RUNNING.equals(phase) || Pods.PENDING.equals(phase))) {
                for (List<ContainerStatus> statuses : List.of(pod.getStatus().getInitContainerStatuses(),
                        pod.getStatus().getContainerStatuses())) {
                    restarts += statuses.stream().mapToInt(s -> count(s.getRestartCount())).sum();
                }
            }
        }
        return limit == 0 ? restarts > 0 : restarts >= limit;
    }

    /** The succeeded and failed indexes, the failed-index limits and the success policy; the succeeded count. */
    private int indexedProgress() {
        int completions = spec.getCompletions();
        succeededIndexes = IndexIntervals.parse(status.getCompletedIndexes(), completions);
        counted.stream().filter(pod -> Pods.SUCCEEDED.equals(Pods.phase(pod)))
                .forEach(pod -> succeededIndexes.add(JobPods.completionIndex(pod)));
        if (perIndex) {
            failedIndexes = IndexIntervals.parse(status.getFailedIndexes(), completions);
            counted.stream().filter(pod -> IndexFailures.failsIndex(job, pod))
                    .forEach(pod -> failedIndexes.add(JobPods.completionIndex(pod)));
            if (finish == null && spec.getMaxFailedIndexes() != null
                    && failedIndexes.size() > spec.getMaxFailedIndexes()) {
                finish = new Finish(false, "MaxFailedIndexesExceeded",
                        "Job has exceeded the specified maximal number of failed indexes");
            } else if (finish == null && !failedIndexes.isEmpty()
                    && failedIndexes.size() + succeededIndexes.size() >= completions) {
                finish = new Finish(false, "FailedIndexes", "Job has failed indexes");
            }
            delayed = IndexFailures.delayed(job, counted, succeededIndexes, failedIndexes, indexes(active));
        }
        String met = finish == null
                ? SuccessPolicies.match(spec.getSuccessPolicy(), completions, succeededIndexes)
                : null;
        if (met != null) {
            finish = new Finish(true, SuccessPolicies.REASON, met);
        }
        return succeededIndexes.size();
    }

    /** Upstream's {@code manageJob}: suspends, or deletes the pods beyond the wanted ones, or creates the missing. */
    private void manage(int succeeded) {
        if (suspended()) {
            deleteAll(active);
            if (JobConditions.set(status, JobConditions.SUSPENDED, "True", "JobSuspended", "Job suspended", now)) {
                status.setStartTime(null);
                events.record(job, EventRecorder.NORMAL, "Suspended", "Job suspended");
            }
            return;
        }
        if (JobConditions.isTrue(status, JobConditions.SUSPENDED)) {
            JobConditions.set(status, JobConditions.SUSPENDED, "False", "JobResumed", "Job resumed", now);
            events.record(job, EventRecorder.NORMAL, "Resumed", "Job resumed");
            status.setStartTime(Time.of(now));
        }
        int wanted = wantActive(succeeded);
        if (active.size() > wanted) {
            List<Pod> newestFirst = new ArrayList<>(active);
            newestFirst.sort(Comparator.comparing((Pod pod) -> pod.getMetadata().getCreationTimestamp())
                    .thenComparing(pod -> pod.getMetadata().getName()).reversed());
            deleteAll(newestFirst.subList(0, active.size() - wanted));
            return;
        }
        int missing = wanted - active.size() - (JobPods.onlyReplaceFailedPods(job) ? terminating : 0);
        if (missing <= 0) {
            return;
        }
        if (!perIndex) {
            Duration remaining = backoff.remaining(now);
            if (remaining.isPositive()) {
                requeueAfter(remaining);
                return;
            }
        }
        if (indexed) {
            createIndexes(missing);
        } else {
            for (int i = 0; i < missing; i++) {
                create(-1);
            }
        }
    }

    private int wantActive(int succeeded) {
        int parallelism = spec.getParallelism() == null ? 1 : spec.getParallelism();
        Integer completions = spec.getCompletions();
        if (completions == null) {
            return succeeded > 0 ? active.size() : parallelism;
        }
        return Math.max(0, Math.min(parallelism, completions - succeeded));
    }

    /** Starts the lowest pending indexes; with a per-index backoff, those whose backoff passed (else waits). */
    private void createIndexes(int missing) {
        Set<Integer> taken = new TreeSet<>(succeededIndexes);
        taken.addAll(failedIndexes);
        taken.addAll(indexes(active));
        if (JobPods.onlyReplaceFailedPods(job)) {
            taken.addAll(indexes(owned.stream().filter(JobSync::isTerminating).toList()));
        }
        List<Integer> pending = PendingIndexes.of(spec.getCompletions(), taken, missing);
        List<Integer> ready = pending.stream()
                .filter(index -> !IndexFailures.remaining(delayed.get(index), now).isPositive()).toList();
        if (ready.isEmpty() && !pending.isEmpty()) {
            pending.stream().map(index -> IndexFailures.remaining(delayed.get(index), now))
                    .min(Comparator.naturalOrder()).ifPresent(this::requeueAfter);
        }
        ready.forEach(this::create);
    }

    private void create(int index) {
        Pod created = store.create(JobPods.newPod(job, index, delayed.get(index)));
        active.add(created);
        events.record(job, EventRecorder.NORMAL, "SuccessfulCreate", "Created pod: "
                + created.getMetadata().getName());
    }

    /**
     * Upstream's {@code trackJobStatusAndRemoveFinalizers}: counts each finished pod with the tracking finalizer
     * (every unfinished one as failed when the Job fails) and removes the finalizer, except from a failed pod whose
     * index waits for its replacement.
     */
    private void account() {
        List<Pod> tracked = new ArrayList<>(owned.stream().filter(JobPods::isTracked).toList());
        if (indexed) {
            tracked.sort(Comparator.comparingInt(JobPods::completionIndex));
        }
        int newSucceeded = 0;
        int newFailed = 0;
        for (Pod pod : tracked) {
            boolean succeeded = Pods.SUCCEEDED.equals(Pods.phase(pod));
            boolean failed = JobPods.isFailed(job, pod);
            if (finish == null && !succeeded && (!failed || delayed.get(JobPods.completionIndex(pod)) == pod)) {
                continue;
            }
            if (succeeded) {
                newSucceeded++;
            } else if ((failed || !finish.success()) && JobPods.hasValidIndex(job, pod)) {
                if (PodFailurePolicies.match(spec.getPodFailurePolicy(), pod).counted()) {
                    newFailed++;
                }
            }
            JobPods.removeFinalizer(store, pod);
        }
        if (indexed) {
            status.setCompletedIndexes(IndexIntervals.format(succeededIndexes));
            status.setSucceeded(succeededIndexes.size());
        } else {
            status.setSucceeded(count(status.getSucceeded()) + newSucceeded);
        }
        if (perIndex) {
            String failedList = IndexIntervals.format(failedIndexes);
            status.setFailedIndexes(failedList == null ? "" : failedList);
        }
        status.setFailed(count(status.getFailed()) + newFailed);
    }

    /** The interim condition, then, once no pod is left terminating, the final one with its events. */
    private void enactFinish() {
        String interim = finish.success() ? JobConditions.SUCCESS_CRITERIA_MET : JobConditions.FAILURE_TARGET;
        JobConditions.set(status, interim, "True", finish.reason(), finish.message(), now);
        if (terminating > 0) {
            return;
        }
        if (!finish.success()) {
            JobConditions.set(status, JobConditions.FAILED, "True", finish.reason(), finish.message(), now);
            events.record(job, EventRecorder.WARNING, finish.reason(), finish.message());
            return;
        }
        JobConditions.set(status, JobConditions.COMPLETE, "True", finish.reason(), finish.message(), now);
        status.setCompletionTime(Time.of(now));
        if (spec.getCompletions() != null && status.getSucceeded() > spec.getCompletions()) {
            events.record(job, EventRecorder.WARNING, "TooManySucceededPods",
                    "Too many succeeded pods running after completion count reached");
        }
        events.record(job, EventRecorder.NORMAL, "Completed", "Job completed");
    }

    /** Upstream's {@code deleteJobPods}: each pod loses the tracking finalizer, so it is not counted, then goes. */
    private void deleteAll(List<Pod> pods) {
        for (Pod pod : List.copyOf(pods)) {
            if (finish == null) {
                JobPods.removeFinalizer(store, pod);
            }
            JobPods.delete(store, pod);
            events.record(job, EventRecorder.NORMAL, "SuccessfulDelete", "Deleted pod: "
                    + pod.getMetadata().getName());
            active.remove(pod);
            terminating++;
        }
    }

    private void requeueAfter(Duration delay) {
        requeue = requeue == null || delay.compareTo(requeue) < 0 ? delay : requeue;
    }

    private boolean suspended() {
        return Boolean.TRUE.equals(spec.getSuspend());
    }

    private static Set<Integer> indexes(List<Pod> pods) {
        Set<Integer> indexes = new TreeSet<>();
        pods.stream().mapToInt(JobPods::completionIndex).filter(index -> index >= 0).forEach(indexes::add);
        return indexes;
    }

    private static boolean isTerminating(Pod pod) {
        return pod.getMetadata().getDeletionTimestamp() != null && !Pods.SUCCEEDED.equals(Pods.phase(pod))
                && !Pods.FAILED.equals(Pods.phase(pod));
    }

    private static int count(Integer value) {
        return value == null ? 0 : value;
    }
}
