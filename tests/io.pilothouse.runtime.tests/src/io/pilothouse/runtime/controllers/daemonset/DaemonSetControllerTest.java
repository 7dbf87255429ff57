package io.pilothouse.runtime.controllers.daemonset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pilothouse.model.k8s.apps.v1.AppsV1Factory;
import io.pilothouse.model.k8s.apps.v1.DaemonSet;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.Toleration;
import io.pilothouse.model.types.IntOrString;
import io.pilothouse.runtime.controllers.ControllerFixtures;

class DaemonSetControllerTest {

    private static final String IMAGE = "quay.io/fluentd_elasticsearch/fluentd:v5.0.2";

    static void tolerateGpu(DaemonSet set) {
        Toleration toleration = CoreV1Factory.eINSTANCE.createToleration();
        toleration.setKey("dedicated");
        toleration.setValue("gpu");
        toleration.setEffect("NoSchedule");
        set.getSpec().getTemplate().getSpec().getTolerations().add(toleration);
    }

    static void newImage(DaemonSet set) {
        set.getSpec().getTemplate().getSpec().getContainers().get(0).setImage(IMAGE);
    }

    static void strategy(DaemonSet set, String type, IntOrString maxUnavailable, IntOrString maxSurge) {
        set.getSpec().setUpdateStrategy(AppsV1Factory.eINSTANCE.createDaemonSetUpdateStrategy());
        set.getSpec().getUpdateStrategy().setType(type);
        if ("RollingUpdate".equals(type)) {
            set.getSpec().getUpdateStrategy().setRollingUpdate(AppsV1Factory.eINSTANCE.createRollingUpdateDaemonSet());
            set.getSpec().getUpdateStrategy().getRollingUpdate().setMaxUnavailable(maxUnavailable);
            set.getSpec().getUpdateStrategy().getRollingUpdate().setMaxSurge(maxSurge);
        }
    }

    @Test
    void aDaemonSetWithATaintedNode() {
        DaemonSetScenario scenario = new DaemonSetScenario(set -> {});
        assertEquals(Map.of("node-a", List.of("fluentd-kmcgb new"), "node-b", List.of("fluentd-bnx5m new")),
                scenario.pods());
        assertEquals("2 2 0 0 2 0 2 gen 1", scenario.status());
        assertEquals(List.of("SuccessfulCreate: Created pod: fluentd-kmcgb",
                "SuccessfulCreate: Created pod: fluentd-bnx5m"), scenario.events());
        scenario.ready();
        assertEquals("2 2 2 2 2 0 0 gen 1", scenario.status());

        scenario.updateSet(DaemonSetControllerTest::tolerateGpu);
        assertEquals(Map.of("node-a", List.of("fluentd-kmcgb old ready"), "node-b", List.of("fluentd-bnx5m old ready"),
                "node-c", List.of("fluentd-nwcwd new")), scenario.pods());
        assertEquals("3 3 2 2 1 0 1 gen 2", scenario.status());
        assertEquals(List.of("node.kubernetes.io/not-ready:NoExecute", "node.kubernetes.io/unreachable:NoExecute",
                "node.kubernetes.io/disk-pressure:NoSchedule", "node.kubernetes.io/memory-pressure:NoSchedule",
                "node.kubernetes.io/pid-pressure:NoSchedule", "node.kubernetes.io/unschedulable:NoSchedule",
                "dedicated=gpu:NoSchedule").stream().sorted().toList(), tolerations(scenario, "node-c"));
    }

    @Test
    void rollingUpdateReplacesOnePodAtATime() {
        DaemonSetScenario scenario = new DaemonSetScenario(DaemonSetControllerTest::tolerateGpu);
        scenario.ready();
        scenario.updateSet(DaemonSetControllerTest::newImage);
        assertEquals(List.of(
                "{node-a=[fluentd-kwtzn new], node-b=[fluentd-bnx5m old ready], node-c=[fluentd-nwcwd old ready]}"
                        + " 3 3 2 2 1 0 1 gen 2",
                "{node-a=[fluentd-kwtzn new ready], node-b=[fluentd-5fpp4 new], node-c=[fluentd-nwcwd old ready]}"
                        + " 3 3 2 2 2 0 1 gen 2",
                "{node-a=[fluentd-kwtzn new ready], node-b=[fluentd-5fpp4 new ready], node-c=[fluentd-qkscs new]}"
                        + " 3 3 2 2 3 0 1 gen 2",
                "{node-a=[fluentd-kwtzn new ready], node-b=[fluentd-5fpp4 new ready], node-c=[fluentd-qkscs new ready]}"
                        + " 3 3 3 3 3 0 0 gen 2"),
                steps(scenario));
        assertEquals(List.of("Deleted pod: fluentd-kmcgb", "Created pod: fluentd-kwtzn", "Deleted pod: fluentd-bnx5m",
                "Created pod: fluentd-5fpp4", "Deleted pod: fluentd-nwcwd", "Created pod: fluentd-qkscs"),
                scenario.events().subList(3, 9).stream().map(e -> e.substring(e.indexOf(": ") + 2)).toList());
    }

