package io.pilothouse.lang.ide.codeactions;

import com.google.inject.Inject;
import io.pilothouse.lang.binding.ManifestBinding;
import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.validation.ValidationDiagnostic;
import io.pilothouse.model.validation.Validator;
import io.pilothouse.model.validation.fix.FixEdits;
import io.pilothouse.model.validation.fix.SourceEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;

/**
 * Quick fixes: for each diagnostic of the request that the model's validation reports with a fix (same rule code,
 * same start), a {@code quickfix} code action whose workspace edit is the fix's edits of the text, as
 * {@link FixEdits} places them. The validation runs again on the file's bound documents, alone.
 */
public class ManifestCodeActionService implements ICodeActionService2 {

    private static final Validator VALIDATOR = Validator.builder().addDefaults().build();

    @Inject
    private ManifestBinding binding;

    /**
     * The language server sets neither the document nor the resource on the options (only the URI and the access to
     * the workspace): they are then read from the workspace, as Xtext's own quick fixes do.
     */
    @Override
    public List<Either<Command, CodeAction>> getCodeActions(Options options) {
        List<Diagnostic> requested = options.getCodeActionParams().getContext().getDiagnostics();
        if (requested == null || requested.isEmpty()) {
            return List.of();
        }
        if (options.getDocument() != null && options.getResource() != null) {
            return actions(options, options.getDocument(), options.getResource(), requested);
        }
        if (options.getLanguageServerAccess() == null || options.getURI() == null) {
            return List.of();
        }
        return options.getLanguageServerAccess().doSyncRead(options.getURI(),
                context -> context.getDocument() == null || context.getResource() == null
                        ? List.of()
                        : actions(options, context.getDocument(), context.getResource(), requested));
    }

    private List<Either<Command, CodeAction>> actions(Options options, Document document, Resource resource,
            List<Diagnostic> requested) {
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        LoadResult loaded = binding.of(resource);
        List<ValidationDiagnostic> found = VALIDATOR.validate(List.of(loaded)).diagnostics();
        FixEdits fixes = new FixEdits(KindRegistry.builtIn(), loaded, document.getContents());
        for (Diagnostic diagnostic : requested) {
            String code = diagnostic.getCode() == null || !diagnostic.getCode().isLeft()
                    ? null
                    : diagnostic.getCode().getLeft();
            for (ValidationDiagnostic candidate : found) {
                if (candidate.fix() != null && candidate.range() != null && candidate.code().equals(code)
                        && document.getPosition(candidate.range().offset()).equals(diagnostic.getRange().getStart())) {
                    List<SourceEdit> edits = fixes.edits(candidate.fix());
                    if (!edits.isEmpty()) {
                        actions.add(Either.forRight(action(options.getURI(), document, diagnostic,
                                candidate.fix().title(), edits)));
                    }
                }
            }
        }
        return actions;
    }

    private static CodeAction action(String uri, Document document, Diagnostic diagnostic, String title,
            List<SourceEdit> edits) {
        List<TextEdit> changes = new ArrayList<>();
        for (SourceEdit edit : edits) {
            Position start = document.getPosition(edit.range().offset());
            Position end = document.getPosition(edit.range().endOffset());
            changes.add(new TextEdit(new Range(start, end), edit.newText()));
        }
        CodeAction action = new CodeAction(title);
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(diagnostic));
        action.setEdit(new WorkspaceEdit(Map.of(uri, changes)));
        return action;
    }
}
