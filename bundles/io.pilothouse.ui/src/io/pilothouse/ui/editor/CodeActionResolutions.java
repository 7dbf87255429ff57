package io.pilothouse.ui.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import io.pilothouse.ui.manifest.LanguageServices;
import io.pilothouse.ui.manifest.ManifestDocuments;
import io.pilothouse.ui.manifest.ManifestProject;
import io.pilothouse.ui.manifest.ProblemMarkers;

/**
 * Quick fixes (Ctrl+1 in the editor, Quick Fix in the Problems view) for manifest problems: the language's code
 * actions for the marker's diagnostic, computed on the parse the builder or the reconciler already holds.
 */
public class CodeActionResolutions implements IMarkerResolutionGenerator2 {

    static final long WAIT_MILLIS = 500;

    @Override
    public boolean hasResolutions(IMarker marker) {
        return marker.getAttribute(ProblemMarkers.CODE, null) != null;
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        return codeActions(marker).stream().map(action -> new CodeActionResolution(action))
                .toArray(IMarkerResolution[]::new);
    }

    /** The code actions for the problem {@code marker} reports. */
    public static List<CodeAction> codeActions(IMarker marker) {
        if (!(marker.getResource() instanceof IFile file)) {
            return List.of();
        }
        try {
            var attributes = marker.getAttributes();
            ManifestProject project = ManifestDocuments.get().project(file.getProject());
            return project.tryRead(ManifestDocuments.uri(file), WAIT_MILLIS,
                    resource -> LanguageServices.codeActions(resource,
                            ProblemMarkers.diagnostic(attributes, LanguageServices.document(resource)), () -> false))
                    .orElse(List.of());
        } catch (CoreException e) {
            ILog.get().error("Could not read the marker on " + file.getFullPath(), e);
            return List.of();
        }
    }

    /** Applies one code action's edit. */
    static final class CodeActionResolution implements IMarkerResolution2 {

        private final CodeAction action;

        CodeActionResolution(CodeAction action) {
            this.action = action;
        }

        @Override
        public String getLabel() {
            return action.getTitle();
        }

        @Override
        public String getDescription() {
            return action.getTitle();
        }

        @Override
        public org.eclipse.swt.graphics.Image getImage() {
            return null;
        }

        @Override
        public void run(IMarker marker) {
            if (action.getEdit() == null) {
                return;
            }
            try {
                WorkspaceEdits.apply(action.getEdit());
            } catch (CoreException e) {
                ILog.get().error("Could not apply the fix \"" + action.getTitle() + "\"", e);
            }
        }
    }
}
