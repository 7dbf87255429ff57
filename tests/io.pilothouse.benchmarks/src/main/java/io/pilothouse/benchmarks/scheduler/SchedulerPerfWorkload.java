package io.pilothouse.benchmarks.scheduler;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.Namespace;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.runtime.api.ObjectStore;

/**
 * The workloads of upstream's scheduler_perf ({@code test/integration/scheduler_perf/config/performance-config.yaml})
 * that the scheduler benchmarks mirror: the default node (110 pods, 4 CPU, 32Gi, Ready, labelled with its hostname and
 * optionally a zone), the pod templates, and how many pods of each are created before and during the measurement.
 *
 * @param initTemplate    the pods scheduled before the measurement
 * @param initPods        how many of them
 * @param measureTemplate the measured pods
 * @param measurePods     how many of them by default
 * @param zones           the {@code topology.kubernetes.io/zone} values given to the nodes in turn, none when empty
 */
record SchedulerPerfWorkload(String initTemplate, int initPods, String measureTemplate, int measurePods,
        List<String> zones) {

    /** The namespace of the pods created before the measurement. */
    static final String INIT_NAMESPACE = "sched-0";
    /** The namespace of the measured pods. */
    static final String MEASURE_NAMESPACE = "sched-1";

    /** upstream's {@code pod-default.yaml}: one container requesting (and limited to) 100m CPU and 500Mi. */
    static final String POD_DEFAULT = """
            apiVersion: v1
            kind: Pod
            metadata:
              generateName: pod-
            spec:
              containers:
              - image: registry.k8s.io/pause:3.10
                name: pause
                ports:
                - containerPort: 80
                resources:
                  limits: {cpu: 100m, memory: 500Mi}
                  requests: {cpu: 100m, memory: 500Mi}
            """;

    /**
     * upstream's {@code pod-with-pod-anti-affinity.yaml}, with the term's namespaces set to the two the workload
     * creates (upstream names two others, so its term never matches a pod): each pod needs a node of its own.
     */
    static final String POD_WITH_POD_ANTI_AFFINITY = """
            apiVersion: v1
            kind: Pod
            metadata:
              generateName: anti-affinity-pod-
              labels: {color: green}
            spec:
              affinity:
                podAntiAffinity:
                  requiredDuringSchedulingIgnoredDuringExecution:
                  - labelSelector:
                      matchLabels: {color: green}
                    topologyKey: kubernetes.io/hostname
                    namespaces: [sched-0, sched-1]
              containers:
              - image: registry.k8s.io/pause:3.10
                name: pause
                ports:
                - containerPort: 80
                resources:
                  limits: {cpu: 100m, memory: 500Mi}
                  requests: {cpu: 100m, memory: 500Mi}
            """;

    /** upstream's {@code pod-with-topology-spreading.yaml}: max skew 5 over zones, DoNotSchedule. */
    static final String POD_WITH_TOPOLOGY_SPREADING = """
            apiVersion: v1
            kind: Pod
            metadata:
              generateName: spreading-pod-
              labels: {color: blue}
            spec:
              topologySpreadConstraints:
              - maxSkew: 5
                topologyKey: topology.kubernetes.io/zone
                whenUnsatisfiable: DoNotSchedule
                labelSelector:
                  matchLabels: {color: blue}
              containers:
              - image: registry.k8s.io/pause:3.10
                name: pause
                ports:
                - containerPort: 80
                resources:
                  limits: {cpu: 100m, memory: 500Mi}
                  requests: {cpu: 100m, memory: 500Mi}
            """;

    /** upstream's {@code pod-low-priority.yaml}: 900m CPU, deleted without a grace period. */
    static final String POD_LOW_PRIORITY = """
            apiVersion: v1
            kind: Pod
            metadata:
              generateName: pod-
            spec:
              terminationGracePeriodSeconds: 0
              containers:
              - image: registry.k8s.io/pause:3.10
                name: pause
                ports:
                - containerPort: 80
                resources:
                  limits: {cpu: 900m, memory: 500Mi}
                  requests: {cpu: 900m, memory: 500Mi}
            """;

    /** upstream's {@code pod-high-priority.yaml}: priority 10, 3 CPU, so it only fits after preempting. */
    static final String POD_HIGH_PRIORITY = """
            apiVersion: v1
            kind: Pod
            metadata:
              generateName: pod-
            spec:
              priority: 10
              containers:
              - image: registry.k8s.io/pause:3.10
                name: pause
                ports:
                - containerPort: 80
                resources:
                  limits: {cpu: 3000m, memory: 500Mi}
                  requests: {cpu: 3000m, memory: 500Mi}
            """;

    /** upstream's default node of {@code createNodes}: 110 pods, 4 CPU, 32Gi, Ready. */
    private static final String NODE_DEFAULT = """
            apiVersion: v1
            kind: Node
            metadata:
              name: template
            status:
              capacity: {pods: "110", cpu: "4", memory: 32Gi}
              allocatable: {pods: "110", cpu: "4", memory: 32Gi}
              phase: Running
              conditions:
              - {type: Ready, status: "True"}
            """;

    /** The workload of a benchmark parameter. */
    static SchedulerPerfWorkload named(String name) {
        return switch (name) {
            case "SchedulingBasic" -> new SchedulerPerfWorkload(POD_DEFAULT, 1_000, POD_DEFAULT, 10_000, List.of());
            case "SchedulingPodAntiAffinity" -> new SchedulerPerfWorkload(POD_WITH_POD_ANTI_AFFINITY, 1_000,
                    POD_WITH_POD_ANTI_AFFINITY, 1_000, List.of());
            case "TopologySpreading" -> new SchedulerPerfWorkload(POD_DEFAULT, 5_000, POD_WITH_TOPOLOGY_SPREADING,
                    2_000, List.of("moon-1", "moon-2", "moon-3"));
            case "PreemptionBasic" -> new SchedulerPerfWorkload(POD_LOW_PRIORITY, 20_000, POD_HIGH_PRIORITY, 5_000,
                    List.of());
            default -> throw new IllegalArgumentException("unknown workload " + name);
        };
    }

    /** Creates the namespaces and the nodes, as the API would have them (status included). */
    void createNodes(ObjectStore store, int count) {
        for (String namespace : List.of(INIT_NAMESPACE, MEASURE_NAMESPACE)) {
            Namespace object = CoreV1Factory.eINSTANCE.createNamespace();
            object.setMetadata(MetaV1Factory.eINSTANCE.createObjectMeta());
            object.getMetadata().setName(namespace);
            store.create(object);
        }
        Node template = (Node) parse(NODE_DEFAULT);
        for (int i = 0; i < count; i++) {
            Node node = EcoreUtil.copy(template);
            String name = String.format("scheduler-perf-node-%05d", i);
            node.getMetadata().setName(name);
            node.getMetadata().getLabels().put("kubernetes.io/hostname", name);
            if (!zones.isEmpty()) {
                node.getMetadata().getLabels().put("topology.kubernetes.io/zone", zones.get(i % zones.size()));
            }
            store.create(node);
            store.updateStatus(node);
        }
    }

    /**
     * Creates pods from a template in a namespace.
     *
     * @return their {@code namespace/name} keys
     */
    static List<String> createPods(ObjectStore store, String template, String namespace, int count) {
        Pod pod = (Pod) parse(template);
        pod.getMetadata().setNamespace(namespace);
        List<String> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            keys.add(namespace + '/' + store.create(pod).getMetadata().getName());
        }
        return keys;
    }

    private static Object parse(String yaml) {
        return new ManifestLoader(KindRegistry.builtIn()).loadText(yaml, "template.yaml").objects().get(0);
    }
}
