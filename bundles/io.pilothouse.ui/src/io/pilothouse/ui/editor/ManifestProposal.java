package io.pilothouse.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.util.ReplaceRegion;

/**
 * A completion proposal of the language: replaces the typed prefix before the offset by the entry's proposal and
 * applies the entry's further replacements, as the language server's completion item would; the caret goes to the
 * end of the inserted proposal.
 */
public final class ManifestProposal implements ICompletionProposal {

    private final ContentAssistEntry entry;
    private final int offset;
    private int caret;

    public ManifestProposal(ContentAssistEntry entry, int offset) {
        this.entry = entry;
        this.offset = offset;
    }

    public ContentAssistEntry entry() {
        return entry;
    }

    @Override
    public void apply(IDocument document) {
        String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
        int start = Math.max(0, offset - prefix.length());
        List<ReplaceEdit> edits = new ArrayList<>();
        edits.add(new ReplaceEdit(start, offset - start, entry.getProposal()));
        for (ReplaceRegion replacement : entry.getTextReplacements()) {
            edits.add(new ReplaceEdit(replacement.getOffset(), replacement.getLength(), replacement.getText()));
        }
        MultiTextEdit change = new MultiTextEdit();
        edits.stream().sorted((a, b) -> Integer.compare(a.getOffset(), b.getOffset())).forEach(change::addChild);
        int shift = entry.getTextReplacements().stream().filter(replacement -> replacement.getOffset() < start)
                .mapToInt(replacement -> replacement.getText().length() - replacement.getLength()).sum();
        try {
            change.apply(document);
        } catch (MalformedTreeException | BadLocationException e) {
            throw new IllegalStateException("the proposal no longer fits the document: " + entry.getProposal(), e);
        }
        caret = start + shift + entry.getProposal().length();
    }

    @Override
    public Point getSelection(IDocument document) {
        return new Point(caret, 0);
    }

    @Override
    public String getAdditionalProposalInfo() {
        return entry.getDocumentation();
    }

    @Override
    public String getDisplayString() {
        String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
        return entry.getDescription() == null || entry.getDescription().isBlank()
                ? label
                : label + " - " + entry.getDescription();
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public IContextInformation getContextInformation() {
        return null;
    }
}
