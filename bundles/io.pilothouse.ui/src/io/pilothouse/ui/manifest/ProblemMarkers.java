package io.pilothouse.ui.manifest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.validation.Issue;

/**
 * The problem markers of manifests: an issue of the language becomes a marker of type {@value #TYPE} with the issue's
 * range, severity, message, code and data, from which the diagnostic is rebuilt to ask for code actions.
 */
public final class ProblemMarkers {

    public static final String TYPE = "io.pilothouse.ui.manifestProblem";
    /** The issue code, a String. */
    public static final String CODE = "code";
    /** The number of issue data items, an Integer; the items are in {@value #DATA}0, {@value #DATA}1... */
    public static final String DATA_COUNT = "dataCount";
    public static final String DATA = "data";

    private ProblemMarkers() {}

    /** The marker attributes of {@code issue}, or an empty map when the issue is ignored. */
    public static Map<String, Object> attributes(Issue issue) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        if (issue.getSeverity() == Severity.IGNORE) {
            return attributes;
        }
        attributes.put(IMarker.SEVERITY, switch (issue.getSeverity()) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        });
        attributes.put(IMarker.MESSAGE, issue.getMessage());
        if (issue.getLineNumber() != null) {
            attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
            attributes.put(IMarker.LOCATION, "line " + issue.getLineNumber());
        }
        if (issue.getOffset() != null && issue.getLength() != null) {
            attributes.put(IMarker.CHAR_START, issue.getOffset());
            attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
        }
        if (issue.getCode() != null) {
            attributes.put(CODE, issue.getCode());
        }
        String[] data = issue.getData() == null ? new String[0] : issue.getData();
        attributes.put(DATA_COUNT, data.length);
        for (int i = 0; i < data.length; i++) {
            attributes.put(DATA + i, data[i]);
        }
        return attributes;
    }

    /** The diagnostic described by a marker's attributes, its range in {@code document}. */
    public static Diagnostic diagnostic(Map<String, Object> attributes, Document document) {
        Diagnostic diagnostic = new Diagnostic();
        diagnostic.setMessage((String) attributes.get(IMarker.MESSAGE));
        diagnostic.setCode((String) attributes.get(CODE));
        diagnostic.setSeverity(switch ((Integer) attributes.getOrDefault(IMarker.SEVERITY, IMarker.SEVERITY_INFO)) {
            case IMarker.SEVERITY_ERROR -> DiagnosticSeverity.Error;
            case IMarker.SEVERITY_WARNING -> DiagnosticSeverity.Warning;
            default -> DiagnosticSeverity.Information;
        });
        int length = document.getContents().length();
        int start = Math.min(length, (Integer) attributes.getOrDefault(IMarker.CHAR_START, 0));
        int end = Math.min(length, (Integer) attributes.getOrDefault(IMarker.CHAR_END, start));
        diagnostic.setRange(new org.eclipse.lsp4j.Range(document.getPosition(start), document.getPosition(end)));
        int count = (Integer) attributes.getOrDefault(DATA_COUNT, 0);
        List<String> data = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            data.add((String) attributes.get(DATA + i));
        }
        diagnostic.setData(data.toArray(String[]::new));
        return diagnostic;
    }

    /** Replaces the manifest problem markers of {@code resource} by markers for {@code issues}, in one operation. */
    public static void replace(IResource resource, List<Issue> issues) throws CoreException {
        IWorkspaceRunnable update = monitor -> {
            if (!resource.exists()) {
                return;
            }
            resource.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
            for (Issue issue : issues) {
                Map<String, Object> attributes = attributes(issue);
                if (!attributes.isEmpty()) {
                    resource.createMarker(TYPE, attributes);
                }
            }
        };
        resource.getWorkspace().run(update, null, 0, null);
    }
}
