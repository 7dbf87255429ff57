package io.pilothouse.lang.ide.contentassist;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.util.List;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

/**
 * The language server's completion. It asks {@link ManifestProposals} directly: the proposals depend on the schema
 * at the cursor, not on the grammar, so Xtext's content assist parser (which the synthetic indentation tokens
 * confuse, and which costs a parse per request) is not run.
 */
@Singleton
public class ManifestContentAssistService extends ContentAssistService {

    @Inject
    private ManifestProposals proposals;

    @Override
    protected void createProposals(String document, TextRegion selection, int caretOffset, XtextResource resource,
            IIdeContentProposalAcceptor acceptor) {
        List<ContentAssistEntry> entries = proposals.proposals(resource, document, caretOffset);
        ManifestProposalProvider.accept(entries, acceptor);
    }
}
