package io.pilothouse.ui.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;

import io.pilothouse.ui.manifest.ManifestDocuments;
import io.pilothouse.ui.manifest.Proposals;

/**
 * Content assist from the language's proposal provider. The Generic Editor asks for proposals off the UI thread, so
 * the document's current text is parsed here first when the reconciler has not seen it yet.
 */
public class ManifestContentAssistProcessor implements IContentAssistProcessor {

    private String errorMessage;

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        errorMessage = null;
        return proposals(viewer.getDocument(), offset).toArray(ICompletionProposal[]::new);
    }

    /** The proposals at {@code offset} in an open manifest's document, best first. */
    public List<ManifestProposal> proposals(IDocument document, int offset) {
        IFile file = EditorFiles.fileOf(document);
        if (file == null) {
            return List.of();
        }
        ManifestDocuments documents = ManifestDocuments.get();
        documents.change(file, document.get());
        try {
            List<ContentAssistEntry> entries = documents.project(file.getProject())
                    .read(ManifestDocuments.uri(file), resource -> Proposals.at(resource, offset)).orElse(List.of());
            return entries.stream().map(entry -> new ManifestProposal(entry, offset)).toList();
        } catch (RuntimeException e) {
            ILog.get().error("Content assist failed in " + file.getFullPath() + " at " + offset, e);
            errorMessage = "Content assist failed: " + e;
            return List.of();
        }
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return new IContextInformation[0];
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[0];
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return new char[0];
    }

    @Override
    public String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
