package io.pilothouse.ui.editor;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** The workspace files behind editor documents, and opening a file at a region. */
final class EditorFiles {

    private EditorFiles() {}

    /** The workspace file whose buffer holds {@code document}, or {@code null}. */
    static IFile fileOf(IDocument document) {
        if (document == null) {
            return null;
        }
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
        if (buffer == null) {
            return null;
        }
        IPath location = buffer.getLocation();
        IFile file = location == null ? null : ResourcesPlugin.getWorkspace().getRoot().getFile(location);
        return file != null && file.exists() ? file : null;
    }

    /** Opens {@code file} in its editor and selects the region; returns the editor. */
    static IEditorPart open(IWorkbenchPage page, IFile file, int offset, int length) throws PartInitException {
        IEditorPart editor = IDE.openEditor(page, file);
        if (editor instanceof ITextEditor text) {
            text.selectAndReveal(offset, length);
        } else if (editor != null && editor.getAdapter(ITextEditor.class) instanceof ITextEditor text) {
            text.selectAndReveal(offset, length);
        }
        return editor;
    }
}
