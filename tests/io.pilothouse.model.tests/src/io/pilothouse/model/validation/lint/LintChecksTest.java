package io.pilothouse.model.validation.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pilothouse.model.validation.references.CheckHarness;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each fixture under {@code resources/validation/lint} lists at its head the exact findings of every lint over its
 * documents, with the title of the fix where there is one; the {@code good} workloads are the valid examples.
 */
class LintChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {"security.yaml", "workloads.yaml"})
    void reportsExactlyTheExpectedFindings(String name) {
        var fixture = CheckHarness.fixture("lint/" + name);
        assertEquals(CheckHarness.expected(fixture), findings(List.of(CheckHarness.loader().load(fixture))));
    }

    @Test
    void everyRuleHasAnInvalidExample() {
        Set<String> reported = Set.of("security.yaml", "workloads.yaml").stream()
                .flatMap(name -> CheckHarness.expected(CheckHarness.fixture("lint/" + name)).stream())
                .map(line -> line.substring(0, line.indexOf(' '))).collect(Collectors.toSet());
        assertEquals(LintRules.ALL.stream().map(rule -> rule.code()).filter(code -> !reported.contains(code))
                .toList(), List.of());
        assertTrue(LintRules.ALL.size() >= 25);
    }

    @ParameterizedTest
    @CsvSource({"nginx, ", "nginx:1.27, 1.27", "registry:5000/team/app, ", "registry:5000/team/app:v2, v2"})
    void readsTheImageTag(String image, String tag) {
        assertEquals(tag, ContainerLints.tagOf(image));
    }

    /** The shop's findings, pinned; the warnings are example issues reported to the lead. */
    @Test
    void pinsTheFindingsOfTheShopExample() {
        assertEquals(List.of(
                "LINT-NO-LIVENESS-PROBE Container.name: container \"api\" has no liveness probe",
                "LINT-AUTOMOUNT-TOKEN PodSpec.serviceAccountName: the pod mounts the token of ServiceAccount \"api\": "
                        + "set automountServiceAccountToken to false unless it calls the Kubernetes API "
                        + "[fix: Set automountServiceAccountToken to false]",
                "LINT-NO-ANTI-AFFINITY DeploymentSpec.replicas: Deployment \"api\" runs 2 replicas without pod "
                        + "anti-affinity or topology spread constraints, so they may all land on one node",
                "LINT-PRIVILEGE-ESCALATION Container.name: container \"vllm\" does not set allowPrivilegeEscalation "
                        + "to false [fix: Set allowPrivilegeEscalation to false]",
                "LINT-RUN-AS-NON-ROOT Container.name: container \"vllm\" may run as root: neither it nor its pod "
                        + "sets runAsNonRoot to true or a non-zero runAsUser [fix: Set runAsNonRoot to true]",
                "LINT-READ-ONLY-ROOT-FS Container.name: container \"vllm\" does not have a read-only root file "
                        + "system [fix: Set readOnlyRootFilesystem to true]",
                "LINT-DROP-ALL-CAPABILITIES Container.name: container \"vllm\" does not drop ALL capabilities "
                        + "[fix: Drop ALL capabilities]",
                "LINT-SECCOMP Container.name: container \"vllm\" has no seccomp profile (neither it nor its pod "
                        + "sets one) [fix: Use the RuntimeDefault seccomp profile]",
                "LINT-NO-ANTI-AFFINITY StatefulSetSpec.replicas: StatefulSet \"redis\" runs 3 replicas without pod "
                        + "anti-affinity or topology spread constraints, so they may all land on one node"),
                findings(CheckHarness.loadTree(CheckHarness.REPO.resolve("examples/shop"))));
    }

    private static List<String> findings(List<io.pilothouse.model.io.LoadResult> results) {
        return CheckHarness.run(CheckHarness.manifests(results), LintChecks.setChecks(), LintChecks.all()).stream()
                .map(CheckHarness::describe).toList();
    }
}
