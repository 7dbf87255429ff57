package io.pilothouse.ui.manifest;

import java.util.List;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.resource.XtextResource;

import io.pilothouse.lang.ide.contentassist.ManifestProposals;

/**
 * Content assist as the language server computes it ({@link ManifestProposals}: the cursor's context from the
 * scanner's tokens, the schema, the project's objects and labels), without the LSP types, best first.
 */
public final class Proposals {

    private Proposals() {}

    /** The proposals at {@code offset} in {@code resource}, which must have been parsed from its current text. */
    public static List<ContentAssistEntry> at(XtextResource resource, int offset) {
        String text = ManifestProject.textOf(resource);
        ManifestProposals proposals = resource.getResourceServiceProvider().get(ManifestProposals.class);
        return proposals.proposals(resource, text, Math.clamp(offset, 0, text.length()));
    }
}
