package io.pilothouse.runtime.controllers.cronjob;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.batch.v1.BatchV1Package;
import io.pilothouse.model.k8s.batch.v1.CronJob;
import io.pilothouse.model.k8s.batch.v1.Job;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.Cluster;
import io.pilothouse.runtime.api.WatchEvent;
import io.pilothouse.runtime.controllers.Pods;
import io.pilothouse.runtime.controllers.job.JobController;
import io.pilothouse.runtime.controllers.job.JobFixtures;

/**
 * A cluster with the CronJob and Job controllers whose pods exit with a code after a run time, recording each Job's
 * creation as {@code <name> at <virtual time> for <scheduled-timestamp annotation>}.
 */
final class CronJobScenario {

    final Cluster cluster = new Cluster();
    final List<String> created = new ArrayList<>();

    CronJobScenario(Duration runTime, int exitCode) {
        cluster.add(new CronJobController());
        cluster.add(new JobController());
        cluster.store().watch(CoreV1Package.Literals.POD, event -> {
            String name = ((Pod) event.object()).getMetadata().getName();
            if (event.type() == WatchEvent.Type.ADDED) {
                cluster.clock().scheduleAfter(runTime, () -> {
                    Pod pod = cluster.store().get(CoreV1Package.Literals.POD, "default", name);
                    if (pod != null && Pods.isActive(pod)) {
                        JobFixtures.finish(cluster, pod, exitCode);
                    }
                });
            }
        });
        cluster.store().watch(BatchV1Package.Literals.JOB, event -> {
            Job job = (Job) event.object();
            if (event.type() == WatchEvent.Type.ADDED) {
                created.add(job.getMetadata().getName() + " at " + cluster.clock().now() + " for "
                        + job.getMetadata().getAnnotations().get(CronJobController.SCHEDULED_TIMESTAMP));
            }
        });
    }

    /** Creates the CronJob of a fixture, changed by {@code edit}. */
    CronJob create(String fixture, Consumer<CronJob> edit) {
        CronJob cronJob = JobFixtures.load("cronjob", fixture);
        edit.accept(cronJob);
        return cluster.store().create(cronJob);
    }

    /** Updates the stored CronJob's spec. */
    void update(String name, Consumer<CronJob> edit) {
        CronJob cronJob = EcoreUtil.copy(cronJob(name));
        edit.accept(cronJob);
        cluster.store().update(cronJob);
        cluster.settle();
    }

    CronJob cronJob(String name) {
        return cluster.store().get(BatchV1Package.Literals.CRON_JOB, "default", name);
    }

    /** The names of the stored Jobs, sorted. */
    List<String> jobs() {
        return cluster.store().<Job>list(BatchV1Package.Literals.JOB, "default", null).stream()
                .map(job -> job.getMetadata().getName()).sorted().toList();
    }

    /** The events whose {@code reason: note} starts with a prefix. */
    List<String> events(String prefix) {
        return JobFixtures.events(cluster).stream().filter(e -> e.startsWith(prefix)).toList();
    }

    /** Advances the virtual clock to an instant. */
    void advanceTo(String instant) {
        cluster.advance(Duration.between(cluster.clock().now(), Instant.parse(instant)));
    }
}
