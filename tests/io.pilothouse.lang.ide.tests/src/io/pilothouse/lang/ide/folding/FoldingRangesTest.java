package io.pilothouse.lang.ide.folding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pilothouse.lang.ide.ManifestTestResources;
import java.util.List;
import org.eclipse.xtext.ide.server.folding.FoldingRangeService;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;

/** Folding ranges, as LSP lines: documents, nested blocks from their key's line, flow collections, comments. */
class FoldingRangesTest {

    private static final String FILE = """
            # Settings of the shop,
            # read by every tier.
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
              labels: {app: shop,
                tier: web}
            data:
              # one comment line
              script: |
                echo one
                echo two
              list:
              - a
              - b
            ---
            kind: Namespace
            metadata: {name: shop}
            """;

    @Test
    void foldsDocumentsBlocksAndComments() {
        FoldingRangeService service = ManifestTestResources.injector().getInstance(FoldingRangeService.class);
        List<String> ranges = service.createFoldingRanges(ManifestTestResources.document(FILE),
                ManifestTestResources.resource("settings.yaml", FILE), CancelIndicator.NullImpl).stream()
                .map(range -> range.getStartLine() + "-" + range.getEndLine()
                        + (range.getKind() == null ? "" : " " + range.getKind()))
                .toList();
        assertEquals(List.of("0-1 comment", "2-15", "4-7", "6-7", "8-15", "10-12", "13-15", "16-18"), ranges);
    }
}
