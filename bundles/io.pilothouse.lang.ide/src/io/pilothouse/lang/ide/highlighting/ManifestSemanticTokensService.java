package io.pilothouse.lang.ide.highlighting;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * LSP semantic tokens of manifest files: the {@link HighlightStyle}s as standard token types, deprecated API versions
 * with the {@code deprecated} modifier, regions that span lines split per line. Bound in the language server's
 * module, where Xtext binds {@link SemanticTokensService}.
 */
public class ManifestSemanticTokensService extends SemanticTokensService {

    @Override
    protected void addTokenTypes() {
        for (HighlightStyle style : HighlightStyle.values()) {
            if (!getTokenTypes().contains(style.tokenType())) {
                getTokenTypes().add(style.tokenType());
            }
        }
    }

    @Override
    protected void addTokenModifiers() {
        getTokenModifiers().add(SemanticTokenModifiers.Deprecated);
    }

    @Override
    public SemanticTokens semanticTokensFull(Document document, XtextResource resource, SemanticTokensParams params,
            CancelIndicator cancelIndicator) {
        List<Integer> data = new ArrayList<>();
        if (document == null || resource == null || resource.getResourceServiceProvider() == null) {
            return new SemanticTokens(data);
        }
        ManifestHighlighter highlighter = resource.getResourceServiceProvider().get(ManifestHighlighter.class);
        String text = document.getContents();
        Position last = new Position(0, 0);
        for (Highlight highlight : highlighter.highlights(resource, cancelIndicator)) {
            int start = highlight.offset();
            int end = highlight.offset() + highlight.length();
            while (start < end) {
                int lineEnd = lineEnd(text, start, end);
                if (lineEnd > start) {
                    Position position = document.getPosition(start);
                    data.add(position.getLine() - last.getLine());
                    data.add(position.getLine() == last.getLine()
                            ? position.getCharacter() - last.getCharacter()
                            : position.getCharacter());
                    data.add(lineEnd - start);
                    data.add(getTokenTypes().indexOf(highlight.style().tokenType()));
                    data.add(highlight.style().deprecated() ? 1 : 0);
                    last = position;
                }
                start = nextLine(text, lineEnd, end);
            }
        }
        return new SemanticTokens(data);
    }

    private static int lineEnd(String text, int from, int end) {
        int i = from;
        while (i < end && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLine(String text, int lineEnd, int end) {
        int i = lineEnd;
        while (i < end && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
            i++;
        }
        return Math.max(i, lineEnd + 1);
    }
}
