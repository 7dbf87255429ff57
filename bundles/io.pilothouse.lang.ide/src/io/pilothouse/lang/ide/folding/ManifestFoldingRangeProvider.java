package io.pilothouse.lang.ide.folding;

import io.pilothouse.lang.binding.SyntaxTrees;
import io.pilothouse.lang.manifest.BlockMapping;
import io.pilothouse.lang.manifest.BlockSequence;
import io.pilothouse.lang.manifest.Document;
import io.pilothouse.lang.manifest.FlowMapping;
import io.pilothouse.lang.manifest.FlowSequence;
import io.pilothouse.lang.manifest.MappingEntry;
import io.pilothouse.lang.manifest.Scalar;
import io.pilothouse.lang.syntax.Token;
import io.pilothouse.lang.syntax.TokenKind;
import io.pilothouse.lang.syntax.YamlScanner;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.FoldingRangeKind;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Folds each document, each nested block mapping and sequence, flow collection and block scalar of more than one line
 * (a collection under a key from the key's line, so the key stays visible), and blocks of two or more comment
 * lines.
 */
public class ManifestFoldingRangeProvider implements IFoldingRangeProvider {

    @Override
    public SortedSet<FoldingRange> getFoldingRanges(XtextResource resource, CancelIndicator cancelIndicator) {
        SortedSet<FoldingRange> ranges = new TreeSet<>(
                (a, b) -> a.getOffset() != b.getOffset()
                        ? Integer.compare(a.getOffset(), b.getOffset())
                        : Integer.compare(b.getLength(), a.getLength()));
        if (resource.getParseResult() == null || resource.getParseResult().getRootASTElement() == null) {
            return ranges;
        }
        String text = resource.getParseResult().getRootNode().getText();
        resource.getParseResult().getRootASTElement().eAllContents().forEachRemaining(object -> {
            if (object instanceof Document || isCollection(object) && !isRoot(object) || isBlockScalar(object)) {
                add(ranges, text, start(object), SyntaxTrees.end(object), null);
            }
        });
        comments(ranges, text);
        return ranges;
    }

    private static boolean isCollection(EObject object) {
        return object instanceof BlockMapping || object instanceof BlockSequence || object instanceof FlowMapping
                || object instanceof FlowSequence;
    }

    /** The root collection of a document folds with the document. */
    private static boolean isRoot(EObject object) {
        return object.eContainer().eContainer() instanceof Document;
    }

    private static boolean isBlockScalar(EObject object) {
        if (!(object instanceof Scalar scalar)) {
            return false;
        }
        SyntaxTrees.ScalarToken token = SyntaxTrees.token(scalar);
        return token != null && (token.kind() == TokenKind.LITERAL || token.kind() == TokenKind.FOLDED);
    }

    /** @return the start of a block collection under a key: the key's; else where the object starts */
    private static int start(EObject object) {
        if ((object instanceof BlockMapping || object instanceof BlockSequence)
                && object.eContainer().eContainer() instanceof MappingEntry entry && entry.getValue() != null
                && entry.getValue().equals(object.eContainer())) {
            return SyntaxTrees.start(entry);
        }
        return SyntaxTrees.start(object);
    }

    private static void comments(SortedSet<FoldingRange> ranges, String text) {
        List<Token> tokens = YamlScanner.scan(text);
        int first = -1;
        int last = -1;
        for (Token token : tokens) {
            if (token.kind() == TokenKind.COMMENT && first >= 0 && lineBreaks(text, last, token.offset()) == 1
                    && onlyBlanksBefore(text, token.offset())) {
                last = token.end();
            } else if (token.kind() == TokenKind.COMMENT) {
                add(ranges, text, first, last, FoldingRangeKind.COMMENT);
                first = onlyBlanksBefore(text, token.offset()) ? token.offset() : -1;
                last = first < 0 ? -1 : token.end();
            } else if (!token.kind().hidden() && token.length() > 0) {
                add(ranges, text, first, last, FoldingRangeKind.COMMENT);
                first = -1;
            }
        }
        add(ranges, text, first, last, FoldingRangeKind.COMMENT);
    }

    private static boolean onlyBlanksBefore(String text, int offset) {
        for (int i = offset - 1; i >= 0 && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i--) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t' && text.charAt(i) != '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    /** @return the number of lines {@code text} breaks between {@code from} and {@code to} */
    private static int lineBreaks(String text, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= to || text.charAt(i + 1) != '\n')) {
                breaks++;
            }
        }
        return breaks;
    }

    /** Adds the range from {@code start} to {@code end}, trailing line breaks excluded, if it spans lines. */
    private static void add(SortedSet<FoldingRange> ranges, String text, int start, int to, FoldingRangeKind kind) {
        int end = to;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start >= 0 && end > start && lineBreaks(text, start, end) > 0) {
            ranges.add(new FoldingRange(start, end - start, kind));
        }
    }
}
