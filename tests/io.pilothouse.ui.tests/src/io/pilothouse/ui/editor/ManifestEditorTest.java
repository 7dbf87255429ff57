package io.pilothouse.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pilothouse.lang.ide.highlighting.HighlightStyle;
import io.pilothouse.ui.WorkspaceSeeder;
import io.pilothouse.ui.manifest.FileChange;
import io.pilothouse.ui.manifest.ManifestDocuments;
import io.pilothouse.ui.manifest.ManifestLanguage;
import io.pilothouse.ui.manifest.ManifestNature;
import io.pilothouse.ui.manifest.ProblemMarkers;
import io.pilothouse.ui.manifest.ProjectReferences.ResourceName;
import io.pilothouse.ui.manifest.TextEdits;

/**
 * The Kubernetes Manifest Editor on the shop example: markers from the builder and while typing, completion, a quick
 * fix, a hyperlink to another file, the outline, rename, semantic colors and folding. The shop project lives in the
 * repository's examples folder, so no test saves an editor: every change is reverted before the editor closes.
 */
class ManifestEditorTest {

    private static final Path SHOP = Path.of(System.getProperty("pilothouse.repo", "../.."), "examples", "shop");
    private static final long TIMEOUT_MILLIS = 30_000;

    private IProject project;
    private IWorkbenchPage page;

    @BeforeEach
    void importShop() throws CoreException {
        project = WorkspaceSeeder.importProject(SHOP, new NullProgressMonitor());
        assertNotNull(project, "examples/shop is a project");
        project.build(IncrementalProjectBuilder.FULL_BUILD, new NullProgressMonitor());
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void closeEditors() {
        for (var reference : page.getEditorReferences()) {
            if (reference.getEditor(false) instanceof ITextEditor editor) {
                editor.doRevertToSaved();
            }
        }
        page.closeAllEditors(false);
    }

    @Test
    void theBuilderMarksEveryManifestWithItsIssues() throws CoreException {
        assertTrue(project.hasNature(ManifestNature.ID), "the seeder gives the project the manifest nature");
        for (String name : List.of("api.yaml", "ingress.yaml", "redis.yaml", "config.yaml")) {
            IFile file = project.getFile(name);
            List<Issue> issues = ManifestDocuments.get().validate(file, () -> false);
            List<String> expected = issues.stream().map(issue -> issue.getLineNumber() + ": " + issue.getMessage())
                    .sorted().toList();
            assertEquals(expected, markers(file), name);
        }
    }

    @Test
    void typingABrokenReferenceMarksItAndClosingWithoutSavingClearsIt() throws Exception {
        IFile file = project.getFile("config.yaml");
        ITextEditor editor = open(file);
        IDocument document = document(editor);
        int namespace = document.get().indexOf("namespace: shop") + "namespace: ".length();

        document.replace(namespace, "shop".length(), "nowhere");

        waitUntil(() -> markers(file).stream().anyMatch(marker -> marker.contains("\"nowhere\"")),
                "a marker for the unknown namespace appears while typing");
        editor.doRevertToSaved();
        page.closeEditor(editor, false);
        waitUntil(() -> markers(file).stream().noneMatch(marker -> marker.contains("\"nowhere\"")),
                "the unsaved change leaves no marker behind");
    }

    @Test
    void completionProposesTheNamespacesOfTheProject() throws Exception {
        assumeTrue(ManifestLanguage.injector().getInstance(IdeContentProposalProvider.class)
                .getClass() != IdeContentProposalProvider.class,
                "the manifest language binds no content proposal provider yet");
        ITextEditor editor = open(project.getFile("config.yaml"));
        IDocument document = document(editor);
        int offset = document.get().indexOf("namespace: shop") + "namespace: ".length();
        document.replace(offset, "shop".length(), "");

        List<ManifestProposal> proposals = new ManifestContentAssistProcessor().proposals(document, offset);

        ManifestProposal shop = proposals.stream().filter(proposal -> "shop".equals(proposal.entry().getProposal()))
                .findFirst().orElseThrow(() -> new AssertionError("no proposal of shop in " + proposals));
        shop.apply(document);
        assertEquals(offset + "shop".length(), shop.getSelection(document).x);
        assertTrue(document.get().contains("namespace: shop\n"), document::get);
    }

    @Test
    void aQuickFixAppliesTheLanguagesCodeAction() throws Exception {
        assumeTrue(codeActionsBound(), "the manifest language binds no code action service yet");
        IMarker fixable = null;
        List<CodeAction> actions = List.of();
        for (IMarker marker : project.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE)) {
            actions = CodeActionResolutions.codeActions(marker);
            if (!actions.isEmpty() && actions.get(0).getEdit() != null
                    && actions.get(0).getEdit().getChanges() != null) {
                fixable = marker;
                break;
            }
        }
        assumeTrue(fixable != null, "no problem of the shop example has a fix");
        IFile file = (IFile) fixable.getResource();
        ITextEditor editor = open(file);
        IDocument document = document(editor);
        org.eclipse.jface.text.Document expected = new org.eclipse.jface.text.Document(document.get());
        TextEdits.apply(expected, actions.get(0).getEdit().getChanges().get(ManifestDocuments.uri(file).toString()));

        var resolutions = IDE.getMarkerHelpRegistry().getResolutions(fixable);
        assertTrue(resolutions.length > 0, "the marker offers its fixes");
        assertEquals(actions.get(0).getTitle(), resolutions[0].getLabel());
        resolutions[0].run(fixable);

        assertEquals(expected.get(), document.get());
        assertTrue(editor.isDirty(), "the fix is an unsaved change in the open editor");
    }

