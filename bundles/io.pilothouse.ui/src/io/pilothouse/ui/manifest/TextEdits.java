package io.pilothouse.ui.manifest;

import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;

import io.pilothouse.lang.refactoring.TextReplacement;

/** Applies the language services' edits (LSP text edits, refactoring replacements) to a JFace document, undoably. */
public final class TextEdits {

    private TextEdits() {}

    /** Applies {@code edits}, whose ranges are positions in the document as it is now, as one change. */
    public static void apply(IDocument document, List<? extends TextEdit> edits) throws BadLocationException {
        applyAll(document, edits.stream().map(edit -> {
            int start = offset(document, edit.getRange().getStart());
            int end = offset(document, edit.getRange().getEnd());
            return new ReplaceEdit(start, end - start, edit.getNewText());
        }).toList());
    }

    /** Applies {@code replacements}, whose offsets are offsets in the document as it is now, as one change. */
    public static void replace(IDocument document, List<TextReplacement> replacements) throws BadLocationException {
        applyAll(document, replacements.stream()
                .map(replacement -> new ReplaceEdit(replacement.offset(), replacement.length(), replacement.text()))
                .toList());
    }

    /** The document offset of an LSP position; a position past the end of its line is the line's end. */
    public static int offset(IDocument document, Position position) {
        try {
            int line = Math.min(position.getLine(), document.getNumberOfLines() - 1);
            IRegion lineRegion = document.getLineInformation(line);
            return lineRegion.getOffset() + Math.min(position.getCharacter(), lineRegion.getLength());
        } catch (BadLocationException e) {
            throw new IllegalArgumentException("no such position: " + position, e);
        }
    }

    private static void applyAll(IDocument document, List<ReplaceEdit> edits) throws BadLocationException {
        MultiTextEdit change = new MultiTextEdit();
        try {
            edits.stream().sorted(Comparator.comparingInt(ReplaceEdit::getOffset)).forEach(change::addChild);
        } catch (MalformedTreeException e) {
            throw new BadLocationException("overlapping edits: " + e.getMessage());
        }
        IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
        if (undo != null) {
            undo.beginCompoundChange();
        }
        try {
            change.apply(document);
        } finally {
            if (undo != null) {
                undo.endCompoundChange();
            }
        }
    }
}
