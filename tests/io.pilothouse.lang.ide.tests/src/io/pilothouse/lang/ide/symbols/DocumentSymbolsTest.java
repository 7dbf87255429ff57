package io.pilothouse.lang.ide.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pilothouse.lang.ide.ManifestTestResources;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;

/** The outline of a two-document file: each document as {@code Kind name}, its sections, a Deployment's containers. */
class DocumentSymbolsTest {

    private static final String FILE = """
            # the web tier
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            spec:
              replicas: 2
              template:
                spec:
                  initContainers:
                    - name: migrate
                      image: migrate:1.0
                  containers:
                    - name: app
                      image: nginx:1.27
                    - name: sidecar
                      image: envoy:1.31
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: settings}
            data:
              mode: fast
            """;

    @Test
    void outlinesEachDocument() {
        HierarchicalDocumentSymbolService service = ManifestTestResources.injector()
                .getInstance(HierarchicalDocumentSymbolService.class);
        List<DocumentSymbol> symbols = service.getSymbols(ManifestTestResources.resource("web.yaml", FILE),
                CancelIndicator.NullImpl);
        List<String> lines = new ArrayList<>();
        symbols.forEach(symbol -> write(symbol, "", lines));
        assertEquals(List.of(
                "Deployment web (shop) Class 1:0-17:27 @4:8-4:11",
                "  metadata Object 3:0-5:17 @3:0-3:8",
                "  spec Object 6:0-17:27 @6:0-6:4",
                "    migrate (migrate:1.0) Object 11:10-12:28 @11:16-11:23",
                "    app (nginx:1.27) Object 14:10-15:27 @14:16-14:19",
                "    sidecar (envoy:1.31) Object 16:10-17:27 @16:16-16:23",
                "ConfigMap settings Constant 18:0-23:12 @21:17-21:25",
                "  metadata Object 21:0-21:26 @21:0-21:8",
                "  data Object 22:0-23:12 @22:0-22:4"), lines);
    }

    private static void write(DocumentSymbol symbol, String indent, List<String> lines) {
        lines.add(indent + symbol.getName() + (symbol.getDetail() == null ? "" : " (" + symbol.getDetail() + ")")
                + " " + symbol.getKind() + " " + range(symbol.getRange()) + " @" + range(symbol.getSelectionRange()));
        symbol.getChildren().forEach(child -> write(child, indent + "  ", lines));
    }

    private static String range(Range range) {
        return range.getStart().getLine() + ":" + range.getStart().getCharacter() + "-" + range.getEnd().getLine() + ":"
                + range.getEnd().getCharacter();
    }
}
