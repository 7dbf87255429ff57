package io.pilothouse.lang.ide.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pilothouse.lang.ide.ManifestTestResources;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Formatting: input and output pairs, and the language server's edits. */
class FormatterTest {

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("four spaces become two, blanks after indicators one, trailing blanks go", """
                        metadata:
                            name:    web  \s
                            labels:
                                app: web
                        """, """
                        metadata:
                          name: web
                          labels:
                            app: web
                        """),
                Arguments.of("sequences keep their style: indentless stays, indented becomes two", """
                        spec:
                            ports:
                            -   port: 80
                                name: http
                            args:
                                    - a
                                    -   b
                        """, """
                        spec:
                          ports:
                          - port: 80
                            name: http
                          args:
                            - a
                            - b
                        """),
                Arguments.of("comments, quoting and flow collections are kept", """
                        # head
                        data:
                              # about a
                              a: 'one'   # trailing
                              b: {x: 1,   y: [2,  3]}
                        """, """
                        # head
                        data:
                          # about a
                          a: 'one'   # trailing
                          b: {x: 1,   y: [2,  3]}
                        """),
                Arguments.of("block scalars move with their key, keeping their relative indentation", """
                        data:
                             script: |
                                 if x; then
                                     run
                                 fi
                             keep: |2+
                                    two

                             after: x
                        """, """
                        data:
                          script: |
                              if x; then
                                  run
                              fi
                          keep: |2+
                                 two

                          after: x
                        """),
                Arguments.of("multi-line plain scalars and documents", """
                        a:
                           b: one
                             two
                        ---
                        c:   d
                        """, """
                        a:
                          b: one
                            two
                        ---
                        c: d
                        """),
                Arguments.of("CRLF stays CRLF", "a:\r\n    b:  c \r\n    d:\r\n    -  e\r\n",
                        "a:\r\n  b: c\r\n  d:\r\n  - e\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void formats(String name, String input, String expected) {
        assertEquals(expected, ManifestFormatter.format(input));
        assertEquals(expected, ManifestFormatter.format(expected));
    }

    private static final TextDocumentIdentifier FILE = new TextDocumentIdentifier("inmemory:/two.yaml");

    private static final String TWO_DOCUMENTS = """
            a:
                b: 1
            ---
            c:
                d: 2
            """;

    @Test
    void serverFormatsTheWholeFile() {
        assertEquals("a:\n  b: 1\n---\nc:\n  d: 2\n", apply(TWO_DOCUMENTS, service().format(
                document(TWO_DOCUMENTS), ManifestTestResources.resource("two.yaml", TWO_DOCUMENTS),
                new DocumentFormattingParams(FILE, new FormattingOptions(2, true)), CancelIndicator.NullImpl)));
    }

    @Test
    void rangeFormatsTheDocumentsItTouches() {
        DocumentRangeFormattingParams params = new DocumentRangeFormattingParams(FILE,
                new FormattingOptions(2, true), new Range(new Position(4, 0), new Position(4, 3)));
        assertEquals("a:\n    b: 1\n---\nc:\n  d: 2\n", apply(TWO_DOCUMENTS, service().format(document(TWO_DOCUMENTS),
                ManifestTestResources.resource("two.yaml", TWO_DOCUMENTS), params, CancelIndicator.NullImpl)));
    }

    @Test
    void leavesFilesWithSyntaxErrorsAlone() {
        String broken = "a:\n    b: 'open\n";
        assertEquals(List.of(), service().format(document(broken), ManifestTestResources.resource("bad.yaml", broken),
                new DocumentFormattingParams(FILE, new FormattingOptions(2, true)), CancelIndicator.NullImpl));
    }

    private static FormattingService service() {
        return ManifestTestResources.injector().getInstance(FormattingService.class);
    }

    private static Document document(String text) {
        return ManifestTestResources.document(text);
    }

    private static String apply(String text, List<? extends TextEdit> edits) {
        Document document = document(text);
        return document.applyChanges(edits.stream().sorted((a, b) -> -compare(a, b)).toList()).getContents();
    }

    private static int compare(TextEdit a, TextEdit b) {
        Position x = a.getRange().getStart();
        Position y = b.getRange().getStart();
        return x.getLine() != y.getLine()
                ? Integer.compare(x.getLine(), y.getLine())
                : Integer.compare(x.getCharacter(), y.getCharacter());
    }
}
