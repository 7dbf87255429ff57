package io.pilothouse.model.validation.fix;

import java.util.List;

import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlMapping.Entry;

/**
 * Inserts, replaces and removes the entries of one mapping as it is written in the text: a block mapping (one
 * entry a line), a YAML flow mapping or a JSON object.
 */
final class EntryEdits {

    /** How a new or replaced entry is written, in each style. */
    interface Rendering {

        /** @return {@code key: value} block lines, each ending with a line break, at indentation 0 */
        String block();

        /** @return {@code "key": value} as pretty JSON, continuation lines at indentation 0 */
        String json();

        /** @return the value as one line of JSON */
        String compact();

        /** @return the key as written in YAML */
        String key();
    }

    private final SourceLines lines;
    private final YamlMapping mapping;
    private final boolean json;
    private final boolean flow;

    EntryEdits(SourceLines lines, YamlMapping mapping, boolean json) {
        this.lines = lines;
        this.mapping = mapping;
        this.json = json;
        this.flow = lines.text().charAt(mapping.range().offset()) == '{';
    }

    /** @return the edit adding an entry after the last one */
    List<SourceEdit> insert(Rendering rendering) {
        List<Entry> entries = mapping.entries();
        String key = json ? '"' + rendering.key() + '"' : rendering.key();
        if (flow && entries.isEmpty()) {
            return insertAt(mapping.range().offset() + 1, key + ": " + rendering.compact());
        }
        Entry last = entries.getLast();
        int lastEnd = last.value().range().endOffset();
        if (flow && json && lines.startsLine(last.keyRange().offset())) {
            String indent = " ".repeat(lines.column(last.keyRange().offset()));
            return insertAt(lastEnd, ",\n" + indent + indent(rendering.json(), indent));
        }
        if (flow) {
            return insertAt(lastEnd, ", " + key + ": " + rendering.compact());
        }
        String indent = " ".repeat(lines.column(entries.getFirst().keyRange().offset()));
        int at = lines.nextLineStart(lastEnd);
        String block = indent + indent(rendering.block(), indent);
        return insertAt(at, lines.endsWithoutBreak(at) ? "\n" + block.stripTrailing() : block);
    }

    /** @return the edit giving an entry a new value */
    List<SourceEdit> replace(Entry entry, Rendering rendering) {
        int valueStart = entry.value().range().offset();
        int valueEnd = entry.value().range().endOffset();
        if (flow) {
            return List.of(new SourceEdit(lines.range(valueStart, valueEnd), rendering.compact()));
        }
        String block = rendering.block();
        int keyStart = entry.keyRange().offset();
        String indent = " ".repeat(lines.column(keyStart));
        int end = lines.nextLineStart(valueEnd);
        if (block.indexOf('\n') == block.length() - 1 && block.startsWith(rendering.key() + ": ")) {
            String value = block.substring(rendering.key().length() + 2, block.length() - 1);
            return List.of(new SourceEdit(lines.range(valueStart, valueEnd), value));
        }
        String text = indent(block, indent);
        return List.of(new SourceEdit(lines.range(keyStart, end),
                lines.endsWithoutBreak(end) ? text.stripTrailing() : text));
    }

    /** @return the edit removing an entry, or none when the text gives no safe way to remove it */
    List<SourceEdit> remove(Entry entry) {
        List<Entry> entries = mapping.entries();
        int index = entries.indexOf(entry);
        int keyStart = entry.keyRange().offset();
        int valueEnd = entry.value().range().endOffset();
        if (entries.size() == 1) {
            return List.of(new SourceEdit(lines.range(keyStart, valueEnd), flow ? "" : "{}"));
        }
        boolean lastEntry = index == entries.size() - 1;
        if (flow && lastEntry) {
            int previousEnd = entries.get(index - 1).value().range().endOffset();
            return delete(previousEnd, valueEnd);
        }
        if (flow) {
            return delete(keyStart, entries.get(index + 1).keyRange().offset());
        }
        if (lines.startsLine(keyStart)) {
            return delete(lines.lineStart(keyStart), lines.nextLineStart(valueEnd));
        }
        return lastEntry ? List.of() : delete(keyStart, entries.get(index + 1).keyRange().offset());
    }

    private List<SourceEdit> insertAt(int offset, String text) {
        return List.of(new SourceEdit(lines.range(offset, offset), text));
    }

    private List<SourceEdit> delete(int start, int end) {
        return List.of(new SourceEdit(lines.range(start, end), ""));
    }

    /** @return the text with {@code indent} put before every line but the first (empty lines stay empty) */
    private static String indent(String text, String indent) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            out.append(text, start, end + 1);
            start = end + 1;
            if (start < text.length() && text.charAt(start) != '\n') {
                out.append(indent);
            }
        }
        return out.append(text, start, text.length()).toString();
    }
}
