package io.pilothouse.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.TextRegion;

import io.pilothouse.ui.manifest.LanguageServices;
import io.pilothouse.ui.manifest.ManifestDocuments;
import io.pilothouse.ui.manifest.ManifestProject;

/**
 * Ctrl+click on a scalar that names another resource opens the manifest that defines it. Detection runs on the UI
 * thread, so it reads the last reconciled parse only, and only when it is current and the project is not busy.
 */
public class ManifestHyperlinkDetector extends AbstractHyperlinkDetector {

    static final long WAIT_MILLIS = 50;

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
        IFile file = EditorFiles.fileOf(viewer.getDocument());
        if (file == null) {
            return null;
        }
        String text = viewer.getDocument().get();
        int offset = region.getOffset();
        return ManifestDocuments.get().project(file.getProject())
                .tryRead(ManifestDocuments.uri(file), WAIT_MILLIS, resource -> {
                    if (!text.equals(ManifestProject.textOf(resource))) {
                        return null;
                    }
                    INode node = resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class)
                            .getCrossReferenceNode(resource, new TextRegion(offset, 0));
                    if (node == null) {
                        return null;
                    }
                    return LanguageServices.definition(resource, offset)
                            .map(place -> new IHyperlink[] {
                                    new ResourceHyperlink(new Region(node.getOffset(), node.getLength()), place)})
                            .orElse(null);
                }).orElse(null);
    }

    /** A link to the place a reference names. */
    static final class ResourceHyperlink implements IHyperlink {

        private final IRegion region;
        private final LanguageServices.Place place;

        ResourceHyperlink(IRegion region, LanguageServices.Place place) {
            this.region = region;
            this.place = place;
        }

        @Override
        public IRegion getHyperlinkRegion() {
            return region;
        }

        @Override
        public String getTypeLabel() {
            return "Open Kubernetes Resource";
        }

        @Override
        public String getHyperlinkText() {
            return "Open " + place.uri().lastSegment();
        }

        @Override
        public void open() {
            IFile target = ManifestDocuments.file(place.uri());
            if (target == null) {
                return;
            }
            try {
                EditorFiles.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), target,
                        place.offset(), place.length());
            } catch (PartInitException e) {
                ILog.get().error("Could not open " + target.getFullPath(), e);
            }
        }
    }
}
