package io.pilothouse.ui.editor;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import io.pilothouse.ui.manifest.LanguageServices;
import io.pilothouse.ui.manifest.ManifestDocuments;
import io.pilothouse.ui.manifest.TextEdits;

/**
 * The Outline of a manifest editor: the language's document symbols (each document as its kind and name, with its
 * main sections), refreshed after each reconcile. Selecting a symbol selects it in the editor; moving the caret in
 * the editor selects the innermost symbol around it.
 */
public final class ManifestOutlinePage extends ContentOutlinePage {

    private final ITextEditor editor;
    private final IFile file;
    private final Consumer<IFile> refresh = this::reconciled;
    private final ISelectionChangedListener caret = event -> {
        if (event.getSelection() instanceof ITextSelection selection) {
            select(selection.getOffset());
        }
    };
    private List<DocumentSymbol> symbols = List.of();
    private boolean linking;

    public ManifestOutlinePage(ITextEditor editor, IFile file) {
        this.editor = editor;
        this.file = file;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new SymbolTree());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                DocumentSymbol symbol = (DocumentSymbol) element;
                return symbol.getDetail() == null || symbol.getDetail().isBlank()
                        ? symbol.getName()
                        : symbol.getName() + " (" + symbol.getDetail() + ")";
            }
        });
        viewer.setInput(symbols);
        viewer.addSelectionChangedListener(event -> {
            if (!linking && event.getSelection() instanceof IStructuredSelection selection
                    && selection.getFirstElement() instanceof DocumentSymbol symbol) {
                reveal(symbol);
            }
        });
        editor.getSelectionProvider().addSelectionChangedListener(caret);
        ManifestDocuments.get().addListener(refresh);
        reconciled(file);
    }

    @Override
    public void dispose() {
        ManifestDocuments.get().removeListener(refresh);
        if (editor.getSelectionProvider() != null) {
            editor.getSelectionProvider().removeSelectionChangedListener(caret);
        }
        super.dispose();
    }

    /** The symbols shown. */
    public List<DocumentSymbol> symbols() {
        return symbols;
    }

    private void reconciled(IFile changed) {
        if (!file.equals(changed)) {
            return;
        }
        List<DocumentSymbol> computed = ManifestDocuments.get().project(file.getProject())
                .read(ManifestDocuments.uri(file), resource -> LanguageServices.symbols(resource, () -> false))
                .orElse(List.of());
        Display.getDefault().asyncExec(() -> {
            TreeViewer viewer = getTreeViewer();
            if (viewer != null && !viewer.getControl().isDisposed()) {
                symbols = computed;
                viewer.setInput(computed);
            }
        });
    }

    private void reveal(DocumentSymbol symbol) {
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        int start = TextEdits.offset(document, symbol.getSelectionRange().getStart());
        int end = TextEdits.offset(document, symbol.getSelectionRange().getEnd());
        linking = true;
        try {
            editor.selectAndReveal(start, end - start);
        } finally {
            linking = false;
        }
    }

    private void select(int offset) {
        TreeViewer viewer = getTreeViewer();
        if (linking || viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        DocumentSymbol innermost = innermost(symbols, document, offset);
        linking = true;
        try {
            viewer.setSelection(innermost == null ? StructuredSelection.EMPTY : new StructuredSelection(innermost),
                    true);
        } finally {
            linking = false;
        }
    }

    private static DocumentSymbol innermost(List<DocumentSymbol> symbols, IDocument document, int offset) {
        for (DocumentSymbol symbol : symbols) {
            int start = TextEdits.offset(document, symbol.getRange().getStart());
            int end = TextEdits.offset(document, symbol.getRange().getEnd());
            if (start <= offset && offset <= end) {
                DocumentSymbol child = symbol.getChildren() == null
                        ? null
                        : innermost(symbol.getChildren(), document, offset);
                return child != null ? child : symbol;
            }
        }
        return null;
    }

    private static final class SymbolTree implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            List<DocumentSymbol> children = ((DocumentSymbol) parent).getChildren();
            return children == null ? new Object[0] : children.toArray();
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
            return children != null && !children.isEmpty();
        }
    }
}
