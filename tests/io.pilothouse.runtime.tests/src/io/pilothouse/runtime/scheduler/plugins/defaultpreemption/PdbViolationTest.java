package io.pilothouse.runtime.scheduler.plugins.defaultpreemption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.policy.v1.PodDisruptionBudget;
import io.pilothouse.runtime.scheduler.SchedulerTestObjects;
import io.pilothouse.runtime.scheduler.framework.PodInfo;

/**
 * Which victims would violate a PodDisruptionBudget, as upstream's {@code filterPodsWithPDBViolation}: the victims
 * {@code a}, {@code b} and {@code c} (labelled {@code app: web}, in that order, in namespace default) against one
 * budget per row.
 */
class PdbViolationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    one disruption allowed: the later victims violate | {matchLabels: {app: web}}                      | 1 | {}                        | default | a     | b c
                    none allowed: every victim violates               | {matchLabels: {app: web}}                      | 0 | {}                        | default | ''    | a b c
                    already disrupted pods do not count again         | {matchLabels: {app: web}}                      | 1 | {a: 2026-01-01T00:00:00Z} | default | a b   | c
                    a budget in another namespace                     | {matchLabels: {app: web}}                      | 0 | {}                        | other   | a b c | ''
                    a selector that matches other pods                | {matchLabels: {app: db}}                       | 0 | {}                        | default | a b c | ''
                    an empty selector matches no pod                  | {}                                             | 0 | {}                        | default | a b c | ''
                    a malformed selector matches no pod               | {matchExpressions: [{key: app, operator: In}]} | 0 | {}                        | default | a b c | ''
                    """)
    void splitsVictims(String rule, String selector, int allowed, String disrupted, String namespace,
            String nonViolating, String violating) {
        PodDisruptionBudget pdb = (PodDisruptionBudget) SchedulerTestObjects.objects("""
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: web, namespace: %s}
                spec: {minAvailable: 2, selector: %s}
                status: {disruptionsAllowed: %d, disruptedPods: %s}
                """.formatted(namespace, selector, allowed, disrupted)).get(0);
        List<PodInfo> victims = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            victims.add(PodInfo.of((Pod) SchedulerTestObjects.objects("apiVersion: v1\nkind: Pod\nmetadata: {name: "
                    + name + ", namespace: default, labels: {app: web}}\nspec:\n  containers: [{name: c, image: x}]\n")
                    .get(0)));
        }
        List<PodInfo> violatingPods = new ArrayList<>();
        List<PodInfo> nonViolatingPods = new ArrayList<>();

        VictimSelection.splitByPdbViolation(victims, VictimSelection.Budget.of(List.of(pdb)), violatingPods,
                nonViolatingPods);

        assertEquals(nonViolating, names(nonViolatingPods), rule);
        assertEquals(violating, names(violatingPods), rule);
    }

    private static String names(List<PodInfo> pods) {
        return String.join(" ", pods.stream().map(PodInfo::name).toList());
    }
}
