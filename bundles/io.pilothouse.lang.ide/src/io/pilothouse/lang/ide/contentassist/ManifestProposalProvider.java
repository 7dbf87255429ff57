package io.pilothouse.lang.ide.contentassist;

import com.google.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

/**
 * Content assist for manifests. The grammar knows only YAML, so the proposals come from the Kubernetes schema at the
 * cursor ({@link ManifestProposals}), not from the grammar elements Xtext expects there; they keep their order.
 */
public class ManifestProposalProvider extends IdeContentProposalProvider {

    /** The priority of the first proposal; each next one has one less. */
    private static final int FIRST_PRIORITY = 100_000;

    @Inject
    private ManifestProposals proposals;

    @Override
    public void createProposals(Collection<ContentAssistContext> contexts, IIdeContentProposalAcceptor acceptor) {
        if (contexts.isEmpty()) {
            return;
        }
        ContentAssistContext context = contexts.iterator().next();
        accept(proposals.proposals(context.getResource(), context.getRootNode().getText(), context.getOffset()),
                acceptor);
    }

    /** Passes {@code entries} to {@code acceptor} with decreasing priorities, so they keep their order. */
    static void accept(List<ContentAssistEntry> entries, IIdeContentProposalAcceptor acceptor) {
        for (int i = 0; i < entries.size() && acceptor.canAcceptMoreProposals(); i++) {
            acceptor.accept(entries.get(i), FIRST_PRIORITY - i);
        }
    }
}
