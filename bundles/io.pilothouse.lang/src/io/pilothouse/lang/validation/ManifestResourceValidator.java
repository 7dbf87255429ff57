package io.pilothouse.lang.validation;

import com.google.inject.Inject;
import io.pilothouse.lang.binding.ManifestBinding;
import io.pilothouse.model.io.Diagnostic;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.SourceRange;
import io.pilothouse.model.validation.ValidationDiagnostic;
import io.pilothouse.model.validation.ValidationReport;
import io.pilothouse.model.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * Xtext's checks (syntax, linking) plus the model's validation engine, run on the documents of this file together
 * with those of every other manifest in the resource set, so that references across files resolve; only what is in
 * this file becomes its issues, each with the rule code (K8S-API-001...) as issue code and its exact range.
 */
public class ManifestResourceValidator extends ResourceValidatorImpl {

    private static final Validator VALIDATOR = Validator.builder().addDefaults().build();

    @Inject
    private ManifestBinding binding;

    @Override
    public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) {
        List<Issue> issues = new ArrayList<>(super.validate(resource, mode, indicator));
        if (!(resource instanceof XtextResource) || indicator != null && indicator.isCanceled()) {
            return issues;
        }
        String file = resource.getURI().toString();
        List<LoadResult> inputs = new ArrayList<>();
        inputs.add(binding.of(resource));
        if (resource.getResourceSet() != null) {
            for (Resource other : List.copyOf(resource.getResourceSet().getResources())) {
                if (other != resource && other instanceof XtextResource && sameLanguage(resource, other)) {
                    inputs.add(binding.of(other));
                }
            }
        }
        if (indicator != null && indicator.isCanceled()) {
            return issues;
        }
        String text = ((XtextResource) resource).getParseResult().getRootNode().getText();
        ValidationReport report = VALIDATOR.validate(inputs);
        for (ValidationDiagnostic diagnostic : report.diagnostics()) {
            if (diagnostic.range() != null && file.equals(diagnostic.range().file())) {
                issues.add(issue(diagnostic, text));
            }
        }
        return issues;
    }

    private static boolean sameLanguage(Resource resource, Resource other) {
        return ((XtextResource) resource).getLanguageName().equals(((XtextResource) other).getLanguageName());
    }

    private static Issue issue(ValidationDiagnostic diagnostic, String text) {
        SourceRange range = diagnostic.range();
        Issue.IssueImpl issue = new Issue.IssueImpl();
        issue.setSeverity(severity(diagnostic.severity()));
        issue.setMessage(diagnostic.message());
        issue.setCode(diagnostic.code());
        issue.setType(CheckType.NORMAL);
        issue.setOffset(range.offset());
        issue.setLength(range.length());
        issue.setLineNumber(range.line());
        issue.setColumn(range.column());
        int end = Math.min(range.endOffset(), text.length());
        int line = range.line();
        int lineStart = range.offset() - (range.column() - 1);
        for (int i = range.offset(); i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        issue.setLineNumberEnd(line);
        issue.setColumnEnd(end - lineStart + 1);
        issue.setSyntaxError(diagnostic.code().startsWith("YAML-"));
        return issue;
    }

    private static Severity severity(Diagnostic.Severity severity) {
        return switch (severity) {
            case ERROR -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
            case INFO -> Severity.INFO;
        };
    }
}
