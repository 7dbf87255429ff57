package io.pilothouse.runtime.controllers.daemonset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.k8s.apps.v1.DaemonSet;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.Taint;

class NodeEligibilityTest {

    @ParameterizedTest
    @CsvSource({
            "'',                                           false, true,  true",
            "dedicated=gpu:NoSchedule,                     false, false, true",
            "dedicated=gpu:NoExecute,                      false, false, false",
            "dedicated=gpu:PreferNoSchedule,               false, true,  true",
            "node.kubernetes.io/not-ready:NoExecute,       false, true,  true",
            "node.kubernetes.io/unreachable:NoExecute,     false, true,  true",
            "node.kubernetes.io/disk-pressure:NoSchedule,  false, true,  true",
            "node.kubernetes.io/unschedulable:NoSchedule,  false, true,  true",
            "node.kubernetes.io/network-unavailable:NoSchedule, false, false, true",
            "node.kubernetes.io/network-unavailable:NoSchedule, true,  true,  true"})
    void taintsWithTheDaemonSetTolerations(String taint, boolean hostNetwork, boolean shouldRun,
            boolean shouldContinueRunning) {
        DaemonSet set = (DaemonSet) DaemonSetScenario.load("fluentd.yaml").get(0);
        set.getSpec().getTemplate().getSpec().setHostNetwork(hostNetwork);
        Node node = (Node) DaemonSetScenario.load("nodes.yaml").get(0);
        if (!taint.isEmpty()) {
            node.setSpec(CoreV1Factory.eINSTANCE.createNodeSpec());
            Taint parsed = CoreV1Factory.eINSTANCE.createTaint();
            String[] keyEffect = taint.split(":");
            String[] keyValue = keyEffect[0].split("=");
            parsed.setKey(keyValue[0]);
            parsed.setValue(keyValue.length > 1 ? keyValue[1] : null);
            parsed.setEffect(keyEffect[1]);
            node.getSpec().getTaints().add(parsed);
        }
        assertEquals(new NodeEligibility.Placement(shouldRun, shouldContinueRunning),
                NodeEligibility.of(set).check(node));
    }

    @ParameterizedTest
    @CsvSource({"disktype, ssd, true", "disktype, hdd, false", "zone, a, false"})
    void nodeSelector(String key, String value, boolean shouldRun) {
        DaemonSet set = (DaemonSet) DaemonSetScenario.load("fluentd.yaml").get(0);
        set.getSpec().getTemplate().getSpec().getNodeSelector().put(key, value);
        Node node = (Node) DaemonSetScenario.load("nodes.yaml").get(0);
        assertEquals(shouldRun, NodeEligibility.of(set).check(node).shouldRun());
    }
}
