package io.pilothouse.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.AbstractReconciler;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import io.pilothouse.ui.manifest.ManifestDocuments;

/**
 * A reconciler that shows what the language derives from an open manifest. On its own thread, when the editor opens
 * and {@value ManifestReconciler#DELAY} ms after the user stops typing, it makes the editor's text the manifest's
 * content (parsed once, whichever reconciler comes first), computes its result under the project's lock and hands it
 * to the UI thread, which shows it unless the text changed meanwhile.
 *
 * @param <T> the result
 */
abstract class ParseReconciler<T> extends AbstractReconciler {

    private Display display;

    ParseReconciler() {
        setDelay(ManifestReconciler.DELAY);
        setIsIncrementalReconciler(false);
    }

    /** The result for the manifest parsed in {@code resource}; on the reconciler's thread, under the lock. */
    protected abstract T compute(XtextResource resource, CancelIndicator cancel);

    /** Shows {@code result} in {@code viewer}, whose document is {@code document}; on the UI thread. */
    protected abstract void show(ITextViewer viewer, IDocument document, T result);

    @Override
    public void install(ITextViewer textViewer) {
        display = textViewer.getTextWidget().getDisplay();
        super.install(textViewer);
    }

    @Override
    public IReconcilingStrategy getReconcilingStrategy(String contentType) {
        return null;
    }

    @Override
    protected void initialProcess() {
        update();
    }

    @Override
    protected void process(DirtyRegion dirtyRegion) {
        update();
    }

    @Override
    protected void reconcilerDocumentChanged(IDocument newDocument) {
        // every update reads the document anew
    }

    private void update() {
        IDocument document = getDocument();
        ITextViewer viewer = getTextViewer();
        IFile file = EditorFiles.fileOf(document);
        if (file == null || viewer == null) {
            return;
        }
        long stamp = stamp(document);
        String text = document.get();
        if (stamp != stamp(document)) {
            return;
        }
        IProgressMonitor monitor = getProgressMonitor();
        T result = ManifestDocuments.get().project(file.getProject())
                .read(ManifestDocuments.uri(file), text, resource -> compute(resource, monitor::isCanceled))
                .orElse(null);
        if (result == null || monitor.isCanceled() || display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()
                    && viewer.getDocument() == document && stamp(document) == stamp) {
                show(viewer, document, result);
            }
        });
    }

    private static long stamp(IDocument document) {
        return document instanceof IDocumentExtension4 stamped
                ? stamped.getModificationStamp()
                : IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
    }
}