    @Test
    void ctrlClickOnAReferenceOpensTheManifestThatDefinesIt() throws Exception {
        IFile file = project.getFile("api.yaml");
        ITextEditor editor = open(file);
        IDocument document = document(editor);
        int offset = document.get().indexOf("namespace: shop") + "namespace: ".length() + 1;
        ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
        ManifestHyperlinkDetector detector = new ManifestHyperlinkDetector();
        IHyperlink[][] links = new IHyperlink[1][];

        waitUntil(() -> (links[0] = detector.detectHyperlinks(viewer, new Region(offset, 0), false)) != null,
                "the namespace is a link once the editor's text is parsed");
        links[0][0].open();

        assertEquals(new FileEditorInput(project.getFile("namespace.yaml")), page.getActiveEditor().getEditorInput());
    }

    @Test
    void theOutlineShowsTheSymbolsOfTheManifest() throws Exception {
        ITextEditor editor = open(project.getFile("redis.yaml"));
        assertInstanceOf(ManifestOutlinePage.class, editor.getAdapter(IContentOutlinePage.class));

        ContentOutline view = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
        page.activate(editor);

        ManifestOutlinePage outline = assertInstanceOf(ManifestOutlinePage.class, view.getCurrentPage());
        waitUntil(() -> !outline.symbols().isEmpty(), "the outline shows the manifest's symbols");
    }

    @Test
    void renamingAResourceChangesItsNameAndItsReferencesInTheOpenEditorsUndoably() throws Exception {
        IFile config = project.getFile("config.yaml");
        IFile api = project.getFile("api.yaml");
        ITextEditor configEditor = open(config);
        ITextEditor apiEditor = open(api);
        IDocument configDocument = document(configEditor);
        IDocument apiDocument = document(apiEditor);
        String configText = configDocument.get();
        String apiText = apiDocument.get();
        int name = configText.indexOf("name: shop-config") + "name: shop".length();

        assertEquals(Optional.of(new ResourceName("ConfigMap", "shop-config")),
                RenameHandler.resourceAt(config, configText, name));
        List<FileChange> changes = RenameHandler.changes(config, configText, name, "shop-settings");
        assertEquals(Set.of(ManifestDocuments.uri(api), ManifestDocuments.uri(config)),
                changes.stream().map(FileChange::uri).collect(Collectors.toSet()),
                "the rename changes the two open manifests only, and so saves no file");
        WorkspaceEdits.apply(changes);

        assertEquals(configText.replace("name: shop-config", "name: shop-settings"), configDocument.get());
        assertEquals(apiText.replace("name: shop-config", "name: shop-settings"), apiDocument.get());
        assertTrue(configEditor.isDirty() && apiEditor.isDirty(), "the rename is an unsaved change in both editors");
        assertEquals(configText, saved(config));
        apiEditor.getAdapter(ITextOperationTarget.class).doOperation(ITextOperationTarget.UNDO);
        assertEquals(apiText, apiDocument.get(), "one undo takes the rename back");
    }

