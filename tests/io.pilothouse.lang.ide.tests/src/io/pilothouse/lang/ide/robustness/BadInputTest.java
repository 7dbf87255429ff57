package io.pilothouse.lang.ide.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.pilothouse.lang.ide.IdeProject;
import io.pilothouse.lang.ide.contentassist.ManifestProposals;
import io.pilothouse.lang.ide.format.ManifestFormatter;
import io.pilothouse.lang.ide.highlighting.ManifestHighlighter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input never throws out of the parser or the services, the text is kept whole in the node model, and a
 * syntax problem is reported: unterminated quotes and flow collections, a stray document marker, a 1 MB line, a
 * 10 MB file, an alias bomb and binary content.
 */
class BadInputTest {

    static Stream<Arguments> inputs() {
        String line = "k: " + "x".repeat(1 << 20) + "\n";
        StringBuilder big = new StringBuilder();
        for (int i = 0; big.length() < 10 << 20; i++) {
            big.append("---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c").append(i)
                    .append("}\ndata:\n  key: \"value with some text to make the file large\"\n");
        }
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char previous = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(previous).append(", *").append(previous)
                    .append(", *").append(previous).append(", *").append(previous).append(", *").append(previous)
                    .append(", *").append(previous).append(", *").append(previous).append(", *").append(previous)
                    .append(", *").append(previous).append("]\n");
        }
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return Stream.of(
                Arguments.of("unterminated quote", "apiVersion: v1\nkind: ConfigMap\ndata:\n  a: \"open\n  b: 1\n",
                        true),
                Arguments.of("unterminated flow", "apiVersion: v1\nkind: ConfigMap\ndata: {a: [1, 2\n", true),
                Arguments.of("stray document marker", "apiVersion: v1\nkind: ConfigMap\ndata:\n---\n  a: b\n", true),
                Arguments.of("1 MB line", line, false),
                Arguments.of("10 MB file", big.toString(), false),
                Arguments.of("alias bomb", bomb.toString(), true),
                Arguments.of("binary content", new String(bytes, StandardCharsets.ISO_8859_1),
                        true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    @Timeout(120)
    void neverThrowsAndKeepsTheText(String name, String text, boolean reportsAProblem) {
        XtextResource resource = new IdeProject().add("bad.yaml", text);
        assertEquals(text, resource.getParseResult().getRootNode().getText(), "the node model holds the whole text");
        List<Issue> issues = IdeProject.injector().getInstance(IResourceValidator.class).validate(resource,
                CheckMode.ALL, CancelIndicator.NullImpl);
        if (reportsAProblem) {
            assertFalse(issues.isEmpty(), name + " is reported");
        }
        int middle = Math.min(text.length(), 200);
        Document document = new Document(1, text);
        IdeProject.injector().getInstance(ManifestProposals.class).proposals(resource, text, middle);
        IdeProject.injector().getInstance(IHoverService.class).hover(document, resource,
                new HoverParams(new TextDocumentIdentifier("file:/bad.yaml"), document.getPosition(middle)),
                CancelIndicator.NullImpl);
        IdeProject.injector().getInstance(HierarchicalDocumentSymbolService.class).getSymbols(resource,
                CancelIndicator.NullImpl);
        IdeProject.injector().getInstance(ManifestHighlighter.class).highlights(resource, CancelIndicator.NullImpl);
        ManifestFormatter.format(text);
    }
}
