package io.pilothouse.ui.editor;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import io.pilothouse.lang.ide.highlighting.Highlight;
import io.pilothouse.lang.ide.highlighting.ManifestHighlighter;
import io.pilothouse.ui.editor.HighlightStyles.HighlightPosition;

/**
 * Semantic colors: the language's highlights of a manifest (keys, values by type, anchors, tags, references,
 * deprecated API versions, comments) in the {@link HighlightStyles}. The highlights are positions of the document,
 * which moves them while the user types, and a text presentation listener styles the text under them.
 */
public final class SemanticHighlighter extends ParseReconciler<List<Highlight>> implements ITextPresentationListener {

    /** The position category of the highlights. */
    public static final String CATEGORY = "io.pilothouse.ui.semanticHighlights";

    private final IPositionUpdater updater = new DefaultPositionUpdater(CATEGORY);
    private IDocument highlighted;

    @Override
    public void install(ITextViewer textViewer) {
        super.install(textViewer);
        if (textViewer instanceof ITextViewerExtension4 viewer) {
            viewer.addTextPresentationListener(this);
        }
    }

    @Override
    public void uninstall() {
        if (getTextViewer() instanceof ITextViewerExtension4 viewer) {
            viewer.removeTextPresentationListener(this);
        }
        forget();
        super.uninstall();
    }

    @Override
    protected void reconcilerDocumentChanged(IDocument newDocument) {
        forget();
    }

    @Override
    protected List<Highlight> compute(XtextResource resource, CancelIndicator cancel) {
        return resource.getResourceServiceProvider().get(ManifestHighlighter.class).highlights(resource, cancel);
    }

    @Override
    protected void show(ITextViewer viewer, IDocument document, List<Highlight> highlights) {
        forget();
        document.addPositionCategory(CATEGORY);
        document.addPositionUpdater(updater);
        highlighted = document;
        try {
            for (Highlight highlight : highlights) {
                document.addPosition(CATEGORY,
                        new HighlightPosition(highlight.offset(), highlight.length(), highlight.style()));
            }
        } catch (BadLocationException | BadPositionCategoryException e) {
            ILog.get().error("The highlights do not fit the manifest", e);
        }
        viewer.invalidateTextPresentation();
    }

    @Override
    public void applyTextPresentation(TextPresentation presentation) {
        if (highlighted == null || getTextViewer() == null || getTextViewer().getDocument() != highlighted) {
            return;
        }
        Position[] positions;
        try {
            positions = highlighted.getPositions(CATEGORY);
        } catch (BadPositionCategoryException e) {
            return;
        }
        if (presentation.getDefaultStyleRange() == null) {
            presentation.setDefaultStyleRange(new StyleRange(presentation.getExtent().getOffset(),
                    presentation.getExtent().getLength(), null, null));
        }
        presentation.mergeStyleRanges(HighlightStyles.ranges(positions, presentation.getExtent()));
    }

    /** Removes the highlights from the document that has them. */
    private void forget() {
        if (highlighted == null) {
            return;
        }
        highlighted.removePositionUpdater(updater);
        try {
            highlighted.removePositionCategory(CATEGORY);
        } catch (BadPositionCategoryException e) {
            ILog.get().warn("The highlights were gone: " + e.getMessage());
        }
        highlighted = null;
    }
}
