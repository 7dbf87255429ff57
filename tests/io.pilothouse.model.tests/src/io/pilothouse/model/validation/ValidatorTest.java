package io.pilothouse.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.pilothouse.model.io.Diagnostic.Severity;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.validation.ValidationReport.Status;

/** The engine: verdicts, suppression, options, ordering, identities and the manifest set. */
class ValidatorTest {

    private static final String MANIFESTS = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
            data: {a: b}
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: Web
              namespace: shop
              annotations:
                pilothouse.io/ignore: K8S-API-015
            spec:
              ports: [{port: 80}, {port: 81}]
            ---
            apiVersion: example.com/v1
            kind: Widget
            metadata:
              name: w
            ---
            apiVersion: v1
            kind: Secret
            metadata:
              name: token
            colour: blue
            """;

    private static List<String> verdicts(ValidationOptions options) {
        ValidationReport report = new Validator(options).validate(List.of(BuiltInModel.load(MANIFESTS)));
        return report.resources().stream().map(result -> result.object() + " " + result.status() + " "
                + result.diagnostics().stream().map(BuiltInModel::line).toList()).toList();
    }

    static Stream<Arguments> options() {
        String configMap = "ConfigMap/settings VALID []";
        String service = "Service/shop/Web INVALID [10:9 ERROR K8S-SCHEMA-008 metadata.name: Invalid value: \"Web\": "
                + "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an "
                + "alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', "
                + "regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')]";
        String widget = "Widget/w ERROR [18:7 ERROR K8S-SCHEMA-000 could not find schema for Widget]";
        String secret = "Secret/token VALID [26:1 WARNING BIND-UNKNOWN-FIELD unknown field \"colour\"]";
        return Stream.of(
                Arguments.of("defaults", ValidationOptions.DEFAULTS, List.of(configMap, service, widget, secret)),
                Arguments.of("strict", new ValidationOptions(true, true, false, Set.of(), Set.of(), Set.of()),
                        List.of(configMap, service, widget, "Secret/token INVALID [26:1 ERROR BIND-UNKNOWN-FIELD "
                                + "unknown field \"colour\"]")),
                Arguments.of("ignore missing schemas", new ValidationOptions(false, true, true, Set.of(), Set.of(),
                        Set.of()), List.of(configMap, service, "Widget/w SKIPPED []", secret)),
                Arguments.of("skip and reject kinds", new ValidationOptions(false, true, false, Set.of("v1/Service"),
                        Set.of("ConfigMap"), Set.of()),
                        List.of("ConfigMap/settings ERROR [2:7 ERROR K8S-SCHEMA-001 "
                                + "prohibited resource kind ConfigMap]", "Service/shop/Web SKIPPED []", widget,
                                secret)),
                Arguments.of("ignored codes", new ValidationOptions(false, true, false, Set.of(), Set.of(),
                        Set.of("K8S-SCHEMA-008", "BIND-UNKNOWN-FIELD")),
                        List.of(configMap,
                                "Service/shop/Web VALID []", widget, "Secret/token VALID []")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("options")
    void reportsVerdicts(String name, ValidationOptions options, List<String> expected) {
        assertEquals(expected, verdicts(options));
    }

    @Test
    void ordersDiagnosticsByInputThenPosition() {
        Validator validator = Validator.builder().addDefaults().build();
        ValidationReport report = validator.validate(List.of(
                BuiltInModel.LOADER.loadText("apiVersion: v1\nkind: Pod\nmetadata: {name: B}\n", "b.yaml"),
                BuiltInModel.LOADER.loadText("apiVersion: v1\nkind: Nope\n", "a.yaml")));
        assertEquals(List.of("b.yaml:3:18 K8S-SCHEMA-008", "a.yaml:2:7 K8S-SCHEMA-000"),
                report.diagnostics().stream().map(diagnostic -> diagnostic.range() + " " + diagnostic.code())
                        .toList());
    }

    @Test
    void overridesSeverityAndFiltersLints() {
        Rule lint = new Rule("LINT-TEST", Severity.WARNING, Rule.Family.LINT, "a test lint");
        ResourceCheck check = (resource, reporter) -> reporter.report(lint, "linted", resource, null);
        String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n";
        Validator overridden = Validator.builder().addResourceChecks(check).severity("LINT-TEST", Severity.ERROR)
                .build();
        assertEquals(Status.INVALID, overridden.validate(List.of(BuiltInModel.load(yaml))).resources().get(0)
                .status());
        Validator noLints = Validator.builder().addResourceChecks(check).options(new ValidationOptions(false, false,
                false, Set.of(), Set.of(), Set.of())).build();
        assertEquals(List.of(), noLints.validate(List.of(BuiltInModel.load(yaml))).diagnostics());
    }

    @Test
    void findsResourcesInTheDefaultNamespace() {
        List<ManifestSet> seen = new java.util.ArrayList<>();
        Validator validator = Validator.builder().addSetChecks((manifests, reporter) -> seen.add(manifests)).build();
        validator.validate(List.of(BuiltInModel.load(MANIFESTS)));
        ManifestSet set = seen.get(0);
        assertEquals(3, set.resources().size());
        assertEquals("settings", ResourceKinds.objectRef(set.find(CoreV1Package.Literals.CONFIG_MAP, "default",
                "settings").orElseThrow()).name());
        assertEquals(1, set.resourcesOf(io.pilothouse.model.k8s.core.v1.Service.class).size());
    }
}
