package io.pilothouse.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.io.Diagnostic.Severity;
import io.pilothouse.model.validation.ValidationConfig.InvalidConfigException;
import io.pilothouse.model.validation.ValidationReport.Status;

/** Reading {@code .pilothouse.yaml} and applying it to a run. */
class ValidationConfigTest {

    @Test
    void readsIgnoredCodesAndSeverities() throws InvalidConfigException {
        ValidationConfig config = ValidationConfig.parse("""
                ignore: [LINT-LATEST-TAG, K8S-REF-001]
                severity:
                  K8S-SCHEMA-008: warning
                """, ".pilothouse.yaml");
        assertEquals(List.of("LINT-LATEST-TAG", "K8S-REF-001"), List.copyOf(config.ignored()));
        assertEquals(Map.of("K8S-SCHEMA-008", Severity.WARNING), config.severities());
        assertEquals(Set.of("LINT-LATEST-TAG", "K8S-REF-001"), config.applyTo(ValidationOptions.DEFAULTS)
                .ignoredCodes());
    }

    @Test
    void appliesSeverityOverrides() throws InvalidConfigException {
        ValidationConfig config = ValidationConfig.parse("severity: {K8S-SCHEMA-008: warning}", "c.yaml");
        ValidationReport report = Validator.builder().addDefaults().config(config).build()
                .validate(List.of(BuiltInModel.load("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: A}\n")));
        assertEquals(Status.VALID, report.resources().get(0).status());
        assertEquals(Severity.WARNING, report.diagnostics().get(0).severity());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[a]|c.yaml: the configuration must be a mapping",
            "ignore: a|c.yaml: ignore must be a list of codes",
            "severity: {A: fatal}|c.yaml: severity of A must be error, warning or info, found fatal",
            "rules: []|c.yaml: unknown field \"rules\" (expected ignore, severity)"})
    void rejectsMalformedFiles(String text, String message) {
        assertEquals(message, assertThrows(InvalidConfigException.class,
                () -> ValidationConfig.parse(text, "c.yaml")).getMessage());
    }
}
