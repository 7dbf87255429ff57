package io.pilothouse.runtime.api.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.pilothouse.model.k8s.apps.v1.DaemonSet;
import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.apps.v1.StatefulSet;
import io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscaler;
import io.pilothouse.model.k8s.batch.v1.CronJob;
import io.pilothouse.model.k8s.batch.v1.Job;
import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.LimitRange;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.Service;
import io.pilothouse.model.types.IntOrString;
import io.pilothouse.model.types.Quantity;

class DefaultingTest {

    private static final String POD_TEMPLATE = """
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                  - name: web
                    image: nginx:1.27
            """;

    @ParameterizedTest
    @CsvSource({
            "nginx, Always",
            "nginx:latest, Always",
            "nginx:1.27, IfNotPresent",
            "registry.example.com:5000/team/web, Always",
            "registry.example.com:5000/team/web:v2, IfNotPresent",
            "nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef, IfNotPresent",
            "nginx:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef, Always",
            "NGINX, IfNotPresent",
            "'', IfNotPresent",
    })
    void imagePullPolicyFollowsTheTag(String image, String policy) {
        assertEquals(policy, PodSpecDefaults.imagePullPolicy(image));
    }

    @Test
    void podSpecDefaults() {
        Pod pod = AdmissionFixtures.one("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web}
                spec:
                  containers:
                  - name: web
                    image: nginx
                    ports: [{containerPort: 80}]
                    resources: {limits: {cpu: 500m}}
                    readinessProbe: {httpGet: {port: 80}}
                  volumes:
                  - name: scratch
                  - name: config
                    configMap: {name: web}
                """);
        Defaulting.apply(pod);
        var spec = pod.getSpec();
        assertEquals("Always", spec.getRestartPolicy());
        assertEquals(30L, spec.getTerminationGracePeriodSeconds());
        assertEquals("ClusterFirst", spec.getDnsPolicy());
        assertEquals("default-scheduler", spec.getSchedulerName());
        assertEquals(true, spec.getEnableServiceLinks());
        assertEquals(true, spec.getSecurityContext() != null);
        Container container = spec.getContainers().get(0);
        assertEquals("Always", container.getImagePullPolicy());
        assertEquals("/dev/termination-log", container.getTerminationMessagePath());
        assertEquals("File", container.getTerminationMessagePolicy());
        assertEquals("TCP", container.getPorts().get(0).getProtocol());
        assertEquals(Quantity.valueOf("500m"), container.getResources().getRequests().get("cpu"));
        var probe = container.getReadinessProbe();
        assertEquals("1 10 1 3 / HTTP", probe.getTimeoutSeconds() + " " + probe.getPeriodSeconds() + " "
                + probe.getSuccessThreshold() + " " + probe.getFailureThreshold() + " "
                + probe.getHttpGet().getPath() + " " + probe.getHttpGet().getScheme());
        assertEquals(true, spec.getVolumes().get(0).getEmptyDir() != null);
        assertEquals(0644, spec.getVolumes().get(1).getConfigMap().getDefaultMode());
    }

    @Test
    void deploymentDefaultsIncludeItsPodTemplate() {
        Deployment deployment = AdmissionFixtures.one("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  selector: {matchLabels: {app: web}}
                """ + POD_TEMPLATE);
        Defaulting.apply(deployment);
        var spec = deployment.getSpec();
        assertEquals(1, spec.getReplicas());
        assertEquals("RollingUpdate", spec.getStrategy().getType());
        assertEquals(IntOrString.ofString("25%"), spec.getStrategy().getRollingUpdate().getMaxSurge());
        assertEquals(IntOrString.ofString("25%"), spec.getStrategy().getRollingUpdate().getMaxUnavailable());
        assertEquals(10, spec.getRevisionHistoryLimit());
        assertEquals(600, spec.getProgressDeadlineSeconds());
        assertEquals("IfNotPresent", spec.getTemplate().getSpec().getContainers().get(0).getImagePullPolicy());
        assertEquals("Always", spec.getTemplate().getSpec().getRestartPolicy());
    }

