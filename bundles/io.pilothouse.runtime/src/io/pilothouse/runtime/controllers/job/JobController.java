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
 * Runs each Job's pods to completion as upstream's job controller: watches Jobs and their pods, keeps each Job's
 * backoff record between syncs and lets {@link JobSync} do one {@code syncJob} (pod failure policy, backoff limits
 * global and per index, active deadline, success policy, suspend, interim and final conditions).
 */
public final class JobController extends InformerController {

    private Informer<Job> jobs;
    private Informer<Pod> pods;
    private final Map<String, BackoffRecord> backoffs = new HashMap<>();

    @Override
    public String name() {
        return "job-controller";
    }

    @Override
    protected void startInformers() {
        jobs = Informer.start(context(), BatchV1Package.Literals.JOB, new Informer.Handler<>() {
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
        pods = Informer.start(context(), CoreV1Package.Literals.POD, new Informer.Handler<>() {
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
            backoffs.remove(key);
            return;
        }
        JobSync sync = new JobSync(context().store(), events(), job, owned,
                backoffs.getOrDefault(key, BackoffRecord.NONE), context().clock().now());
        sync.run();
        backoffs.put(key, sync.backoff());
        if (sync.requeue() != null) {
            enqueueAfter(key, sync.requeue());
        }
        if (!EcoreUtil.equals(job.getStatus(), sync.job().getStatus())) {
            context().store().updateStatus(sync.job());
        }
    }
}
