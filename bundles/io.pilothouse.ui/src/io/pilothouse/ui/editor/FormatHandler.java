package io.pilothouse.ui.editor;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.lsp4j.TextEdit;

import io.pilothouse.ui.manifest.LanguageServices;
import io.pilothouse.ui.manifest.ManifestDocuments;
import io.pilothouse.ui.manifest.TextEdits;

/** Format (Ctrl+Shift+F): the language's formatting of the whole manifest, applied as one undoable edit. */
public class FormatHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ActiveManifest active = ActiveManifest.of(event);
        if (active != null) {
            format(active);
        }
        return null;
    }

    static void format(ActiveManifest active) throws ExecutionException {
        ManifestDocuments documents = ManifestDocuments.get();
        String text = active.document().get();
        documents.change(active.file(), text);
        List<? extends TextEdit> edits = documents.project(active.file().getProject())
                .read(ManifestDocuments.uri(active.file()), resource -> LanguageServices.format(resource, () -> false))
                .orElse(List.of());
        if (edits.isEmpty() || !text.equals(active.document().get())) {
            return;
        }
        try {
            TextEdits.apply(active.document(), edits);
        } catch (BadLocationException e) {
            throw new ExecutionException("The formatting no longer fits the manifest", e);
        }
    }
}