    @Test
    void maxSurgeStartsTheNewPodFirst() {
        DaemonSetScenario scenario = new DaemonSetScenario(set -> {
            tolerateGpu(set);
            strategy(set, "RollingUpdate", IntOrString.ofInt(0), IntOrString.ofInt(1));
        });
        scenario.ready();
        scenario.updateSet(DaemonSetControllerTest::newImage);
        assertEquals(List.of("{node-a=[fluentd-kmcgb old ready, fluentd-kwtzn new], node-b=[fluentd-bnx5m old ready],"
                + " node-c=[fluentd-nwcwd old ready]} 3 3 3 3 0 0 0 gen 2",
                "{node-a=[fluentd-kwtzn new ready], node-b=[fluentd-5fpp4 new, fluentd-bnx5m old ready],"
                        + " node-c=[fluentd-nwcwd old ready]} 3 3 2 2 2 0 1 gen 2",
                "{node-a=[fluentd-kwtzn new ready], node-b=[fluentd-5fpp4 new ready],"
                        + " node-c=[fluentd-nwcwd old ready, fluentd-qkscs new]} 3 3 3 3 2 0 0 gen 2",
                "{node-a=[fluentd-kwtzn new ready], node-b=[fluentd-5fpp4 new ready], node-c=[fluentd-qkscs new ready]}"
                        + " 3 3 3 3 3 0 0 gen 2"),
                steps(scenario));
    }

    @Test
    void onDeleteReplacesOnlyDeletedPods() {
        DaemonSetScenario scenario = new DaemonSetScenario(set -> strategy(set, "OnDelete", null, null));
        scenario.ready();
        scenario.updateSet(DaemonSetControllerTest::newImage);
        assertEquals("{node-a=[fluentd-kmcgb old ready], node-b=[fluentd-bnx5m old ready]} 2 2 2 2 0 0 0 gen 2",
                scenario.pods() + " " + scenario.status());
        scenario.deletePod("fluentd-bnx5m");
        scenario.ready();
        assertEquals("{node-a=[fluentd-kmcgb old ready], node-b=[fluentd-nwcwd new ready]} 2 2 2 2 1 0 0 gen 2",
                scenario.pods() + " " + scenario.status());
    }

    @Test
    void nodesAddedRemovedAndRelabelled() {
        DaemonSetScenario scenario = new DaemonSetScenario(set -> set.getSpec().getTemplate().getSpec()
                .getNodeSelector().put("disktype", "ssd"));
        scenario.ready();
        assertEquals("{node-a=[fluentd-kmcgb new ready], node-b=[fluentd-bnx5m new ready]} 2 2 2 2 2 0 0 gen 1",
                scenario.pods() + " " + scenario.status());
        Node nodeD = (Node) DaemonSetScenario.load("nodes.yaml").get(0);
        nodeD.getMetadata().setName("node-d");
        scenario.addNode(nodeD);
        scenario.settle();
        assertEquals("{node-a=[fluentd-kmcgb new ready], node-b=[fluentd-bnx5m new ready], node-d=[fluentd-nwcwd new]}"
                + " 3 3 2 2 3 0 1 gen 1", scenario.pods() + " " + scenario.status());
        scenario.updateNode("node-a", node -> node.getMetadata().getLabels().put("disktype", "hdd"));
        assertEquals("{node-b=[fluentd-bnx5m new ready], node-d=[fluentd-nwcwd new]} 2 2 1 1 2 0 1 gen 1",
                scenario.pods() + " " + scenario.status());
        scenario.updateNode("node-c", node -> {
            node.getMetadata().getLabels().put("disktype", "ssd");
            node.getSpec().getTaints().clear();
        });
        assertEquals("{node-b=[fluentd-bnx5m new ready], node-c=[fluentd-kwtzn new], node-d=[fluentd-nwcwd new]}"
                + " 3 3 1 1 3 0 2 gen 1", scenario.pods() + " " + scenario.status());
        // the pod of a deleted node is the pod garbage collector's: the DaemonSet only stops counting the node
        scenario.cluster.store().delete(CoreV1Package.Literals.NODE, null, "node-b");
        scenario.settle();
        assertEquals("{node-b=[fluentd-bnx5m new ready], node-c=[fluentd-kwtzn new], node-d=[fluentd-nwcwd new]}"
                + " 2 2 0 0 2 0 2 gen 1", scenario.pods() + " " + scenario.status());
        assertEquals(List.of("SuccessfulCreate: Created pod: fluentd-kmcgb",
                "SuccessfulCreate: Created pod: fluentd-bnx5m", "SuccessfulCreate: Created pod: fluentd-nwcwd",
                "SuccessfulDelete: Deleted pod: fluentd-kmcgb",
                "SuccessfulCreate: Created pod: fluentd-kwtzn"), scenario.events());
    }

    @Test
    void sameInputSameOutcome() {
        List<String> first = steps(rollout());
        assertEquals(first, steps(rollout()));
        assertEquals(rollout().events(), rollout().events());
    }

    private static DaemonSetScenario rollout() {
        DaemonSetScenario scenario = new DaemonSetScenario(DaemonSetControllerTest::tolerateGpu);
        scenario.ready();
        scenario.updateSet(DaemonSetControllerTest::newImage);
        return scenario;
    }

    /** The pods and status, then marks the pods ready, four times. */
    private static List<String> steps(DaemonSetScenario scenario) {
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            steps.add(scenario.pods() + " " + scenario.status());
            scenario.ready();
        }
        return steps;
    }

    private static List<String> tolerations(DaemonSetScenario scenario, String node) {
        return ControllerFixtures.pods(scenario.cluster, "kube-system").stream()
                .filter(pod -> node.equals(pod.getSpec().getNodeName()))
                .flatMap(pod -> pod.getSpec().getTolerations().stream())
                .map(t -> t.getKey() + (t.getValue() == null ? "" : "=" + t.getValue()) + ":" + t.getEffect())
                .sorted().toList();
    }
}
