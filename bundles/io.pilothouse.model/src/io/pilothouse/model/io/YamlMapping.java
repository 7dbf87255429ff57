package io.pilothouse.model.io;

import java.util.List;

/** A mapping with string keys in source order (JSON object). */
public record YamlMapping(SourceRange range, List<Entry> entries) implements YamlNode {

    /** One key/value pair; the key range points at the key text. */
    public record Entry(String key, SourceRange keyRange, YamlNode value) {}

    public YamlMapping {
        entries = List.copyOf(entries);
    }

    /** @return the value of {@code key}, or {@code null} if absent */
    public YamlNode get(String key) {
        for (Entry entry : entries) {
            if (entry.key().equals(key)) {
                return entry.value();
            }
        }
        return null;
    }

    /** @return the entry of {@code key}, or {@code null} if absent */
    public Entry entry(String key) {
        for (Entry entry : entries) {
            if (entry.key().equals(key)) {
                return entry;
            }
        }
        return null;
    }

    @Override
    public String jsonTypeName() {
        return "object";
    }
}
