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

    /** The shop example passes every lint but one info: its API reads ConfigMaps, so it keeps its token. */
    @Test
    void theShopExampleIsCleanButForTheTokenItsApiNeeds() {
        assertEquals(List.of(
                "LINT-AUTOMOUNT-TOKEN PodSpec.serviceAccountName: the pod mounts the token of ServiceAccount \"api\": "
                        + "set automountServiceAccountToken to false unless it calls the Kubernetes API "
                        + "[fix: Set automountServiceAccountToken to false]"),
                findings(CheckHarness.loadTree(CheckHarness.REPO.resolve("examples/shop"))));
    }

    private static List<String> findings(List<io.pilothouse.model.io.LoadResult> results) {
        return CheckHarness.run(CheckHarness.manifests(results), LintChecks.setChecks(), LintChecks.all()).stream()
                .map(CheckHarness::describe).toList();
    }
}
