package io.pilothouse.lang.refactoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pilothouse.lang.ManifestWorkspace;
import java.util.List;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Renaming a resource changes its name and its references in every file, and nothing that only looks the same. */
class ResourceRenameTest {

    private static final String CONFIG = """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: settings, namespace: shop}
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: settings, namespace: shop}
            """;

    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: app
              namespace: shop
              labels: {config: settings}
            spec:
              containers:
              - name: app
                image: busybox:1.36
                envFrom:
                - configMapRef: {name: settings}
                - secretRef: {name: settings}
                env:
                - name: MODE
                  valueFrom:
                    configMapKeyRef:
                      name: 'settings'
                      key: mode
              volumes:
              - name: config
                configMap: {name: settings}
            """;

    @ParameterizedTest(name = "from {0} at {1}")
    @CsvSource(textBlock = """
            config.yaml, 'name: settings, namespace: shop}\\n---'
            pod.yaml,    'configMapRef: {name: settings'
            """)
    void renamesTheConfigMapAndItsReferencesOnly(String file, String marker) {
        ManifestWorkspace workspace = new ManifestWorkspace();
        XtextResource config = workspace.add("config.yaml", CONFIG);
        XtextResource pod = workspace.add("pod.yaml", POD);
        XtextResource origin = file.equals("config.yaml") ? config : pod;
        String text = file.equals("config.yaml") ? CONFIG : POD;
        String prefix = marker.replace("\\n", "\n");
        int offset = text.indexOf(prefix) + prefix.indexOf("settings") + 2;
        List<String> edits = ResourceRename.rename(origin, offset, "app-settings").stream()
                .map(edit -> edit.uri().replace("file:/project/", "") + "@" + line(edit, config, pod) + " "
                        + edit.text())
                .toList();
        assertEquals(List.of("config.yaml@3 app-settings", "pod.yaml@12 app-settings", "pod.yaml@18 app-settings",
                "pod.yaml@22 app-settings"), edits);
    }

    private static int line(TextReplacement edit, XtextResource config, XtextResource pod) {
        XtextResource resource = edit.uri().endsWith("config.yaml") ? config : pod;
        String text = resource.getParseResult().getRootNode().getText();
        return (int) text.substring(0, edit.offset()).chars().filter(c -> c == '\n').count() + 1;
    }
}
