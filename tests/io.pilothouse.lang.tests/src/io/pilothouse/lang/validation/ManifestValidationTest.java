package io.pilothouse.lang.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pilothouse.lang.ManifestWorkspace;
import java.util.List;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The editor's diagnostics: syntax errors in YAML's words at the exact place, and the model's validation with
 * references resolved across the files of the project.
 */
class ManifestValidationTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                  - name: web
                    image: nginx:1.27
                    env:
                    - name: MODE
                      valueFrom:
                        configMapKeyRef: {name: settings, key: mode}
            """;

    private static final String CONFIG_MAP = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
              namespace: shop
            data:
              mode: fast
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    'key: "open'                     | 1:6 ERROR YAML-SYNTAX: unterminated double-quoted scalar
                    'a: b: c'                        | 1:5 ERROR YAML-SYNTAX: mapping values are not allowed here; quote a value that contains ': '
                    '\\tkey: v'                      | 1:1 ERROR YAML-SYNTAX: tabs are not allowed in YAML indentation; indent with spaces
                    'k: [1, 2'                       | 1:9 ERROR YAML-SYNTAX: the flow sequence is not closed: ']' is missing
                    'k: @x'                          | 1:4 ERROR YAML-SYNTAX: '@' cannot start a plain scalar; quote it
                    'k: "a\\/b"'                     | 1:4 ERROR YAML-SYNTAX: unknown escape character '/' in a double-quoted scalar; write \\\\ for a backslash
                    """)
    void reportsSyntaxErrorsInYamlTerms(String text, String expected) {
        XtextResource resource = new ManifestWorkspace().add("bad.yaml", text.replace("\\t", "\t") + "\n");
        assertEquals(expected, ManifestWorkspace.describe(ManifestWorkspace.issues(resource).get(0)));
    }

    @Test
    void resolvesReferencesAcrossFiles() {
        ManifestWorkspace workspace = new ManifestWorkspace();
        XtextResource deployment = workspace.add("web.yaml", DEPLOYMENT);
        workspace.add("settings.yaml", CONFIG_MAP);
        assertEquals(List.of(), codes(deployment, "K8S-REF-"));
    }

    @Test
    void reportsAMissingReferenceAtItsName() {
        ManifestWorkspace workspace = new ManifestWorkspace();
        XtextResource deployment = workspace.add("web.yaml", DEPLOYMENT);
        workspace.add("settings.yaml", CONFIG_MAP.replace("name: settings", "name: defaults"));
        assertEquals(List.of("19:37 WARNING K8S-REF-011: ConfigMap \"settings\" not found in namespace \"shop\""),
                codes(deployment, "K8S-REF-"));
    }

    private static List<String> codes(XtextResource resource, String prefix) {
        return ManifestWorkspace.issues(resource).stream().filter(issue -> issue.getCode().startsWith(prefix))
                .map(ManifestWorkspace::describe).toList();
    }
}
