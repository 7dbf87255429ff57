package io.pilothouse.ui.manifest;

import java.util.Arrays;
import java.util.stream.Stream;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** The nature of a project whose manifests the {@link ManifestBuilder} checks. */
public class ManifestNature implements IProjectNature {

    public static final String ID = "io.pilothouse.ui.manifestNature";

    private IProject project;

    /** Whether {@code project} is open and has the nature. */
    public static boolean hasNature(IProject project) {
        try {
            return project.isOpen() && project.hasNature(ID);
        } catch (CoreException e) {
            return false;
        }
    }

    /** Gives {@code project} the nature, and so the builder, unless it has it. */
    public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
        if (!project.isOpen() || hasNature(project)) {
            return;
        }
        IProjectDescription description = project.getDescription();
        description.setNatureIds(Stream.concat(Arrays.stream(description.getNatureIds()), Stream.of(ID))
                .toArray(String[]::new));
        project.setDescription(description, monitor);
    }

    @Override
    public void configure() throws CoreException {
        IProjectDescription description = project.getDescription();
        ICommand[] commands = description.getBuildSpec();
        if (Arrays.stream(commands).anyMatch(command -> ManifestBuilder.ID.equals(command.getBuilderName()))) {
            return;
        }
        ICommand builder = description.newCommand();
        builder.setBuilderName(ManifestBuilder.ID);
        description.setBuildSpec(Stream.concat(Arrays.stream(commands), Stream.of(builder)).toArray(ICommand[]::new));
        project.setDescription(description, null);
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription description = project.getDescription();
        description.setBuildSpec(Arrays.stream(description.getBuildSpec())
                .filter(command -> !ManifestBuilder.ID.equals(command.getBuilderName())).toArray(ICommand[]::new));
        project.setDescription(description, null);
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }
}
