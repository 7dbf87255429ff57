package io.pilothouse.lang.ide.hover;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/** The language server's hover: {@link ManifestHover}'s Markdown over the key or value under the cursor. */
@Singleton
public class ManifestHoverService extends HoverService {

    @Inject
    private ManifestHover manifestHover;

    @Override
    public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancel) {
        int offset = document.getOffSet(params.getPosition());
        return manifestHover.hover(resource, offset).map(result -> new Hover(
                new MarkupContent(MarkupKind.MARKDOWN, result.markdown()),
                new Range(document.getPosition(result.offset()),
                        document.getPosition(result.offset() + result.length()))))
                .orElse(IHoverService.EMPTY_HOVER);
    }
}
