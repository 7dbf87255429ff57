package io.pilothouse.runtime.preview;

import java.util.List;

import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.controllers.Controller;
import io.pilothouse.runtime.controllers.cronjob.CronJobController;
import io.pilothouse.runtime.controllers.daemonset.DaemonSetController;
import io.pilothouse.runtime.controllers.deployment.DeploymentController;
import io.pilothouse.runtime.controllers.disruption.DisruptionController;
import io.pilothouse.runtime.controllers.garbagecollector.GarbageCollector;
import io.pilothouse.runtime.controllers.job.JobController;
import io.pilothouse.runtime.controllers.job.TtlAfterFinishedController;
import io.pilothouse.runtime.controllers.namespace.NamespaceController;
import io.pilothouse.runtime.controllers.nodelifecycle.NodeLifecycleController;
import io.pilothouse.runtime.controllers.nodelifecycle.TaintEvictionController;
import io.pilothouse.runtime.controllers.podautoscaler.HorizontalPodAutoscalerController;
import io.pilothouse.runtime.controllers.podautoscaler.KubeletMetricsSource;
import io.pilothouse.runtime.controllers.replicaset.ReplicaSetController;
import io.pilothouse.runtime.controllers.resourcequota.ResourceQuotaController;
import io.pilothouse.runtime.controllers.serviceaccount.RootCaCertPublisher;
import io.pilothouse.runtime.controllers.serviceaccount.ServiceAccountsController;
import io.pilothouse.runtime.controllers.statefulset.StatefulSetController;
import io.pilothouse.runtime.controllers.volume.persistentvolume.PersistentVolumeController;
import io.pilothouse.runtime.kubelet.Kubelet;
import io.pilothouse.runtime.scheduler.Scheduler;

/**
 * The control loops of a preview cluster, in the one place where they are registered. The order is the order in
 * which they take turns: kube-controller-manager's controllers in the order its controller descriptors are
 * registered (serviceaccount, root-ca-cert-publisher, namespace, garbagecollector, daemonset, job, deployment,
 * replicaset, horizontalpodautoscaling, disruption, statefulset, cronjob, node-lifecycle, taint-eviction,
 * persistentvolume-binder, ttl-after-finished, resourcequota), then kube-scheduler, then the kubelet of every
 * node. A controller that is written later is added by one line at its place in that order.
 */
public final class ControllerSet {

    private ControllerSet() {}

    /** A fresh instance of every controller a preview of {@code store} runs, in turn order. */
    public static List<Controller> standard(ObjectStore store) {
        Kubelet kubelet = new Kubelet();
        return List.of(
                new ServiceAccountsController(),
                new RootCaCertPublisher(),
                new NamespaceController(),
                new GarbageCollector(),
                new DaemonSetController(),
                new JobController(),
                new DeploymentController(),
                new ReplicaSetController(),
                new HorizontalPodAutoscalerController(new KubeletMetricsSource(kubelet, store)),
                new DisruptionController(),
                new StatefulSetController(),
                new CronJobController(),
                new NodeLifecycleController(),
                new TaintEvictionController(),
                new PersistentVolumeController(),
                new TtlAfterFinishedController(),
                new ResourceQuotaController(),
                new Scheduler(),
                kubelet);
    }
}
