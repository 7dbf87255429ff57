package io.pilothouse.runtime.controllers.cronjob;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.batch.v1.BatchV1Factory;
import io.pilothouse.model.k8s.batch.v1.BatchV1Package;
import io.pilothouse.model.k8s.batch.v1.CronJob;
import io.pilothouse.model.k8s.batch.v1.Job;
import io.pilothouse.model.k8s.batch.v1.JobCondition;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.ObjectReference;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.k8s.meta.v1.OwnerReference;
import io.pilothouse.model.types.Time;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.controllers.ControllerRefs;
import io.pilothouse.runtime.controllers.EventRecorder;
import io.pilothouse.runtime.controllers.Informer;
import io.pilothouse.runtime.controllers.InformerController;

/**
 * Starts the Jobs of each CronJob at its schedule times as upstream's cronjob controller (v2): it follows its Jobs
 * out of the active list when they finish, starts the most recent missed time (unless past
 * {@code startingDeadlineSeconds}), honours {@code concurrencyPolicy} and {@code suspend}, deletes finished Jobs
 * beyond the history limits, and requeues itself 100 ms after the next schedule time, in virtual time.
 */
public final class CronJobController extends InformerController {

    static final String SCHEDULED_TIMESTAMP = "batch.kubernetes.io/cronjob-scheduled-timestamp";
    /** Go's {@code time.RFC1123Z} layout. */
    private static final DateTimeFormatter RFC1123Z = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss xx",
            Locale.ROOT);

    private Informer<CronJob> cronJobs;
    private Informer<Job> jobs;

    @Override
    public String name() {
        return "cronjob-controller";
    }

    @Override
    protected void startInformers() {
        cronJobs = Informer.start(context(), BatchV1Package.Literals.CRON_JOB, new Informer.Handler<>() {
            @Override
            public void onAdd(CronJob cronJob) {
                enqueue(Informer.key(cronJob.getMetadata().getNamespace(), cronJob.getMetadata().getName()));
            }

            @Override
            public void onUpdate(CronJob old, CronJob current) {
                if (!EcoreUtil.equals(old.getSpec(), current.getSpec())) {
                    enqueue(Informer.key(current.getMetadata().getNamespace(), current.getMetadata().getName()));
                }
            }
        });
        jobs = Informer.start(context(), BatchV1Package.Literals.JOB, new Informer.Handler<>() {
            @Override
            public void onUpdate(Job old, Job current) {
                enqueueOwner(current);
            }

            @Override
            public void onDelete(Job job) {
                enqueueOwner(job);
            }
        });
    }

    private void enqueueOwner(Job job) {
        OwnerReference owner = ControllerRefs.controllerOf(job.getMetadata());
        if (owner != null && "CronJob".equals(owner.getKind())) {
            enqueue(Informer.key(job.getMetadata().getNamespace(), owner.getName()));
        }
    }

    @Override
    protected void sync(String key) {
        CronJob stored = cronJobs.get(key);
        if (stored == null) {
            return;
        }
        CronJob cronJob = EcoreUtil.copy(stored);
        if (cronJob.getStatus() == null) {
            cronJob.setStatus(BatchV1Factory.eINSTANCE.createCronJobStatus());
        }
        List<Job> children = jobs.controlledBy(cronJob.getMetadata().getUid());
        reconcileActive(cronJob, children);
        if (cronJob.getMetadata().getDeletionTimestamp() == null) {
            schedule(key, cronJob);
        }
        HistoryLimits.cleanUp(context().store(), events(), cronJob, children);
        if (!EcoreUtil.equals(stored.getStatus(), cronJob.getStatus())) {
            context().store().updateStatus(cronJob);
        }
    }

    private void reconcileActive(CronJob cronJob, List<Job> children) {
        List<ObjectReference> active = cronJob.getStatus().getActive();
        for (Job job : children) {
            String uid = job.getMetadata().getUid();
            boolean listed = active.stream().anyMatch(ref -> uid.equals(ref.getUid()));
            String finished = finishedCondition(job);
            if (finished == null) {
                if (!listed) {
                    events().record(cronJob, EventRecorder.WARNING, "UnexpectedJob",
                            "Saw a job that the controller did not create or forgot: " + job.getMetadata().getName());
                }
                continue;
            }
            if (listed) {
                active.removeIf(ref -> uid.equals(ref.getUid()));
                events().record(cronJob, EventRecorder.NORMAL, "SawCompletedJob", "Saw completed job: "
                        + job.getMetadata().getName() + ", condition: " + finished);
            }
            Time completion = job.getStatus().getCompletionTime();
            Time last = cronJob.getStatus().getLastSuccessfulTime();
            if ("Complete".equals(finished) && completion != null && (last == null || last.compareTo(completion) < 0)) {
                cronJob.getStatus().setLastSuccessfulTime(completion);
            }
        }
        for (ObjectReference ref : List.copyOf(active)) {
            if (children.stream().noneMatch(job -> job.getMetadata().getUid().equals(ref.getUid()))) {
                events().record(cronJob, EventRecorder.NORMAL, "MissingJob", "Active job went missing: "
                        + ref.getName());
                active.remove(ref);
            }
        }
    }

    private void schedule(String key, CronJob cronJob) {
        String timeZone = cronJob.getSpec().getTimeZone();
        ZoneId zone = ZoneOffset.UTC;
        if (timeZone != null) {
            try {
                zone = ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                events().record(cronJob, EventRecorder.WARNING, "UnknownTimeZone", "invalid timeZone: \""
                        + timeZone + "\": unknown time zone " + timeZone);
                return;
            }
        }
        if (Boolean.TRUE.equals(cronJob.getSpec().getSuspend())) {
            return;
        }
        String text = cronJob.getSpec().getSchedule();
        if (text.contains("TZ")) {
            events().record(cronJob, EventRecorder.WARNING, "UnsupportedSchedule", "CRON_TZ or TZ used in schedule \""
                    + text + "\" is not officially supported, see "
                    + "https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/ for more details");
        }
        Schedule schedule;
        try {
            schedule = Schedule.parse(text, zone);
        } catch (IllegalArgumentException e) {
            events().record(cronJob, EventRecorder.WARNING, "UnparseableSchedule", "unparseable schedule: \""
                    + cronJob.getSpec().getSchedule() + "\" : " + e.getMessage());
            return;
        }
        Instant now = context().clock().now();
        ScheduleTimes times;
        try {
            times = ScheduleTimes.of(cronJob, schedule, now, true);
        } catch (IllegalArgumentException e) {
            events().record(cronJob, EventRecorder.WARNING, "InvalidSchedule", "invalid schedule: "
                    + cronJob.getSpec().getSchedule() + " : " + e.getMessage());
            return;
        }
        if (times.mostRecent() != null) {
            if (times.missed() > ScheduleTimes.TOO_MANY_MISSED) {
                events().record(cronJob, EventRecorder.WARNING, "TooManyMissedTimes", "too many missed start times."
                        + " Set or decrease .spec.startingDeadlineSeconds or check clock skew");
            }
            start(cronJob, times.mostRecent(), zone, now);
        }
        Duration next = ScheduleTimes.untilNext(cronJob, schedule, now);
        if (next != null) {
            enqueueAfter(key, next);
        }
    }

    private void start(CronJob cronJob, Instant scheduled, ZoneId zone, Instant now) {
        Long deadline = cronJob.getSpec().getStartingDeadlineSeconds();
        if (deadline != null && scheduled.plusSeconds(deadline).isBefore(now)) {
            events().record(cronJob, EventRecorder.WARNING, "MissSchedule", "Missed scheduled time to start a job: "
                    + RFC1123Z.format(scheduled.atOffset(ZoneOffset.UTC)));
            return;
        }
        String name = cronJob.getMetadata().getName() + '-' + scheduled.getEpochSecond() / 60;
        Time last = cronJob.getStatus().getLastScheduleTime();
        if (cronJob.getStatus().getActive().stream().anyMatch(ref -> name.equals(ref.getName()))
                || last != null && last.toInstant().equals(scheduled)) {
            return;
        }
        String policy = cronJob.getSpec().getConcurrencyPolicy();
        if ("Forbid".equals(policy) && !cronJob.getStatus().getActive().isEmpty()) {
            events().record(cronJob, EventRecorder.NORMAL, "JobAlreadyActive",
                    "Not starting job because prior execution is running and concurrency policy is Forbid");
            return;
        }
        if ("Replace".equals(policy)) {
            for (ObjectReference active : List.copyOf(cronJob.getStatus().getActive())) {
                deleteJob(cronJob, active.getName());
                cronJob.getStatus().getActive().remove(active);
            }
        }
        Job created;
        try {
            created = context().store().create(newJob(cronJob, name, scheduled, zone));
        } catch (ApiException e) {
            if (e.code() != 409) {
                throw e;
            }
            return;
        }
        events().record(cronJob, EventRecorder.NORMAL, "SuccessfulCreate", "Created job " + name);
        cronJob.getStatus().getActive().add(reference(created));
        cronJob.getStatus().setLastScheduleTime(Time.of(scheduled));
    }

    private void deleteJob(CronJob cronJob, String name) {
        try {
            context().store().delete(BatchV1Package.Literals.JOB, cronJob.getMetadata().getNamespace(), name);
            events().record(cronJob, EventRecorder.NORMAL, "SuccessfulDelete", "Deleted job " + name);
        } catch (ApiException e) {
            if (e.code() != 404) {
                throw e;
            }
        }
    }

    private static Job newJob(CronJob cronJob, String name, Instant scheduled, ZoneId zone) {
        Job job = BatchV1Factory.eINSTANCE.createJob();
        ObjectMeta template = cronJob.getSpec().getJobTemplate().getMetadata();
        ObjectMeta meta = template == null ? MetaV1Factory.eINSTANCE.createObjectMeta() : EcoreUtil.copy(template);
        meta.setName(name);
        meta.setGenerateName(null);
        meta.setNamespace(cronJob.getMetadata().getNamespace());
        meta.getAnnotations().put(SCHEDULED_TIMESTAMP, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(scheduled
                .atZone(zone)));
        meta.getOwnerReferences().add(ControllerRefs.newControllerRef(cronJob));
        job.setMetadata(meta);
        job.setSpec(EcoreUtil.copy(cronJob.getSpec().getJobTemplate().getSpec()));
        return job;
    }

    private static ObjectReference reference(Job job) {
        ObjectReference reference = CoreV1Factory.eINSTANCE.createObjectReference();
        reference.setApiVersion("batch/v1");
        reference.setKind("Job");
        reference.setNamespace(job.getMetadata().getNamespace());
        reference.setName(job.getMetadata().getName());
        reference.setUid(job.getMetadata().getUid());
        reference.setResourceVersion(job.getMetadata().getResourceVersion());
        return reference;
    }

    /** {@code Complete} or {@code Failed} when the Job has finished, else {@code null}. */
    static String finishedCondition(Job job) {
        if (job.getStatus() == null) {
            return null;
        }
        for (JobCondition condition : job.getStatus().getConditions()) {
            if (("Complete".equals(condition.getType()) || "Failed".equals(condition.getType()))
                    && "True".equals(condition.getStatus())) {
                return condition.getType();
            }
        }
        return null;
    }
}
