package io.pilothouse.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.pilothouse.ui.manifest.ManifestProject;

/** The language's folding ranges as whole-line folds of the editor. */
class ManifestFoldingTest {

    private static final String TEXT = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: app
              labels:
                tier: web
            data:
              nginx.conf: |
                listen 80;
                root /srv;
            """;
    private static final String DATA = "data:\n  nginx";

    static Stream<Arguments> ranges() {
        return Stream.of(
                Arguments.of("a range over lines folds those lines", List.of(range("metadata:", "tier: web")),
                        List.of("3-6")),
                Arguments.of("a range within one line does not fold", List.of(range("name", "app")), List.of()),
                Arguments.of("of ranges that start on one line, the longest folds",
                        List.of(range("labels", "web"), range("labels:", "tier"), range(DATA, "/srv;")),
                        List.of("5-6", "7-10")),
                Arguments.of("folds are in text order", List.of(range(DATA, "/srv;"), range("apiVersion", "app")),
                        List.of("1-4", "7-10")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ranges")
    void foldsSpanTheLinesOfTheirRanges(String rule, List<FoldingRange> ranges, List<String> expected)
            throws BadLocationException {
        assertEquals(expected, lines(new Document(TEXT), ManifestFolding.positions(new Document(TEXT), ranges)));
    }

    @Test
    void aFoldEndsWithTheLineDelimiterOfItsLastLine() {
        Position fold = ManifestFolding.positions(new Document(TEXT), List.of(range("metadata:", "tier: web")))
                .get(0);

        assertEquals(TEXT.indexOf("metadata:"), fold.getOffset());
        assertEquals(TEXT.indexOf(DATA), fold.getOffset() + fold.getLength());
    }

    @Test
    void theLanguageFoldsTheDocumentItsBlocksAndItsBlockScalars() throws BadLocationException {
        ManifestProject project = ManifestProject.create();
        URI uri = URI.createPlatformResourceURI("/shop/config.yaml", true);
        project.put(uri, TEXT);

        List<FoldingRange> ranges = project.read(uri, resource -> List.copyOf(resource.getResourceServiceProvider()
                .get(IFoldingRangeProvider.class).getFoldingRanges(resource, () -> false))).orElseThrow();

        assertEquals(List.of("1-10", "3-6", "5-6", "7-10", "8-10"),
                lines(new Document(TEXT), ManifestFolding.positions(new Document(TEXT), ranges)));
    }

    /** A range from the start of {@code from} to the end of {@code to} in the text. */
    private static FoldingRange range(String from, String to) {
        int start = TEXT.indexOf(from);
        return new FoldingRange(start, TEXT.indexOf(to, start) + to.length() - start, null);
    }

    /** The folds as lines, from 1: the first and the last line of each. */
    private static List<String> lines(IDocument document, List<Position> folds) throws BadLocationException {
        List<String> lines = new ArrayList<>();
        for (Position fold : folds) {
            lines.add((document.getLineOfOffset(fold.getOffset()) + 1) + "-"
                    + (document.getLineOfOffset(fold.getOffset() + fold.getLength() - 1) + 1));
        }
        return lines;
    }
}
