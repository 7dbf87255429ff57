package io.pilothouse.lang.ide.highlighting;

import com.google.inject.Inject;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/** Xtext's view of {@link ManifestHighlighter}: each region with its {@link HighlightStyle#id()}. */
public class ManifestHighlightingCalculator implements ISemanticHighlightingCalculator {

    @Inject
    private ManifestHighlighter highlighter;

    @Override
    public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
            CancelIndicator cancelIndicator) {
        if (resource == null) {
            return;
        }
        for (Highlight highlight : highlighter.highlights(resource, cancelIndicator)) {
            acceptor.addPosition(highlight.offset(), highlight.length(), highlight.style().id());
        }
    }
}
