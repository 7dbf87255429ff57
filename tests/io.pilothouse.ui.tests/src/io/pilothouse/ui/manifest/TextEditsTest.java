package io.pilothouse.ui.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.jface.text.Document;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.junit.jupiter.api.Test;

import io.pilothouse.lang.refactoring.TextReplacement;

/** LSP edits and refactoring replacements applied to a JFace document, whatever their order. */
class TextEditsTest {

    @Test
    void editsApplyAgainstTheOriginalPositions() throws Exception {
        Document document = new Document("kind: Pod\nmetadata:\n    name: web\n");

        TextEdits.apply(document, List.of(edit(2, 0, 2, 4, "  "), edit(0, 6, 0, 9, "Service")));

        assertEquals("kind: Service\nmetadata:\n  name: web\n", document.get());
    }

    @Test
    void replacementsApplyAgainstTheOriginalOffsetsAsOneUndoableChange() throws Exception {
        String original = "kind: Pod\nmetadata:\n  name: web\n";
        Document document = new Document(original);
        DocumentUndoManagerRegistry.connect(document);
        IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
        undo.connect(this);
        try {
            TextEdits.replace(document, List.of(new TextReplacement("a.yaml", 28, 3, "api"),
                    new TextReplacement("a.yaml", 6, 3, "Service")));

            assertEquals("kind: Service\nmetadata:\n  name: api\n", document.get());
            undo.undo();
            assertEquals(original, document.get());
        } finally {
            undo.disconnect(this);
            DocumentUndoManagerRegistry.disconnect(document);
        }
    }

    @Test
    void aPositionPastItsLineIsTheLineEnd() {
        Document document = new Document("kind: Pod\nmetadata:\n");

        assertEquals(9, TextEdits.offset(document, new Position(0, 80)));
        assertEquals(20, TextEdits.offset(document, new Position(7, 0)));
    }

    private static TextEdit edit(int line, int character, int endLine, int endCharacter, String text) {
        return new TextEdit(new Range(new Position(line, character), new Position(endLine, endCharacter)), text);
    }
}
