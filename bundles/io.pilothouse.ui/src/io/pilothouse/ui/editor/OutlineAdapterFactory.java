package io.pilothouse.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import io.pilothouse.ui.manifest.ManifestDocuments;

/** Gives a text editor on a manifest its {@link ManifestOutlinePage}. */
public class OutlineAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType == IContentOutlinePage.class && adaptable instanceof ITextEditor editor
                && editor.getEditorInput().getAdapter(IFile.class) instanceof IFile file
                && ManifestDocuments.isManifest(file)) {
            return adapterType.cast(new ManifestOutlinePage(editor, file));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] {IContentOutlinePage.class};
    }
}
