package io.pilothouse.ui.manifest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.resources.IMarker;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** An issue becomes marker attributes, and the attributes give back the diagnostic to ask for code actions. */
class ProblemMarkersTest {

    private static final String TEXT = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n";

    static Stream<Arguments> severities() {
        return Stream.of(Arguments.of(Severity.ERROR, IMarker.SEVERITY_ERROR, DiagnosticSeverity.Error),
                Arguments.of(Severity.WARNING, IMarker.SEVERITY_WARNING, DiagnosticSeverity.Warning),
                Arguments.of(Severity.INFO, IMarker.SEVERITY_INFO, DiagnosticSeverity.Information));
    }

    @ParameterizedTest
    @MethodSource("severities")
    void anIssueRoundTripsThroughItsMarker(Severity severity, int markerSeverity, DiagnosticSeverity expected) {
        int offset = TEXT.indexOf("web");
        Issue issue = issue(severity, offset, 3, "pod.spec.required", "spec", "line two\nof data");

        Map<String, Object> attributes = ProblemMarkers.attributes(issue);

        assertEquals(markerSeverity, attributes.get(IMarker.SEVERITY));
        assertEquals("spec is required", attributes.get(IMarker.MESSAGE));
        assertEquals(4, attributes.get(IMarker.LINE_NUMBER));
        assertEquals(offset, attributes.get(IMarker.CHAR_START));
        assertEquals(offset + 3, attributes.get(IMarker.CHAR_END));
        Diagnostic diagnostic = ProblemMarkers.diagnostic(attributes, new Document(1, TEXT));
        assertEquals(expected, diagnostic.getSeverity());
        assertEquals("pod.spec.required", diagnostic.getCode().getLeft());
        assertEquals(new Position(3, 8), diagnostic.getRange().getStart());
        assertEquals(new Position(3, 11), diagnostic.getRange().getEnd());
        assertArrayEquals(new String[] {"spec", "line two\nof data"}, (String[]) diagnostic.getData());
    }

    @Test
    void anIgnoredIssueHasNoMarker() {
        assertTrue(ProblemMarkers.attributes(issue(Severity.IGNORE, 0, 1, null)).isEmpty());
    }

    @Test
    void aRangePastTheEndOfTheTextIsClampedToIt() {
        Map<String, Object> attributes = ProblemMarkers.attributes(issue(Severity.ERROR, 40, 100, null));

        Diagnostic diagnostic = ProblemMarkers.diagnostic(attributes, new Document(1, TEXT));

        assertEquals(new Position(4, 0), diagnostic.getRange().getEnd());
    }

    private static Issue issue(Severity severity, int offset, int length, String code, String... data) {
        Issue.IssueImpl issue = new Issue.IssueImpl();
        issue.setSeverity(severity);
        issue.setMessage("spec is required");
        issue.setOffset(offset);
        issue.setLength(length);
        issue.setLineNumber(4);
        issue.setCode(code);
        issue.setData(data);
        return issue;
    }
}
