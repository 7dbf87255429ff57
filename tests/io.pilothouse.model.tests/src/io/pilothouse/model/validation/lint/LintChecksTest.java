package io.pilothouse.model.validation.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pilothouse.model.validation.BuiltInModel;
import io.pilothouse.model.validation.ResourceCheck;
import io.pilothouse.model.validation.Validator;
import io.pilothouse.model.validation.Rule;
import io.pilothouse.model.validation.references.CheckHarness;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
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

    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: api
                  image: nginx:1.27
            %s""";

    static Stream<Arguments> resourceFixes() {
        return Stream.of(
                Arguments.of(LintRules.NO_CPU_REQUEST, "", """
                        [Request 100m CPU]
                              resources:
                                requests:
                                  cpu: 100m
                        """),
                Arguments.of(LintRules.NO_CPU_REQUEST, """
                              resources:
                                limits:
                                  cpu: 50m
                        """, """
                        [Request 50m CPU]
                              resources:
                                limits:
                                  cpu: 50m
                                requests:
                                  cpu: 50m
                        """),
                Arguments.of(LintRules.NO_MEMORY_REQUEST, "", """
                        [Request 128Mi of memory]
                              resources:
                                requests:
                                  memory: 128Mi
                        """),
                Arguments.of(LintRules.NO_MEMORY_LIMIT, "", """
                        [Limit memory to 128Mi]
                              resources:
                                limits:
                                  memory: 128Mi
                        """),
                Arguments.of(LintRules.NO_MEMORY_LIMIT, """
                              resources:
                                requests:
                                  memory: 1Gi
                        """, """
                        [Limit memory to 1Gi]
                              resources:
                                requests:
                                  memory: 1Gi
                                limits:
                                  memory: 1Gi
                        """));
    }

    /** Each fix, as the title and the container's lines after {@code image} once it is applied. */
    @ParameterizedTest
    @MethodSource("resourceFixes")
    void requestsAndLimitsResources(Rule rule, String resources, String expected) {
        String fixed = BuiltInModel.fixed(POD.formatted(resources), rule.code(),
                LintChecks.all().toArray(ResourceCheck[]::new));
        String title = fixed.substring(0, fixed.indexOf('\n') + 1);
        assertEquals(expected, title + fixed.substring(fixed.indexOf("nginx:1.27\n") + "nginx:1.27\n".length()));
    }

    /** An untagged image is pinned to the tag another container gives the same repository, else not at all. */
    @Test
    void pinsAnUntaggedImageToTheTagUsedElsewhere() {
        String yaml = """
                apiVersion: v1
                kind: Pod
                metadata: {name: cache, namespace: shop}
                spec:
                  containers:
                  - {name: main, image: redis}
                  - {name: side, image: redis:7.2}
                  - {name: tool, image: busybox:latest}
                """;
        Validator validator = Validator.builder().addSetChecks(new ImagePins()).build();
        assertEquals("[Pin redis to redis:7.2]\n" + yaml.replace("image: redis}", "image: \"redis:7.2\"}"),
                BuiltInModel.fixed(yaml, LintRules.LATEST_TAG.code(), validator));
        assertNull(validator.validate(List.of(BuiltInModel.load(yaml))).diagnostics().stream()
                .filter(diagnostic -> diagnostic.message().contains("busybox")).findFirst().orElseThrow().fix(),
                "no other container pins busybox");
    }
}
