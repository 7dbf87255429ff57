package io.pilothouse.ui.editor;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import io.pilothouse.ui.manifest.ManifestDocuments;
import io.pilothouse.ui.manifest.ProjectReferences;
import io.pilothouse.ui.manifest.ProjectReferences.Reference;

/**
 * Find References (Ctrl+Shift+G): the scalars across the project's manifests that name the resource under the caret
 * (or the resource whose document holds the caret), listed by file and line to pick one and open it.
 */
public class FindReferencesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ActiveManifest active = ActiveManifest.of(event);
        if (active == null) {
            return null;
        }
        List<Reference> references = references(active);
        var shell = HandlerUtil.getActiveShell(event);
        if (references.isEmpty()) {
            MessageDialog.openInformation(shell, "Find References", "No manifest refers to this resource.");
            return null;
        }
        ListDialog dialog = new ListDialog(shell);
        dialog.setContentProvider(ArrayContentProvider.getInstance());
        dialog.setLabelProvider(LabelProvider.createTextProvider(element -> ((Reference) element).label()));
        dialog.setTitle("References");
        dialog.setMessage("Manifests that refer to this resource:");
        dialog.setInput(references);
        if (dialog.open() == Window.OK && dialog.getResult().length > 0
                && dialog.getResult()[0] instanceof Reference reference
                && ManifestDocuments.file(reference.uri()) instanceof IFile target) {
            try {
                EditorFiles.open(active.editor().getSite().getPage(), target, reference.offset(), reference.length());
            } catch (PartInitException e) {
                throw new ExecutionException("Could not open " + target.getFullPath(), e);
            }
        }
        return null;
    }

    /** The references to the resource at the caret of {@code active}. */
    static List<Reference> references(ActiveManifest active) {
        ManifestDocuments documents = ManifestDocuments.get();
        documents.change(active.file(), active.document().get());
        return documents.project(active.file().getProject()).readAll(
                manifests -> ProjectReferences.references(manifests, ManifestDocuments.uri(active.file()),
                        active.caret()));
    }
}
