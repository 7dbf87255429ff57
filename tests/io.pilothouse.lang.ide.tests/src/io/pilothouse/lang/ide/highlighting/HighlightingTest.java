package io.pilothouse.lang.ide.highlighting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pilothouse.lang.ide.ManifestTestResources;
import java.util.List;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;

/** The highlighting of a small document: every region with its style, in text order. */
class HighlightingTest {

    private static final String FILE = """
            apiVersion: policy/v1beta1   # removed
            kind: PodDisruptionBudget
            metadata:
              name: &n web
              labels: {replicas: 3, ratio: 0.5, on: yes, off: ~, tag: !!str 1}
            spec:
              selector: *n
              text: |
                plain
            """;

    @Test
    void highlightsByMeaning() {
        ManifestHighlighter highlighter = ManifestTestResources.injector().getInstance(ManifestHighlighter.class);
        List<String> regions = highlighter
                .highlights(ManifestTestResources.resource("pdb.yaml", FILE), CancelIndicator.NullImpl).stream()
                .map(h -> h.style().id() + " " + FILE.substring(h.offset(), h.offset() + h.length())).toList();
        assertEquals(List.of("key apiVersion", "deprecated policy/v1beta1", "comment # removed", "key kind",
                "string PodDisruptionBudget", "key metadata", "key name", "anchor &n", "string web", "key labels",
                "key replicas", "number 3", "key ratio", "number 0.5", "key on", "boolean yes", "key off", "null ~",
                "key tag", "tag !!str", "string 1", "key spec", "key selector", "anchor *n", "key text",
                "string |\n    plain\n"), regions);
    }
}
