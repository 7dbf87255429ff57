package io.pilothouse.lang.schema;

import io.pilothouse.lang.syntax.Token;
import io.pilothouse.lang.syntax.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The keys and scalar values of one document with their paths, read from the scanner's tokens so that a document
 * being typed, which the parser only recovers, still gives them.
 */
public final class DocumentEntries {

    /** A key of a mapping at {@code parent}. */
    public record KeyEntry(List<PathSegment> parent, String key) {}

    /** A scalar value at {@code path}, and its token. */
    public record ValueEntry(List<PathSegment> path, String value, Token token) {}

    private final List<KeyEntry> keys = new ArrayList<>();
    private final List<ValueEntry> values = new ArrayList<>();

    private DocumentEntries() {}

    /** @return the entries of the document of {@code tokens} that contains {@code offset} */
    public static DocumentEntries of(String text, List<Token> tokens, int offset) {
        DocumentEntries entries = new DocumentEntries();
        BlockWalker walker = new BlockWalker(text, new BlockWalker.Listener() {
            @Override
            public void key(List<PathSegment> parent, String key) {
                entries.keys.add(new KeyEntry(List.copyOf(parent), key));
            }

            @Override
            public void value(List<PathSegment> path, String value, Token token) {
                entries.values.add(new ValueEntry(List.copyOf(path), value, token));
            }
        });
        int start = documentStart(tokens, offset);
        for (int i = start; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (i > start && token.kind() == TokenKind.DOC_START) {
                break;
            }
            if (!token.kind().hidden()) {
                walker.accept(token);
            }
        }
        return entries;
    }

    /** @return the index of the {@code DOC_START} token of the document that contains {@code offset} */
    static int documentStart(List<Token> tokens, int offset) {
        int start = 0;
        for (int i = 0; i < tokens.size() && tokens.get(i).offset() <= offset; i++) {
            if (tokens.get(i).kind() == TokenKind.DOC_START) {
                start = i;
            }
        }
        return start;
    }

    /** @return the keys of the mapping at {@code parent}, in document order */
    public List<String> keysAt(List<PathSegment> parent) {
        return keys.stream().filter(entry -> entry.parent().equals(parent)).map(KeyEntry::key).toList();
    }

    /** @return the first value at {@code path}, or {@code null} */
    public String valueAt(List<PathSegment> path) {
        return values.stream().filter(entry -> entry.path().equals(path)).map(ValueEntry::value).findFirst()
                .orElse(null);
    }

    /** @return the values whose path matches */
    public List<ValueEntry> values(Predicate<List<PathSegment>> path) {
        return values.stream().filter(entry -> path.test(entry.path())).toList();
    }

    /** @return the value of the top-level {@code apiVersion} */
    public String apiVersion() {
        return valueAt(List.of(PathSegment.key("apiVersion")));
    }

    /** @return the value of the top-level {@code kind} */
    public String kind() {
        return valueAt(List.of(PathSegment.key("kind")));
    }
}
