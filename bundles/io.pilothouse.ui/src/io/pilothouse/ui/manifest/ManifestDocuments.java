package io.pilothouse.ui.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/**
 * The manifests of the workspace as the language sees them: one {@link ManifestProject} per project, holding every
 * manifest of the project, with the live text of the files open in an editor and the saved text of the others.
 * Editors report their text through {@link #change}; the builder reloads closed files through {@link #sync}.
 * Listeners hear about each file whose text was reparsed by an editor.
 */
public final class ManifestDocuments {

    /** The manifest content type. */
    public static final String CONTENT_TYPE = "io.pilothouse.ui.manifest";

    private static final ManifestDocuments INSTANCE = new ManifestDocuments();

    private final Map<IProject, ManifestProject> projects = new ConcurrentHashMap<>();
    private final Map<IFile, Integer> open = new ConcurrentHashMap<>();
    private final List<Consumer<IFile>> listeners = new CopyOnWriteArrayList<>();

    private ManifestDocuments() {}

    public static ManifestDocuments get() {
        return INSTANCE;
    }

    public static URI uri(IFile file) {
        return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
    }

    /** The workspace file of a {@code platform:/resource} URI, or {@code null}. */
    public static IFile file(URI uri) {
        if (!uri.isPlatformResource()) {
            return null;
        }
        return ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(uri.toPlatformString(true)));
    }

    /** Whether {@code file} is a manifest: a {@code .yaml}/{@code .yml} file of the manifest content type. */
    public static boolean isManifest(IFile file) {
        String extension = file.getFileExtension();
        if (!file.isAccessible() || !("yaml".equals(extension) || "yml".equals(extension))) {
            return false;
        }
        try {
            IContentDescription description = file.getContentDescription();
            return description != null && description.getContentType().getId().equals(CONTENT_TYPE);
        } catch (CoreException e) {
            return false;
        }
    }

    /** The project's manifests, every one loaded from disk on first use. */
    public ManifestProject project(IProject project) {
        return projects.computeIfAbsent(project, p -> {
            ManifestProject manifests = ManifestProject.create();
            for (IFile file : manifests(p)) {
                manifests.put(uri(file), saved(file));
            }
            return manifests;
        });
    }

    /** An editor opened {@code file}; its text now comes from the editor. */
    public void open(IFile file, String text) {
        open.merge(file, 1, Integer::sum);
        change(file, text);
    }

    /** The text of the open {@code file} changed: reparses it and tells the listeners. */
    public void change(IFile file, String text) {
        project(file.getProject()).put(uri(file), text);
        listeners.forEach(listener -> listener.accept(file));
    }

    /**
     * An editor of {@code file} closed. When it was the last, the saved text replaces the editor's, and the file is
     * validated again, in a job: unsaved changes must not leave their markers behind.
     */
    public void close(IFile file) {
        if (open.computeIfPresent(file, (f, count) -> count == 1 ? null : count - 1) != null) {
            return;
        }
        Job.create("Checking " + file.getName(), monitor -> {
            ManifestProject manifests = project(file.getProject());
            if (file.exists()) {
                manifests.put(uri(file), saved(file));
                ProblemMarkers.replace(file, manifests.validate(uri(file), monitor::isCanceled));
            }
        }).schedule();
    }

    public boolean isOpen(IFile file) {
        return open.containsKey(file);
    }

    /** The issues of {@code file} against the current text of every manifest of its project. */
    public List<Issue> validate(IFile file, CancelIndicator cancel) {
        return project(file.getProject()).validate(uri(file), cancel);
    }

    /**
     * Brings the project's closed manifests up to date with the files: loads new and changed ones, forgets the
     * deleted.
     *
     * @return the manifests of the project
     */
    public List<IFile> sync(IProject project) {
        ManifestProject manifests = project(project);
        List<IFile> files = manifests(project);
        Set<URI> present = new HashSet<>();
        for (IFile file : files) {
            present.add(uri(file));
            if (!isOpen(file)) {
                manifests.put(uri(file), saved(file));
            }
        }
        manifests.uris().stream().filter(uri -> !present.contains(uri)).forEach(manifests::remove);
        return files;
    }

    /** Forgets everything about {@code project}, closed or deleted. */
    public void forget(IProject project) {
        projects.remove(project);
    }

    public void addListener(Consumer<IFile> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<IFile> listener) {
        listeners.remove(listener);
    }

    private static List<IFile> manifests(IProject project) {
        List<IFile> files = new ArrayList<>();
        try {
            collect(project, files);
        } catch (CoreException e) {
            ILog.get().error("Could not list the manifests of " + project.getName(), e);
        }
        return files;
    }

    private static void collect(IContainer container, List<IFile> files) throws CoreException {
        if (!container.isAccessible()) {
            return;
        }
        for (IResource member : container.members()) {
            if (member instanceof IFile file && isManifest(file)) {
                files.add(file);
            } else if (member instanceof IContainer folder && !member.isDerived() && !member.isTeamPrivateMember()) {
                collect(folder, files);
            }
        }
    }

    private static String saved(IFile file) {
        try (InputStream contents = file.getContents(true)) {
            return new String(contents.readAllBytes(), Charset.forName(file.getCharset()));
        } catch (CoreException | IOException e) {
            ILog.get().warn("Could not read " + file.getFullPath() + ": " + e.getMessage());
            return "";
        }
    }
}
