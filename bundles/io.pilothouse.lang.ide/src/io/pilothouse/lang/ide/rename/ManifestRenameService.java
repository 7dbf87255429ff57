package io.pilothouse.lang.ide.rename;

import com.google.inject.Inject;
import io.pilothouse.lang.binding.SyntaxTrees;
import io.pilothouse.lang.manifest.Scalar;
import io.pilothouse.lang.refactoring.ResourceReferences;
import io.pilothouse.lang.refactoring.ResourceRename;
import io.pilothouse.lang.refactoring.TextReplacement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Rename for LSP clients: a resource's {@code metadata.name}, from the name itself or from any reference to it,
 * together with every real reference in the project ({@link ResourceRename}).
 */
public class ManifestRenameService implements IRenameService2 {

    @Inject
    private UriExtensions uris;

    @Override
    public WorkspaceEdit rename(Options options) {
        String uri = options.getRenameParams().getTextDocument().getUri();
        return options.getLanguageServerAccess().doSyncRead(uri, context -> {
            int offset = context.getDocument().getOffSet(options.getRenameParams().getPosition());
            List<TextReplacement> replacements = ResourceRename.rename((XtextResource) context.getResource(), offset,
                    options.getRenameParams().getNewName());
            return workspaceEdit(replacements, context.getResource());
        });
    }

    @Override
    public Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(
            PrepareRenameOptions options) {
        String uri = options.getParams().getTextDocument().getUri();
        return options.getLanguageServerAccess().doSyncRead(uri, context -> {
            XtextResource resource = (XtextResource) context.getResource();
            int offset = context.getDocument().getOffSet(options.getParams().getPosition());
            Scalar scalar = ResourceReferences.scalarAt(resource, offset);
            if (scalar == null || ResourceReferences.targetAt(resource, offset) == null) {
                return null;
            }
            SyntaxTrees.ScalarToken token = SyntaxTrees.token(scalar);
            String text = resource.getParseResult().getRootNode().getText();
            return Either3.forSecond(new PrepareRenameResult(range(text, token.offset(), token.length()),
                    token.text()));
        });
    }

    private WorkspaceEdit workspaceEdit(List<TextReplacement> replacements, Resource origin) {
        Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
        for (TextReplacement replacement : replacements) {
            URI uri = URI.createURI(replacement.uri());
            Resource resource = origin.getResourceSet().getResource(uri, false);
            String text = ((XtextResource) resource).getParseResult().getRootNode().getText();
            changes.computeIfAbsent(uris.toUriString(uri), key -> new ArrayList<>()).add(new TextEdit(
                    range(text, replacement.offset(), replacement.length()), replacement.text()));
        }
        return new WorkspaceEdit(changes);
    }

    private static Range range(String text, int offset, int length) {
        return new Range(position(text, offset), position(text, offset + length));
    }

    private static Position position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart);
    }
}
