package io.pilothouse.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;

import io.pilothouse.ui.manifest.ManifestNature;

/**
 * Imports the project folders named by the system property {@value #PROPERTY} into the workspace at start-up. The
 * {@code pilothouse ide} launcher uses it to open a workspace seeded with the example projects. A folder is imported
 * when it holds a {@code .project} file and no project of that name is in the workspace yet; nothing is copied. Each
 * imported project gets the manifest nature, so the manifest builder checks its manifests.
 */
public class WorkspaceSeeder implements IStartup {

    /** Folders to import, separated by the platform's path separator. */
    public static final String PROPERTY = "pilothouse.seed";

    @Override
    public void earlyStartup() {
        String folders = System.getProperty(PROPERTY, "");
        if (folders.isBlank()) {
            return;
        }
        Job job = Job.create("Importing Pilothouse projects", monitor -> {
            for (String folder : folders.split(File.pathSeparator)) {
                importProject(Path.of(folder.strip()), monitor);
            }
            return Status.OK_STATUS;
        });
        job.setRule(ResourcesPlugin.getWorkspace().getRoot());
        job.schedule();
    }

    /**
     * Imports the project whose description is in {@code folder}, unless the workspace has a project of that name.
     *
     * @return the project, or {@code null} when the folder holds no project description
     */
    public static IProject importProject(Path folder, IProgressMonitor monitor) {
        Path descriptionFile = folder.resolve(IProjectDescription.DESCRIPTION_FILE_NAME);
        if (!Files.isRegularFile(descriptionFile)) {
            ILog.get().warn("Not a project folder, nothing imported: " + folder);
            return null;
        }
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        try {
            IProjectDescription description = workspace
                    .loadProjectDescription(IPath.fromPath(descriptionFile));
            IProject project = workspace.getRoot().getProject(description.getName());
            if (!project.exists()) {
                if (!workspace.getRoot().getLocation().toPath().equals(folder.toAbsolutePath().getParent())) {
                    description.setLocation(IPath.fromPath(folder.toAbsolutePath()));
                }
                project.create(description, monitor);
            }
            project.open(monitor);
            ManifestNature.addTo(project, monitor);
            return project;
        } catch (CoreException e) {
            ILog.get().error("Could not import the project in " + folder, e);
            return null;
        }
    }
}