    @Test
    void aRenameComputedOnAnOlderTextChangesNothing() throws Exception {
        IFile config = project.getFile("config.yaml");
        ITextEditor editor = open(config);
        IDocument document = document(editor);
        String text = document.get();
        List<FileChange> changes = RenameHandler.changes(config, text,
                text.indexOf("name: shop-secrets") + "name: ".length(), "shop-credentials");
        document.replace(0, 0, "# edited\n");

        assertThrows(CoreException.class, () -> WorkspaceEdits.apply(changes));

        assertEquals("# edited\n" + text, document.get());
    }

    @Test
    void semanticColorsShowKeysAndReferences() throws Exception {
        ITextEditor editor = open(project.getFile("api.yaml"));
        String text = document(editor).get();
        ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
        StyleRange key = HighlightStyles.of(HighlightStyle.KEY);

        waitUntil(() -> style(viewer, text.indexOf("apiVersion")) instanceof StyleRange style
                && style.fontStyle == key.fontStyle && key.foreground.getRGB().equals(style.foreground.getRGB()),
                "apiVersion shows as a key");
        waitUntil(() -> style(viewer, text.indexOf("shop-config")) instanceof StyleRange style && style.underline,
                "the name of the ConfigMap in envFrom shows as a reference");
    }

    @Test
    void theLanguageFoldsTheManifestInPlaceOfIndentation() throws Exception {
        ITextEditor editor = open(project.getFile("config.yaml"));
        IDocument document = document(editor);
        ProjectionViewer viewer = (ProjectionViewer) editor.getAdapter(ITextOperationTarget.class);
        int metadata = document.getLineOffset(document.getLineOfOffset(document.get().indexOf("metadata:")));
        Position fold = new Position(metadata, document.get().indexOf("data:\n  LOG_LEVEL") - metadata);

        waitUntil(() -> folds(viewer).contains(fold), "metadata folds");

        ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
        for (Iterator<Annotation> annotations = model.getAnnotationIterator(); annotations.hasNext();) {
            assertEquals(ProjectionAnnotation.class, annotations.next().getClass(), "a fold of the language");
        }
    }

    private static StyleRange style(ITextViewer viewer, int offset) {
        return viewer.getTextWidget()
                .getStyleRangeAtOffset(((ITextViewerExtension5) viewer).modelOffset2WidgetOffset(offset));
    }

    private static List<Position> folds(ProjectionViewer viewer) {
        ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
        List<Position> folds = new ArrayList<>();
        if (model != null) {
            model.getAnnotationIterator().forEachRemaining(annotation -> folds.add(model.getPosition(annotation)));
        }
        return folds;
    }

    private static String saved(IFile file) throws Exception {
        try (InputStream contents = file.getContents(true)) {
            return new String(contents.readAllBytes(), file.getCharset());
        }
    }

    private ITextEditor open(IFile file) throws CoreException {
        return assertInstanceOf(ITextEditor.class, IDE.openEditor(page, file));
    }

    private static IDocument document(ITextEditor editor) {
        return editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    private static List<String> markers(IFile file) {
        try {
            return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
                    .map(marker -> marker.getAttribute(IMarker.LINE_NUMBER, -1) + ": "
                            + marker.getAttribute(IMarker.MESSAGE, ""))
                    .sorted().toList();
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean codeActionsBound() {
        try {
            ManifestLanguage.injector().getInstance(ICodeActionService2.class);
            return true;
        } catch (com.google.inject.ConfigurationException e) {
            return false;
        }
    }

    /** Runs the event loop until {@code condition} holds; the reconciler and jobs report through it. */
    private static void waitUntil(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out: " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> {});
                display.sleep();
            }
        }
    }
}
