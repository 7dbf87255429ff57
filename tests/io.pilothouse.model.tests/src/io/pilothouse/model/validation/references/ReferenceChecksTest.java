package io.pilothouse.model.validation.references;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each fixture under {@code resources/validation/references} lists at its head the exact findings (code, target
 * field, message) of every reference check over its documents; documents without an expected finding are the
 * valid examples.
 */
class ReferenceChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {"pods.yaml", "selectors.yaml", "routing.yaml", "classes.yaml"})
    void reportsExactlyTheExpectedFindings(String name) {
        var fixture = CheckHarness.fixture("references/" + name);
        var findings = CheckHarness.run(CheckHarness.manifests(List.of(CheckHarness.loader().load(fixture))),
                ReferenceChecks.all(), List.of());
        assertEquals(CheckHarness.expected(fixture), findings.stream().map(CheckHarness::describe).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/shop"})
    void theShopExampleHasNoBrokenReference(String example) {
        var findings = CheckHarness.run(CheckHarness.manifests(CheckHarness.loadTree(CheckHarness.REPO
                .resolve(example))), ReferenceChecks.all(), List.of());
        assertEquals(List.of(), findings.stream().map(CheckHarness::describe).toList());
    }
}
