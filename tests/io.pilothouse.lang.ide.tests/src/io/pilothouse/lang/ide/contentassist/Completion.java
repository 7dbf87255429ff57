package io.pilothouse.lang.ide.contentassist;

import io.pilothouse.lang.ide.IdeProject;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/** Asks for completion as the language server does, at the {@code |} of a text. */
final class Completion {

    private Completion() {}

    /** @return the completion items at the {@code |} of {@code marked}, added to {@code project} as {@code name} */
    static List<CompletionItem> at(IdeProject project, String name, String marked) {
        int offset = marked.indexOf('|');
        String text = marked.substring(0, offset) + marked.substring(offset + 1);
        XtextResource resource = project.add(name, text);
        Document document = new Document(1, text);
        CompletionParams params = new CompletionParams(new TextDocumentIdentifier(resource.getURI().toString()),
                document.getPosition(offset));
        return IdeProject.injector().getInstance(ContentAssistService.class)
                .createCompletionList(document, resource, params, CancelIndicator.NullImpl).getItems();
    }

    /** @return the labels of the completion items */
    static List<String> labels(IdeProject project, String marked) {
        return at(project, "edited.yaml", marked).stream().map(CompletionItem::getLabel).toList();
    }
}
