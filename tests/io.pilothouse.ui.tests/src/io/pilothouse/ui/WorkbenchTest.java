package io.pilothouse.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.Test;

/** Starts the workbench, imports the shop example, opens the Pilothouse perspective and a manifest in an editor. */
class WorkbenchTest {

    private static final Path SHOP = Path.of(System.getProperty("pilothouse.repo", "../.."), "examples", "shop");

    @Test
    void opensThePerspectiveAndAnExampleManifest() throws Exception {
        assertTrue(PlatformUI.isWorkbenchRunning());
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = PlatformUI.getWorkbench()
                .showPerspective(PilothousePerspective.ID, window);
        assertEquals(PilothousePerspective.ID, page.getPerspective().getId());
        assertNotNull(page.findView("org.eclipse.ui.navigator.ProjectExplorer"), "the Project Explorer is shown");

        IProject project = WorkspaceSeeder.importProject(SHOP, new NullProgressMonitor());
        assertNotNull(project, "examples/shop is a project");
        IFile manifest = project.getFile("frontend.yaml");
        assertTrue(manifest.exists(), "examples/shop/frontend.yaml is in the project");

        IContentType manifestType = Platform.getContentTypeManager().getContentType("io.pilothouse.ui.manifest");
        assertEquals(manifestType, manifest.getContentDescription().getContentType());

        IEditorPart editor = IDE.openEditor(page, manifest);
        assertEquals(new FileEditorInput(manifest), editor.getEditorInput());
        assertEquals("frontend.yaml", editor.getTitle());
        assertTrue(page.getActivePart() == editor, "the manifest editor is active");
    }
}
