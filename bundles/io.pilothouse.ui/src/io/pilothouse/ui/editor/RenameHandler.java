package io.pilothouse.ui.editor;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import io.pilothouse.ui.manifest.FileChange;
import io.pilothouse.ui.manifest.ManifestDocuments;
import io.pilothouse.ui.manifest.ProjectReferences;
import io.pilothouse.ui.manifest.ProjectReferences.ResourceName;

/**
 * Rename Resource (Alt+Shift+R) on a resource's {@code metadata.name} or on a reference to a resource: asks for the
 * new name, then changes the name and every reference to it across the project's manifests, as one undoable change
 * per open editor; manifests no editor shows are saved. The language works off the UI thread.
 */
public class RenameHandler extends AbstractHandler {

    private static final String TITLE = "Rename Resource";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ActiveManifest active = ActiveManifest.of(event);
        if (active != null) {
            try {
                rename(active, HandlerUtil.getActiveShell(event));
            } catch (OperationCanceledException e) {
                return null;
            }
        }
        return null;
    }

    private static void rename(ActiveManifest active, Shell shell) throws ExecutionException {
        String text = active.document().get();
        Optional<ResourceName> resource = inBackground(() -> resourceAt(active.file(), text, active.caret()));
        if (resource.isEmpty()) {
            MessageDialog.openInformation(shell, TITLE,
                    "Put the cursor on the name of a resource or on a reference to one.");
            return;
        }
        String name = resource.get().name();
        InputDialog dialog = new InputDialog(shell, TITLE, "New name for " + resource.get().kind() + " " + name + ":",
                name, validator(name));
        if (dialog.open() != Window.OK) {
            return;
        }
        List<FileChange> changes = inBackground(() -> changes(active.file(), text, active.caret(), dialog.getValue()));
        try {
            WorkspaceEdits.apply(changes);
        } catch (CoreException e) {
            ErrorDialog.openError(shell, TITLE, "Could not rename " + name, e.getStatus());
        }
    }

    /** The resource at {@code offset} of {@code file}, whose editor shows {@code text}: its name, or a reference. */
    public static Optional<ResourceName> resourceAt(IFile file, String text, int offset) {
        ManifestDocuments documents = ManifestDocuments.get();
        documents.change(file, text);
        return documents.project(file.getProject())
                .read(ManifestDocuments.uri(file), resource -> ProjectReferences.resourceAt(resource, offset))
                .flatMap(found -> found);
    }

    /**
     * The changes that rename the resource at {@code offset} of {@code file}, whose editor shows {@code text}, to
     * {@code newName}; none when the offset is on no resource name or reference.
     */
    public static List<FileChange> changes(IFile file, String text, int offset, String newName) {
        ManifestDocuments documents = ManifestDocuments.get();
        documents.change(file, text);
        return documents.project(file.getProject()).readAll(
                manifests -> ProjectReferences.rename(manifests, ManifestDocuments.uri(file), offset, newName));
    }

    /** Accepts a name that is not blank, and enables OK only once it differs from the current one. */
    private static IInputValidator validator(String current) {
        return name -> {
            if (name.isBlank()) {
                return "The name must not be empty.";
            }
            return name.equals(current) ? "" : null;
        };
    }

    /**
     * Runs {@code work} off the UI thread with a busy cursor.
     *
     * @throws OperationCanceledException when the user cancels it
     */
    private static <T> T inBackground(Supplier<T> work) throws ExecutionException {
        AtomicReference<T> result = new AtomicReference<>();
        try {
            PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> result.set(work.get()));
        } catch (InvocationTargetException e) {
            throw new ExecutionException(TITLE + " failed", e.getCause());
        } catch (InterruptedException e) {
            throw new OperationCanceledException();
        }
        return result.get();
    }
}
