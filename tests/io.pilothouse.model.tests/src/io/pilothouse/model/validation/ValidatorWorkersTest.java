package io.pilothouse.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.pilothouse.model.io.LoadResult;

class ValidatorWorkersTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web-%d}
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: other}}
                spec:
                  containers: [{name: web, image: nginx}, {name: web, image: nginx:1.27}]
                  serviceAccountName: missing
            ---
            apiVersion: v1
            kind: Nope
            metadata: {name: unknown}
            """;

    private static List<String> report(int workers, List<LoadResult> inputs) {
        ValidationReport report = Validator.builder().options(ValidationOptions.DEFAULTS).addDefaults()
                .workers(workers).build().validate(inputs);
        return report.diagnostics().stream()
                .map(d -> d.severity() + " " + d.code() + " " + d.range() + " " + d.object() + " " + d.message())
                .toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 8})
    void reportDoesNotDependOnTheWorkers(int workers) {
        List<LoadResult> inputs = IntStream.range(0, 20)
                .mapToObj(i -> BuiltInModel.LOADER.loadText(DEPLOYMENT.formatted(i % 3), "input-" + i + ".yaml"))
                .toList();
        assertEquals(report(1, inputs), report(workers, inputs));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void rejectsFewerThanOneWorker(int workers) {
        assertThrows(IllegalArgumentException.class, () -> Validator.builder().workers(workers));
    }
}
