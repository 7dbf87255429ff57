package io.pilothouse.ui.manifest;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;

import com.google.inject.ConfigurationException;

/**
 * The language's IDE services, called the way its language server calls them, against a resource parsed from the
 * editor's text. Call these inside {@link ManifestProject#read}. A service the language does not bind gives nothing.
 */
public final class LanguageServices {

    /** A place in a manifest: the target of a reference. */
    public record Place(URI uri, int offset, int length) {}

    private static final int INDENTATION = 2;

    private LanguageServices() {}

    public static Document document(XtextResource resource) {
        return new Document(1, ManifestProject.textOf(resource));
    }

    /** The hover text at {@code offset}, in Markdown, or empty. */
    public static Optional<String> hover(XtextResource resource, int offset, CancelIndicator cancel) {
        Document document = document(resource);
        HoverParams params = new HoverParams(identifier(resource), document.getPosition(clamp(document, offset)));
        Hover hover = resource.getResourceServiceProvider().get(IHoverService.class)
                .hover(document, resource, params, cancel);
        if (hover == null || hover.getContents() == null || !hover.getContents().isRight()) {
            return Optional.empty();
        }
        String value = hover.getContents().getRight().getValue();
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** The document symbols of the resource, for the outline. */
    public static List<DocumentSymbol> symbols(XtextResource resource, CancelIndicator cancel) {
        return resource.getResourceServiceProvider().get(HierarchicalDocumentSymbolService.class)
                .getSymbols(document(resource), resource, new DocumentSymbolParams(identifier(resource)), cancel);
    }

    /** The code actions the language offers for {@code diagnostic}, or empty when it binds no code action service. */
    public static List<CodeAction> codeActions(XtextResource resource, Diagnostic diagnostic, CancelIndicator cancel) {
        ICodeActionService2 service;
        try {
            service = resource.getResourceServiceProvider().get(ICodeActionService2.class);
        } catch (ConfigurationException e) {
            return List.of();
        }
        ICodeActionService2.Options options = new ICodeActionService2.Options();
        options.setDocument(document(resource));
        options.setResource(resource);
        options.setURI(resource.getURI().toString());
        options.setCancelIndicator(cancel);
        options.setCodeActionParams(new CodeActionParams(identifier(resource), diagnostic.getRange(),
                new CodeActionContext(List.of(diagnostic))));
        return service.getCodeActions(options).stream().filter(action -> action.isRight())
                .map(action -> action.getRight()).toList();
    }

    /** The edits that format the whole resource with 2-space indentation, or none when it binds no formatter. */
    public static List<? extends TextEdit> format(XtextResource resource, CancelIndicator cancel) {
        DocumentFormattingParams params = new DocumentFormattingParams(identifier(resource),
                new FormattingOptions(INDENTATION, true));
        try {
            return resource.getResourceServiceProvider().get(FormattingService.class)
                    .format(document(resource), resource, params, cancel);
        } catch (ConfigurationException e) {
            return List.of();
        }
    }

    /** Where the reference at {@code offset} leads: the significant region of the resource it names. */
    public static Optional<Place> definition(XtextResource resource, int offset) {
        EObject target = resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class)
                .resolveCrossReferencedElementAt(resource, offset);
        if (target == null || target.eIsProxy() || target.eResource() == null) {
            return Optional.empty();
        }
        ITextRegion region = resource.getResourceServiceProvider().get(ILocationInFileProvider.class)
                .getSignificantTextRegion(target);
        return Optional.of(new Place(EcoreUtil.getURI(target).trimFragment(), region.getOffset(), region.getLength()));
    }

    private static TextDocumentIdentifier identifier(XtextResource resource) {
        return new TextDocumentIdentifier(resource.getURI().toString());
    }

    private static int clamp(Document document, int offset) {
        return Math.clamp(offset, 0, document.getContents().length());
    }
}
