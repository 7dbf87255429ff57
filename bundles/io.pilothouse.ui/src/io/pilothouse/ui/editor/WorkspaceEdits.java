package io.pilothouse.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

import io.pilothouse.ui.manifest.FileChange;
import io.pilothouse.ui.manifest.ManifestDocuments;
import io.pilothouse.ui.manifest.TextEdits;

/**
 * Applies the language's edits (a fix, a rename) through the files' text buffers, on the UI thread: a file open in an
 * editor shows the change, dirty and undoable; a file no editor has open is saved.
 */
public final class WorkspaceEdits {

    /** Changes documents, each the buffer of its file. */
    @FunctionalInterface
    private interface DocumentChanges {
        void apply(Map<IFile, IDocument> documents) throws BadLocationException, CoreException;
    }

    private WorkspaceEdits() {}

    static void apply(WorkspaceEdit edit) throws CoreException {
        if (edit.getChanges() != null) {
            for (Map.Entry<String, List<TextEdit>> change : edit.getChanges().entrySet()) {
                apply(URI.createURI(change.getKey()), change.getValue());
            }
        }
        if (edit.getDocumentChanges() != null) {
            for (var change : edit.getDocumentChanges()) {
                if (change.isLeft()) {
                    apply(URI.createURI(change.getLeft().getTextDocument().getUri()), change.getLeft().getEdits()
                            .stream().filter(either -> either.isLeft()).map(either -> either.getLeft()).toList());
                }
            }
        }
    }

    /**
     * Applies every change, or none when a file's text is no longer the text its change was computed on.
     *
     * @throws CoreException naming the first file that changed, or a file outside the workspace
     */
    public static void apply(List<FileChange> changes) throws CoreException {
        Map<IFile, FileChange> byFile = new LinkedHashMap<>();
        for (FileChange change : changes) {
            byFile.put(fileOf(change.uri()), change);
        }
        edit(List.copyOf(byFile.keySet()), documents -> {
            for (Map.Entry<IFile, FileChange> change : byFile.entrySet()) {
                if (!documents.get(change.getKey()).get().equals(change.getValue().base())) {
                    throw new CoreException(Status.error(change.getKey().getFullPath()
                            + " changed while the edit was computed; nothing was changed"));
                }
            }
            for (Map.Entry<IFile, FileChange> change : byFile.entrySet()) {
                TextEdits.replace(documents.get(change.getKey()), change.getValue().replacements());
            }
        });
    }

    private static void apply(URI uri, List<? extends TextEdit> edits) throws CoreException {
        if (!edits.isEmpty()) {
            IFile file = fileOf(uri);
            edit(List.of(file), documents -> TextEdits.apply(documents.get(file), edits));
        }
    }

    /**
     * Connects the buffers of {@code files} for the time of {@code changes}, then saves the ones no one else had
     * connected, which no editor shows.
     */
    private static void edit(List<IFile> files, DocumentChanges changes) throws CoreException {
        ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
        List<IFile> connected = new ArrayList<>();
        try {
            Map<IFile, IDocument> documents = new LinkedHashMap<>();
            List<ITextFileBuffer> unshared = new ArrayList<>();
            for (IFile file : files) {
                boolean shared = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE) != null;
                buffers.connect(file.getFullPath(), LocationKind.IFILE, null);
                connected.add(file);
                ITextFileBuffer buffer = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
                documents.put(file, buffer.getDocument());
                if (!shared) {
                    unshared.add(buffer);
                }
            }
            changes.apply(documents);
            for (ITextFileBuffer buffer : unshared) {
                buffer.commit(null, false);
            }
        } catch (BadLocationException e) {
            throw new CoreException(Status.error("The edit no longer fits "
                    + files.stream().map(file -> file.getFullPath().toString()).toList(), e));
        } finally {
            for (IFile file : connected) {
                buffers.disconnect(file.getFullPath(), LocationKind.IFILE, null);
            }
        }
    }

    private static IFile fileOf(URI uri) throws CoreException {
        IFile file = ManifestDocuments.file(uri);
        if (file == null) {
            throw new CoreException(Status.error("Not a workspace file: " + uri));
        }
        return file;
    }
}
