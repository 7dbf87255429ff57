package io.pilothouse.lang.ide;

import io.pilothouse.lang.ide.codeactions.ManifestCodeActionService;
import io.pilothouse.lang.ide.contentassist.ManifestContentAssistService;
import io.pilothouse.lang.ide.contentassist.ManifestProposalProvider;
import io.pilothouse.lang.ide.folding.ManifestFoldingRangeProvider;
import io.pilothouse.lang.ide.format.ManifestFormattingService;
import io.pilothouse.lang.ide.highlighting.ManifestHighlightingCalculator;
import io.pilothouse.lang.ide.hover.ManifestHoverService;
import io.pilothouse.lang.ide.rename.ManifestRenameService;
import io.pilothouse.lang.ide.symbols.ManifestDocumentSymbolService;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;

/** The IDE services of the manifest language. */
public class ManifestIdeModule extends AbstractManifestIdeModule {

    public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
        return ManifestProposalProvider.class;
    }

    public Class<? extends ContentAssistService> bindContentAssistService() {
        return ManifestContentAssistService.class;
    }

    public Class<? extends IHoverService> bindIHoverService() {
        return ManifestHoverService.class;
    }

    public Class<? extends HierarchicalDocumentSymbolService> bindHierarchicalDocumentSymbolService() {
        return ManifestDocumentSymbolService.class;
    }

    public Class<? extends IFoldingRangeProvider> bindIFoldingRangeProvider() {
        return ManifestFoldingRangeProvider.class;
    }

    public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
        return ManifestHighlightingCalculator.class;
    }

    public Class<? extends FormattingService> bindFormattingService() {
        return ManifestFormattingService.class;
    }

    public Class<? extends ICodeActionService2> bindICodeActionService2() {
        return ManifestCodeActionService.class;
    }

    @Override
    public Class<? extends IRenameService2> bindIRenameService2() {
        return ManifestRenameService.class;
    }
}
