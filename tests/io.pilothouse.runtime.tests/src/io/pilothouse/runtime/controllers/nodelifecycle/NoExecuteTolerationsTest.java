package io.pilothouse.runtime.controllers.nodelifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.Taint;
import io.pilothouse.model.k8s.core.v1.Toleration;

/** Upstream's minimal toleration time, taint by taint. */
class NoExecuteTolerationsTest {

    /**
     * Taints as {@code key=value} separated by spaces; tolerations as {@code key/operator/value/seconds} separated
     * by spaces ({@code -} for unset); the expected seconds, {@code forever} when the pod stays.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            node.kubernetes.io/unreachable= | -                                        | 0
            node.kubernetes.io/unreachable= | node.kubernetes.io/unreachable/Exists/-/60 | 60
            node.kubernetes.io/unreachable= | node.kubernetes.io/unreachable/Exists/-/-  | forever
            node.kubernetes.io/unreachable= | -/Exists/-/-                             | forever
            node.kubernetes.io/unreachable= | node.kubernetes.io/not-ready/Exists/-/60   | 0
            node.kubernetes.io/unreachable= | node.kubernetes.io/unreachable/Exists/-/-5 | 0
            dedicated=gpu                   | dedicated/Equal/gpu/30                   | 30
            dedicated=gpu                   | dedicated/Equal/cpu/30                   | 0
            dedicated=gpu a=b               | dedicated/Exists/-/30 a/Exists/-/20        | 20
            dedicated=gpu a=b               | dedicated/Exists/-/30 a/Exists/-/-         | 30
            dedicated=gpu                   | dedicated/Exists/-/- dedicated/Exists/-/10 | forever
            """)
    void minTolerationTime(String taints, String tolerations, String expected) {
        List<Taint> taintList = new ArrayList<>();
        for (String text : taints.split(" ")) {
            Taint taint = CoreV1Factory.eINSTANCE.createTaint();
            taint.setKey(text.substring(0, text.indexOf('=')));
            taint.setValue(text.substring(text.indexOf('=') + 1));
            taint.setEffect("NoExecute");
            taintList.add(taint);
        }
        List<Toleration> tolerationList = new ArrayList<>();
        for (String text : "-".equals(tolerations) ? new String[0] : tolerations.split(" ")) {
            String[] parts = text.split("/(?=[^/]*/[^/]*/[^/]*$)|/(?=[^/]*/[^/]*$)|/(?=[^/]*$)");
            Toleration toleration = CoreV1Factory.eINSTANCE.createToleration();
            toleration.setKey(unset(parts[0]));
            toleration.setOperator(parts[1]);
            toleration.setValue(unset(parts[2]));
            toleration.setTolerationSeconds(parts[3].equals("-") ? null : Long.valueOf(parts[3]));
            tolerationList.add(toleration);
        }
        Duration time = NoExecuteTolerations.minTolerationTime(taintList, tolerationList);
        assertEquals(expected, time == null ? "forever" : Long.toString(time.toSeconds()));
    }

    private static String unset(String text) {
        return "-".equals(text) ? null : text;
    }
}