    @Test
    void recreateDeploymentGetsNoRollingUpdate() {
        Deployment deployment = AdmissionFixtures.one("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  strategy: {type: Recreate}
                """ + POD_TEMPLATE);
        Defaulting.apply(deployment);
        assertNull(deployment.getSpec().getStrategy().getRollingUpdate());
    }

    @Test
    void statefulSetAndDaemonSetDefaults() {
        StatefulSet statefulSet = AdmissionFixtures.one("""
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  serviceName: db
                  volumeClaimTemplates:
                  - metadata: {name: data}
                    spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
                """ + POD_TEMPLATE);
        Defaulting.apply(statefulSet);
        var spec = statefulSet.getSpec();
        assertEquals("OrderedReady RollingUpdate 0 Retain Retain 1 10 Filesystem",
                spec.getPodManagementPolicy() + " " + spec.getUpdateStrategy().getType() + " "
                        + spec.getUpdateStrategy().getRollingUpdate().getPartition() + " "
                        + spec.getPersistentVolumeClaimRetentionPolicy().getWhenDeleted() + " "
                        + spec.getPersistentVolumeClaimRetentionPolicy().getWhenScaled() + " " + spec.getReplicas()
                        + " " + spec.getRevisionHistoryLimit() + " "
                        + spec.getVolumeClaimTemplates().get(0).getSpec().getVolumeMode());
        DaemonSet daemonSet = AdmissionFixtures.one("""
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: agent}
                spec:
                """ + POD_TEMPLATE);
        Defaulting.apply(daemonSet);
        var strategy = daemonSet.getSpec().getUpdateStrategy();
        assertEquals("RollingUpdate 1 0 10", strategy.getType() + " "
                + strategy.getRollingUpdate().getMaxUnavailable() + " " + strategy.getRollingUpdate().getMaxSurge()
                + " " + daemonSet.getSpec().getRevisionHistoryLimit());
    }

    @Test
    void jobAndCronJobDefaults() {
        Job job = AdmissionFixtures.one("""
                apiVersion: batch/v1
                kind: Job
                metadata: {name: once}
                spec:
                """ + POD_TEMPLATE);
        Defaulting.apply(job);
        var spec = job.getSpec();
        assertEquals("1 1 6 NonIndexed false TerminatingOrFailed web", spec.getCompletions() + " "
                + spec.getParallelism() + " " + spec.getBackoffLimit() + " " + spec.getCompletionMode() + " "
                + spec.getSuspend() + " " + spec.getPodReplacementPolicy() + " "
                + job.getMetadata().getLabels().get("app"));
        CronJob cronJob = AdmissionFixtures.one("""
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: nightly}
                spec:
                  schedule: "0 3 * * *"
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          restartPolicy: OnFailure
                          containers: [{name: backup, image: "backup:1"}]
                """);
        Defaulting.apply(cronJob);
        var cronSpec = cronJob.getSpec();
        assertEquals("Allow false 3 1 null", cronSpec.getConcurrencyPolicy() + " " + cronSpec.getSuspend() + " "
                + cronSpec.getSuccessfulJobsHistoryLimit() + " " + cronSpec.getFailedJobsHistoryLimit() + " "
                + cronSpec.getJobTemplate().getSpec().getBackoffLimit());
        assertEquals("IfNotPresent", cronSpec.getJobTemplate().getSpec().getTemplate().getSpec().getContainers().get(0)
                .getImagePullPolicy());
    }

    @Test
    void serviceClaimAndLimitRangeDefaults() {
        Service service = AdmissionFixtures.one("""
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  selector: {app: web}
                  ports: [{port: 80}]
                """);
        Defaulting.apply(service);
        var spec = service.getSpec();
        assertEquals("ClusterIP None TCP 80 SingleStack Cluster", spec.getType() + " " + spec.getSessionAffinity()
                + " " + spec.getPorts().get(0).getProtocol() + " " + spec.getPorts().get(0).getTargetPort() + " "
                + spec.getIpFamilyPolicy() + " " + spec.getInternalTrafficPolicy());
        PersistentVolumeClaim claim = AdmissionFixtures.one("""
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: data}
                spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
                """);
        Defaulting.apply(claim);
        assertEquals("Filesystem", claim.getSpec().getVolumeMode());
        LimitRange limitRange = AdmissionFixtures.one("""
                apiVersion: v1
                kind: LimitRange
                metadata: {name: limits}
                spec:
                  limits:
                  - type: Container
                    max: {cpu: "2"}
                    min: {memory: 64Mi}
                """);
        Defaulting.apply(limitRange);
        var item = limitRange.getSpec().getLimits().get(0);
        assertEquals("{cpu=2}", new java.util.TreeMap<>(item.getDefault().map()).toString());
        assertEquals("{cpu=2, memory=64Mi}", new java.util.TreeMap<>(item.getDefaultRequest().map()).toString());
    }

    @Test
    void horizontalPodAutoscalerDefaults() {
        HorizontalPodAutoscaler plain = AdmissionFixtures.one("""
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: web}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
                  maxReplicas: 5
                """);
        Defaulting.apply(plain);
        assertEquals(1, plain.getSpec().getMinReplicas());
        assertEquals("cpu Utilization 80", plain.getSpec().getMetrics().get(0).getResource().getName() + " "
                + plain.getSpec().getMetrics().get(0).getResource().getTarget().getType() + " "
                + plain.getSpec().getMetrics().get(0).getResource().getTarget().getAverageUtilization());
        assertNull(plain.getSpec().getBehavior());
        HorizontalPodAutoscaler withBehavior = AdmissionFixtures.one("""
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: web}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
                  maxReplicas: 5
                  behavior: {scaleDown: {stabilizationWindowSeconds: 60}}
                """);
        Defaulting.apply(withBehavior);
        var up = withBehavior.getSpec().getBehavior().getScaleUp();
        var down = withBehavior.getSpec().getBehavior().getScaleDown();
        assertEquals("0 Max Pods/4/15 Percent/100/15", up.getStabilizationWindowSeconds() + " " + up.getSelectPolicy()
                + " " + policies(up));
        assertEquals("60 Max Percent/100/15", down.getStabilizationWindowSeconds() + " " + down.getSelectPolicy()
                + " " + policies(down));
    }

    private static String policies(io.pilothouse.model.k8s.autoscaling.v2.HPAScalingRules rules) {
        return String.join(" ", rules.getPolicies().stream()
                .map(p -> p.getType() + "/" + p.getValue() + "/" + p.getPeriodSeconds()).toList());
    }
}
