package io.pilothouse.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;

import io.pilothouse.ui.manifest.LanguageServices;
import io.pilothouse.ui.manifest.ManifestDocuments;

/**
 * The language's hover (field type, required, default, enum values, documentation link; a reference's target) as
 * text. Hovers are computed off the UI thread; the last reconciled parse of the document is used.
 */
public class ManifestHover implements ITextHover, ITextHoverExtension2 {

    @Override
    @Deprecated
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        return getHoverInfo2(viewer, region);
    }

    @Override
    public String getHoverInfo2(ITextViewer viewer, IRegion region) {
        IFile file = EditorFiles.fileOf(viewer.getDocument());
        if (file == null) {
            return null;
        }
        return ManifestDocuments.get().project(file.getProject())
                .read(ManifestDocuments.uri(file),
                        resource -> LanguageServices.hover(resource, region.getOffset(), () -> false).orElse(null))
                .orElse(null);
    }

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        return new Region(offset, 0);
    }
}
