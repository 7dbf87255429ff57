package io.pilothouse.ui.editor;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

import io.pilothouse.ui.manifest.ManifestDocuments;

/** The manifest editor a command runs in: its file, document and caret. */
record ActiveManifest(ITextEditor editor, IFile file, IDocument document, int caret) {

    /** The active manifest editor of the command's event, or {@code null}. */
    static ActiveManifest of(ExecutionEvent event) {
        if (!(HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor)
                || !(editor.getEditorInput().getAdapter(IFile.class) instanceof IFile file)
                || !ManifestDocuments.isManifest(file)) {
            return null;
        }
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        int caret = editor.getSelectionProvider().getSelection() instanceof ITextSelection selection
                ? selection.getOffset()
                : 0;
        return new ActiveManifest(editor, file, document, caret);
    }
}
