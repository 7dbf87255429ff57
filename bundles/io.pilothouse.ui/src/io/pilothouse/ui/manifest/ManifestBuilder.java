package io.pilothouse.ui.manifest;

import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Checks the manifests of a project and keeps their problem markers, for closed files too. A build after a change to
 * any manifest checks them all, since a change in one file can break or mend a reference in another; a build whose
 * changes touch no manifest does nothing.
 */
public class ManifestBuilder extends IncrementalProjectBuilder {

    public static final String ID = "io.pilothouse.ui.manifestBuilder";

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
        if (delta != null && !touchesManifests(delta)) {
            return null;
        }
        ManifestDocuments documents = ManifestDocuments.get();
        List<IFile> files = documents.sync(getProject());
        SubMonitor progress = SubMonitor.convert(monitor, "Checking manifests", files.size());
        for (IFile file : files) {
            progress.subTask(file.getName());
            ProblemMarkers.replace(file, documents.validate(file, progress::isCanceled));
            progress.worked(1);
        }
        return null;
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        getProject().deleteMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE);
        ManifestDocuments.get().forget(getProject());
    }

    /** Whether the delta adds, removes or changes the content of a YAML file. */
    static boolean touchesManifests(IResourceDelta delta) throws CoreException {
        boolean[] touched = {false};
        delta.accept(child -> {
            if (child.getResource() instanceof IFile file && isYaml(file)
                    && (child.getKind() != IResourceDelta.CHANGED
                            || (child.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
                touched[0] = true;
            }
            return !touched[0];
        });
        return touched[0];
    }

    private static boolean isYaml(IFile file) {
        return "yaml".equals(file.getFileExtension()) || "yml".equals(file.getFileExtension());
    }
}
